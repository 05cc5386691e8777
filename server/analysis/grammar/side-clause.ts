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

/**
 * "crashed after they reportedly collided": the word at `i` stands in a clause opened by a word of time, cause or
 * concession, with no clause break between ("After the storm, the plane reportedly crashed" is the main clause). A
 * sentence's first word is left out: without a comma it may open a phrase of time ("Since 2001 he has reportedly …").
 */
export function inSubordinateClause(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && !/^[,:;]$/.test(tokens[k]!.lower); k--)
    if (SUBORDINATORS.has(tokens[k]!.lower)) return k > 0;
  return false;
}
