import type { Phrase } from './phrases.ts';
import { reportingSubject } from './reporter.ts';
import type { Token } from './token.ts';
import { isReportingVerb } from './verbs.ts';

/**
 * "US Customs claimed he was a leader but his lawyer, Antony Townsden, told the BBC it was laughable and added: “…”": a
 * verb of saying joined by "and" or "but" to an earlier one shares that verb's subject, whatever the sentence opened
 * with. The earlier verb is the nearest verb of saying before the conjunction, not a verb of the clause it reports
 * ("said the firm lost money and added" goes on from "said"). The subject, or null when the verb is not joined so or
 * the earlier verb's subject is not found.
 */
export function coordinatedReportSubject(
  tokens: Token[],
  text: string,
  verb: number,
  floor: number,
): Phrase | null {
  let k = verb - 1;
  while (k > floor && tokens[k]!.pos === 'ADV') k--;
  if (!/^(?:and|but)$/.test(tokens[k]?.lower ?? '')) return null;
  for (let j = k - 1; j >= floor; j--) {
    if (tokens[j]!.pos !== 'VERB' || !isReportingVerb(tokens, j)) continue;
    return reportingSubject(tokens, text, j, floor);
  }
  return null;
}
