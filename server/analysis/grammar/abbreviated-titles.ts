import { LEADING_ABBREVIATIONS } from '../lexicon/abbreviations.ts';
import type { Token } from './token.ts';
import { joinPeriods } from './period-join.ts';

const CAPITAL = /^\p{Lu}/u;

/**
 * Joins a title's abbreviation to its period before a name ("said the Rev. Roy Bourgeois", "Maj. Ann Lee"). wink-nlp
 * keeps some such abbreviations whole ("Sen.", "Gov.", "Capt.") and cuts others from their period ("Rev", "Maj",
 * "Msgr", "Atty"); cut off, the period ends the phrase, and "Rev" was taken for the speaker (WikinewsSum round 783).
 * Only an abbreviation of LEADING_ABBREVIATIONS written with a capital, its period right after it, and a capitalised
 * word after that, so a sentence's end ("… in the rev. The …") is not touched.
 */
export function mergeAbbreviatedTitles(text: string, tokens: Token[]): Token[] {
  return joinPeriods(tokens, (i) => joinsPeriod(text, tokens, i));
}

/** Whether token `i` is a title's abbreviation cut from its period, with a capitalised word after the period. */
function joinsPeriod(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const period = tokens[i + 1];
  const next = tokens[i + 2];
  if (!period || !next || period.lower !== '.' || period.start !== t.end) return false;
  const written = text.slice(t.start, t.end);
  return (
    CAPITAL.test(written) &&
    LEADING_ABBREVIATIONS.has(written) &&
    CAPITAL.test(text.slice(next.start, next.end))
  );
}
