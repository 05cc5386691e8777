import { AMBIGUOUS_ABBREVIATIONS } from '../lexicon/abbreviations.ts';
import type { Token } from './token.ts';
import { joinPeriods } from './period-join.ts';
import { LOWER_START, UPPER_START } from './letters.ts';

/**
 * Joins an abbreviation closing a name to its period ("Warner Bros. reported that it brought in $160.9 million",
 * Dragnet round 1111). wink-nlp keeps "Inc." and "Corp." whole but cuts "Bros" from its period, and the period then
 * ends the subject, so "Warner Bros." reported nothing. Only an abbreviation that may close a name, written with a
 * capital after a capitalised name, its period right after it, and a lower-case word after that: a sentence's end
 * ("… by Warner Bros. The film …") is not touched.
 */
export function mergeNameAbbreviations(text: string, tokens: Token[]): Token[] {
  return joinPeriods(tokens, (i) => closesName(text, tokens, i));
}

/** Whether token `i` is a name's closing abbreviation cut from its period, with a lower-case word after the period. */
function closesName(text: string, tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  const t = tokens[i]!;
  const period = tokens[i + 1];
  const next = tokens[i + 2];
  if (!before || !period || !next || period.lower !== '.' || period.start !== t.end) return false;
  const written = text.slice(t.start, t.end);
  return (
    UPPER_START.test(written) &&
    AMBIGUOUS_ABBREVIATIONS.has(written) &&
    before.pos === 'PROPN' &&
    UPPER_START.test(text.slice(before.start, before.end)) &&
    LOWER_START.test(text.slice(next.start, next.end))
  );
}
