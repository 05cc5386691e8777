import { retagged, startsUpper, type Token } from './token.ts';

// a word of two or more capitals (and an optional plural s): "EFF", "FSA", "NGOs"
const ACRONYM = /^\p{Lu}{2,}s?$/u;

/**
 * "The EFF says the case threatens …": wink-nlp reads some acronyms as the words they spell ("eff" a verb, "ACT" a
 * verb, "FAIR" an adjective), so the sentence loses its subject. A word written in capitals, tagged a verb, an
 * adjective or an adverb, is a name. (A sentence in capitals throughout, as a shouted headline, keeps its tags.) A new
 * array and new tokens only when a sentence has one.
 */
export function retagAcronyms(text: string, tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' && t.pos !== 'ADJ' && t.pos !== 'ADV') continue;
    // (an acronym opens with a capital, which most words have not: told by its code before the word is cut out)
    if (!startsUpper(text, t) || !ACRONYM.test(text.slice(t.start, t.end))) continue;
    const neighbour = tokens[i + 1] ?? tokens[i - 1];
    if (neighbour && ACRONYM.test(text.slice(neighbour.start, neighbour.end))) continue;
    out ??= [...tokens];
    out[i] = retagged(t, 'PROPN', t.lower);
  }
  return out ?? tokens;
}
