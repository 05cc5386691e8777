// A paragraph made only of dates and times ("Feb. 21, 2019", "Updated on September 19 at 3:15 p.m.",
// "Dec. 20, 2016, 12:44 PM UTC / Updated Dec. 20, 2016, 1:00 PM UTC") is the page's time stamp, not a sentence
// of the story: a student cannot be asked who said it or whether it is a fact.

const DATE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,?(?: \d{4})?/gi;
// The British order, "19 November 2019", and the numeric one, "11/19/2019".
const DAY_FIRST_DATE =
  /\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?(?: \d{4})?/gi;
const NUMERIC_DATE = /\b\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})\b/g;
const TIME = /\b\d{1,2}:\d{2}(?:\s*[ap]\.?\s?m\.?)?/gi;
// The words a time stamp is written with around its dates and times, and time zones.
// Weekdays ("Tue, Nov 19, 2019"), "today" and "original" (Barron's "Updated … / Original …") came from the dev pages of
// the article-extraction benchmark (the Express, Newsmax, Barron's).
const STAMP_WORDS =
  /\b(?:updated|update|published|posted|first|last|modified|original|on|at|today|yesterday|utc|gmt|et|est|edt|ct|cst|cdt|pt|pst|pdt|bst|cet|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?)\b/gi;

/** True when the paragraph holds a date or a time and nothing else but time-stamp words and punctuation. */
export function isTimeStamp(paragraph: string): boolean {
  const withoutDates = paragraph
    .replace(DATE, ' ')
    .replace(DAY_FIRST_DATE, ' ')
    .replace(NUMERIC_DATE, ' ')
    .replace(TIME, ' ');
  if (withoutDates === paragraph) return false;
  return !/\p{L}/u.test(withoutDates.replace(STAMP_WORDS, ' '));
}
