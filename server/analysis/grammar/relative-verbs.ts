import { retagged, type Token } from './token.ts';

/**
 * "Angus King, an independent who caucuses with Democrats, said …": after a relative "who", wink-nlp may read a verb
 * in -s as a plural noun ("caucuses", "votes", "chairs"), and the relative clause then looks like a noun phrase the
 * walk back from "said" takes for its subject. A relative "who" is never followed by a noun, so a plural-looking noun
 * right after it is the clause's verb. A new array and new tokens only when a sentence has one.
 */
export function retagRelativeVerbs(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i]!.lower !== 'who') continue;
    // (a relative, after the noun, name or adjective it describes ("an independent who …") or a comma: "Who votes?"
    // asks)
    if (!/^(?:NOUN|PROPN|ADJ|PUNCT)$/.test(tokens[i - 1]!.pos)) continue;
    const t = tokens[i + 1]!;
    if (t.pos !== 'NOUN' || !/[^s]s$|ches$|shes$|ses$/.test(t.lower)) continue;
    out ??= [...tokens];
    // (the noun's lemma, "caucus", is the verb's too)
    out[i + 1] = retagged(t, 'VERB');
  }
  return out ?? tokens;
}
