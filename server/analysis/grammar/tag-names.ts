import { retagged, startsUpper, type Token } from './token.ts';

// the verbs of a tag that a speaker's name follows: "said Sung Won Sohn,", "added Kim Dae Jung."
const TAG_VERBS = new Set(['say', 'add', 'tell', 'explain', 'note', 'write', 'warn']);

/**
 * "…,” said Sung Won Sohn, chief US economist for Wells Fargo Bank." (BBC, blind round 1029): wink-nlp reads the
 * capitalised "Sung" and "Won" of a name as the past tenses of "sing" and "win", so the tag's speaker was cut to
 * "Sohn" and then lost. A run of two or more capitalised words right after a tag's verb of saying, ending in a name
 * and closed by a comma or the sentence's end, is one name: its verbs are retagged as names. A new array and new
 * tokens only when a sentence has one.
 */
export function retagTagNames(text: string, tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const verb = tokens[i]!;
    if (verb.pos !== 'VERB' || !TAG_VERBS.has(verb.lemma) || startsUpper(text, verb)) continue;
    let end = i + 1;
    while (end < tokens.length && startsUpper(text, tokens[end]!)) end++;
    const last = tokens[end - 1]!;
    const closed = end === tokens.length || /^[,.]$/.test(tokens[end]!.lower);
    if (end - i < 3 || last.pos !== 'PROPN' || !closed) continue;
    for (let k = i + 1; k < end - 1; k++) {
      const t = tokens[k]!;
      if (t.pos !== 'VERB') continue;
      out ??= [...tokens];
      out[k] = retagged(t, 'PROPN', t.lower);
    }
  }
  return out ?? tokens;
}
