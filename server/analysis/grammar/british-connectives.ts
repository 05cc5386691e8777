import { BRITISH_CONNECTIVES } from '../lexicon/function-words.ts';
import { inList, retagged, type Token } from './token.ts';
import { InList } from '../lexicon/word-lists.ts';

/**
 * "… civilian casualties", whilst also calling for NATO forces to …": wink-nlp reads "whilst" as a noun and "Amidst"
 * opening a sentence as a name, so a walk for a subject took "whilst" for the one calling. Each gets the part of speech
 * of the word it is a form of. A new array and new tokens only when a sentence has one.
 */
export function retagBritishConnectives(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // (the word's bit first: the map holds two words, and this runs on every word of the article)
    if (!inList(t, InList.BRITISH_CONNECTIVE)) continue;
    const pos = BRITISH_CONNECTIVES.get(t.lower);
    if (!pos || t.pos === pos) continue;
    out ??= [...tokens];
    out[i] = retagged(t, pos);
  }
  return out ?? tokens;
}
