import { ISSUING } from '../lexicon/speaking-texts.ts';
import type { Token } from './token.ts';

/**
 * How many words the verb of putting a text out at `v` takes: 1 for "issued", "released", "published" …, 2 for the
 * phrasal "put out" ("the committee put out a statement explaining its position"), 0 for no such verb.
 */
export function issuingVerbWords(tokens: readonly Token[], v: number): number {
  const t = tokens[v];
  if (t?.pos !== 'VERB') return 0;
  if (t.lemma === 'put') return tokens[v + 1]?.lower === 'out' ? 2 : 0;
  return ISSUING.has(t.lemma) ? 1 : 0;
}
