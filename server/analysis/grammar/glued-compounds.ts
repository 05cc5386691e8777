import { retagged, type Token } from './token.ts';

// what may stand before a compound noun inside a noun phrase: "the fly-half", "England's fly-half", "new stand-in"
const PHRASE_BEFORE = new Set(['DET', 'PART', 'ADJ', 'PROPN', 'NOUN', 'NUM']);

/**
 * "England's fly-half said …": wink-nlp reads the first word of a compound noun written with a hyphen as a verb
 * ("fly/VERB - half/NOUN"), so a subject walk stops at it and takes the phrase for a clause. A verb glued by a hyphen
 * to a noun after it, with no spaces, inside a noun phrase is the first part of that noun. A new array only when a
 * sentence holds one.
 */
export function retagGluedCompounds(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 1; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    const dash = tokens[i + 1]!;
    const noun = tokens[i + 2]!;
    if (t.pos !== 'VERB' || dash.lower !== '-' || noun.pos !== 'NOUN') continue;
    if (dash.start !== t.end || noun.start !== dash.end) continue;
    if (!PHRASE_BEFORE.has(tokens[i - 1]!.pos)) continue;
    out ??= [...tokens];
    out[i] = retagged(t, 'NOUN', t.lower);
  }
  return out ?? tokens;
}
