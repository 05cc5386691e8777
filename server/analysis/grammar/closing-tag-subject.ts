import { REPORTING_VERBS } from '../lexicon/reporting-verbs.ts';
import { isQuoteChar, type Phrase } from './phrases.ts';
import type { Token } from './token.ts';

/**
 * The subject of a tag closing the sentence after a comma or a quotation ("…, the Tory leader said.", "…, a senior
 * official told reporters.", "“…,” one broker here said."): the words between the comma or closing mark and a verb of
 * saying in the past or the present, or null.
 */
export function closingTagSubject(tokens: Token[], quoted: boolean[]): Phrase | null {
  let end = tokens.length - 1;
  while (end > 0 && tokens[end]!.pos === 'PUNCT' && !quoted[end]) end--;
  let from = end;
  while (
    from > 0 &&
    !quoted[from - 1] &&
    tokens[from - 1]!.lower !== ',' &&
    !isQuoteChar(tokens[from - 1]!.lower)
  )
    from--;
  if (from === 0 || from >= end) return null;
  let verb = from + 1;
  while (verb <= end && verb <= from + 10 && tokens[verb]!.pos !== 'VERB') verb++;
  const said = tokens[verb];
  if (verb > end || !said || !REPORTING_VERBS.has(said.lemma) || said.lower === said.lemma)
    return null;
  // (a tag closes the sentence: at most a few words after its verb, "told reporters", "in a statement on Monday";
  // "…, the mayor said the pier would close" reports a clause of its own)
  if (end - verb > 5 || tokens.slice(verb + 1, end + 1).some((t) => t.pos === 'VERB')) return null;
  let to = verb - 1;
  while (to > from && (tokens[to]!.pos === 'ADV' || tokens[to]!.pos === 'AUX')) to--;
  return { from, to };
}
