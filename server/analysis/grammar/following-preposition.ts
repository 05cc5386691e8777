import { retagged, type Token } from './token.ts';

/**
 * "Hamas issued a statement following the press conference saying …": "following" before a determiner, a number or a
 * name is the preposition ("after"), but wink-nlp reads it as a verb, which stops the walk back from "saying" at it.
 * One after an auxiliary or a pronoun ("they are following the rules", "we kept following them") stays a verb. A new
 * array and new tokens only when a sentence has one.
 */
export function retagFollowingPrepositions(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.lower !== 'following' || t.pos !== 'VERB') continue;
    const next = tokens[i + 1]!;
    if (!/^(?:DET|NUM|PROPN)$/.test(next.pos) && !/^(?:his|her|its|their)$/.test(next.lower))
      continue;
    const prev = tokens[i - 1];
    if (prev && (prev.pos === 'AUX' || prev.pos === 'PRON' || prev.pos === 'ADV')) continue;
    out ??= [...tokens];
    out[i] = retagged(t, 'ADP', 'following');
  }
  return out ?? tokens;
}
