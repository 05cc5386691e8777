import type { Token } from './token.ts';
import { SUBORDINATORS } from './subjects.ts';

/**
 * "William Hamilton said while the Church opposes it, they stand against homophobia and “will continue …”": a verb in
 * a clause of time, cause or concession that a comma closes before the quotation is a side remark; the quotation
 * goes on in the clause after the comma.
 */
export function inSideClause(tokens: Token[], i: number, open: number): boolean {
  let comma = i + 1;
  while (comma < open && tokens[comma]!.lower !== ',') comma++;
  if (comma >= open) return false;
  for (let k = i - 1; k >= 0 && !/^[,:;]$/.test(tokens[k]!.lower); k--)
    if (SUBORDINATORS.has(tokens[k]!.lower)) return true;
  return false;
}
