import { retagged, type Token } from './token.ts';
import { FINDING_REPORTS, OPINION_POLLS } from '../lexicon/agents.ts';

/**
 * "Polls show Trump trailing in Florida": opening a sentence, wink-nlp may read a capitalised plural "Polls" as a name
 * and the "show" after it as a noun ("a show"), and the polls' finding is lost. A plural poll or report noun right
 * before "show" or "find" with a phrase after it is the subject of the verb: no plural noun takes "show" or "find" as
 * a compound's head. A new array and new tokens only when a sentence has one.
 */
export function retagPluralFindings(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || (t.lower !== 'show' && t.lower !== 'find')) continue;
    const head = tokens[i - 1]!;
    if (
      !head.lower.endsWith('s') ||
      !(OPINION_POLLS.has(head.lower) || FINDING_REPORTS.has(head.lower))
    )
      continue;
    if (!/^(?:DET|PRON|PROPN|NOUN|NUM|ADJ|SCONJ)$/.test(tokens[i + 1]!.pos)) continue;
    out ??= [...tokens];
    out[i - 1] = retagged(head, 'NOUN');
    out[i] = retagged(t, 'VERB', t.lower);
  }
  return out ?? tokens;
}
