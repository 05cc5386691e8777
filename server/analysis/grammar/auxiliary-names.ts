import { retagged, startsUpper, type Token } from './token.ts';
import {
  GIVEN_NAME_AUXILIARIES,
  NAME_AUXILIARIES,
  NAME_VERB_FORMS,
} from '../lexicon/name-shapes.ts';

/**
 * "Swiss Re has said …", "Theresa May": wink-nlp reads a capitalised "Re" or "May" after a name as the auxiliary it
 * spells, so the name loses its last word and the sentence gains a verb. Inside a sentence, a capitalised auxiliary
 * right after a capitalised name is the name's own last word, and so is a capitalised word the tagger could not place
 * ("Takako Doi"); "Fed" after any word is the Federal Reserve's name, not the verb. A new array and new tokens only
 * when a sentence has one.
 */
export function retagAuxiliaryNames(text: string, tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // (only the auxiliaries that are also names' words: "VOTE Was Germaine Greer right to leave?" opens a question,
    // and "How A 1992 Moratorium Could Have Helped" is a title)
    // (… and a word the tagger could not place, tagged X: "Takako Doi said", where it read "Doi" as no word at all,
    // and the sentence lost its subject, Reuters-21578, round 1484)
    const unplaced = t.pos === 'X' && /^\p{Lu}\p{Ll}+$/u.test(text.slice(t.start, t.end));
    // (… and "Fed" after a verb: "Miller warns Fed over rates", round 1521, where the tagger read the verb "fed")
    if (t.pos === 'VERB' && NAME_VERB_FORMS.has(t.lower) && startsUpper(text, t)) {
      if (tokens[i - 1]!.pos !== 'PUNCT') {
        out ??= [...tokens];
        out[i] = retagged(t, 'PROPN', t.lower);
      }
      continue;
    }
    // "coach Will Wade said": a capitalised auxiliary that is a given name, after a word in lower case and before a
    // capitalised name, opens that name (not after a capitalised word: "Trump Will Visit" is a headline's verb)
    if (t.pos === 'AUX' && GIVEN_NAME_AUXILIARIES.has(t.lower) && startsUpper(text, t)) {
      const next = tokens[i + 1];
      const prev = tokens[i - 1]!;
      // (the surname may be read as a verb too: "Wade")
      if (
        next &&
        /^(?:PROPN|X|NOUN|VERB)$/.test(next.pos) &&
        /^\p{Lu}\p{Ll}+$/u.test(text.slice(next.start, next.end)) &&
        // (… or after a closing quotation mark: "“…,” Ai Jun wrote")
        (/^\p{Ll}/u.test(text.slice(prev.start, prev.end)) || /^[”"]$/.test(prev.lower))
      ) {
        out ??= [...tokens];
        out[i] = retagged(t, 'PROPN', t.lower);
        if (next.pos !== 'PROPN') out[i + 1] = retagged(next, 'PROPN', next.lower);
      }
      continue;
    }
    if (!unplaced && (t.pos !== 'AUX' || !NAME_AUXILIARIES.has(t.lower))) continue;
    if (!startsUpper(text, t)) continue;
    const prev = tokens[i - 1]!;
    if (prev.pos !== 'PROPN' || !startsUpper(text, prev)) continue;
    out ??= [...tokens];
    out[i] = retagged(t, 'PROPN', t.lower);
  }
  return out ?? tokens;
}
