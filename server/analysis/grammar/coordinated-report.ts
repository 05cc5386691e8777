import { npEndingAt, type Phrase } from './phrases.ts';
import { reportingSubject } from './reporter.ts';
import { isPastAfterName, type Token } from './token.ts';
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
    // "Local councillor Gordon Mackenzie branded the event a “shambles” and said: “…”" (goose3 test page, blind round
    // 852): the tagger reads a past tense right after a name as an adjective, which leaves the sentence no verb
    // before "and said"; the name before it is the subject all the same
    if (isPastAfterName(tokens[j]!, tokens[j - 1]) && tokens[j - 1]!.pos === 'PROPN')
      return npEndingAt(tokens, j - 1, floor);
    if (tokens[j]!.pos !== 'VERB' || !isReportingVerb(tokens, j)) continue;
    // ("He said he does not doubt that some in the Taliban ranks encourage education, but added that …", Dragnet round
    // 1121: a verb inside a that-clause is what was reported, so the search goes on to the verb that reported it)
    if (insideThatClause(tokens, j, floor)) continue;
    return reportingSubject(tokens, text, j, floor);
  }
  return null;
}

/**
 * Whether a "that" opening a clause, or a verb of saying reporting one without it, stands between the verb at `j` and
 * the floor, with no "and" or "but" between ("He said many people had raised objections …, and added: “…”", Reuters-
 * 21578, round 1459: the objections are what he said, and he adds).
 */
function insideThatClause(tokens: Token[], j: number, floor: number): boolean {
  for (let k = j - 1; k >= floor; k--) {
    const word = tokens[k]!.lower;
    if (word === 'and' || word === 'but') return false;
    if (word === 'that' && tokens[k]!.pos === 'SCONJ') return true;
    if (tokens[k]!.pos === 'VERB' && isReportingVerb(tokens, k)) return true;
  }
  return false;
}
