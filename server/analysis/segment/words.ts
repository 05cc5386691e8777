import {
  AMBIGUOUS_ABBREVIATIONS,
  COMPANY_FORMS,
  LEADING_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  SENTENCE_STARTERS,
} from '../lexicon/abbreviations.ts';
import { ANY_CAPITAL, ANY_DIGIT, UPPER_START, letterOrDigitAt } from '../grammar/letters.ts';

/** What a period after a word means: always a sentence end ('word'), never ('leading'), or it depends. */
export type PeriodKind = 'word' | 'leading' | 'number' | 'ambiguous' | 'time' | 'company';

const INITIALISM = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u;
const INITIAL = /^\p{Lu}$/u;
const CAMEL = /^\p{Ll}+\p{Lu}/u; // "iPhone", "eBay" open sentences in lower case
// Arabic and other names with a lower-case particle joined by a hyphen ("al-Muhandis", "el-Sisi") open a sentence so
const PARTICLE_NAME = /^["'\u201c\u2018(]*\p{Ll}{1,3}-\p{Lu}/u;
// "3 p.m. EDT", "10 a.m. Tongan time", "9 a.m. Monday" go on with the time; "6 a.m. Thailand planned" does not.
// (… and so does a date: "from 10:30 p.m. Aug. 9 to 6:30 a.m.", AEB page of USA Today, blind round 928)
// (… and a zone named in a word: "down at 10 a.m. Eastern on Monday", Dragnet page of InfoWorld, blind round 948;
// not "9 a.m. Central Bank officials")
const TIME_QUALIFIER =
  /^(?:\p{Lu}{2,5}\b|(?:Eastern|Central|Mountain|Pacific|Atlantic)\b(?![ \u00a0]+\p{Lu})|(?:\p{Lu}\p{L}+\s+){0,2}[Tt]ime\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|local\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d)/u;
const OPENERS = /^[^\p{L}\p{N}]+/u;
// a lettered list item after a full stop opens a sentence: "… to leave the group. b) Refusing to …", "(c) Paying …"
const LIST_ITEM = /^\(?\p{Ll}\)\s+\S/u;
// "… or using a stroller. — Nationwide Children's Hospital": a spaced dash and a capitalised name after a stop sign
// the words before, a sentence of its own
const SIGNATURE = /^[\u2013\u2014]\s+\p{Lu}/u;
// "Wayne A. I. Frederick": a second initial, then a capitalised surname; the initial "I" is no pronoun there
const INITIAL_THEN_NAME = /^\p{Lu}\.[ \u00a0]+\p{Lu}\p{Ll}/u;
// "C.J. "Pete" Silas, chairman, told reporters" (Reuters-21578, round 1142): initials, a one-word nickname in quote
// marks, then the surname; one name, no sentence's end
const QUOTED_NICKNAME = /^["'\u201c\u2018]\p{Lu}\p{Ll}+["'\u201d\u2019][ \u00a0]+\p{Lu}\p{Ll}/u;
// a social-media handle or tag after a stop opens a sentence: "… FOR YEARS. @jamesgunn is one of …"
const HANDLE = /^[@#]\p{L}/u;

/** Classifies the word that stands right before a period; `word` may carry opening punctuation ("(U.S"). */
export function periodKind(word: string): PeriodKind {
  const w = word.replace(OPENERS, '');
  if (LEADING_ABBREVIATIONS.has(w)) return 'leading';
  if (NUMBER_ABBREVIATIONS.has(w)) return 'number';
  if (/^[ap]\.m$/i.test(w)) return 'time';
  if (COMPANY_FORMS.has(w)) return 'company';
  if (AMBIGUOUS_ABBREVIATIONS.has(w) || INITIALISM.test(w) || INITIAL.test(w)) return 'ambiguous';
  return 'word';
}

// (constants, made once: a pattern written inline is a new object on every test, and these test character by character)
const OPENING_MARK = /[\s"'\u201c\u2018([*_]/;

// an opening quote, bracket or emphasis mark, or a space, at `at` (ASCII by its code: this runs for every paragraph)
function openingMarkAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code >= 128) return OPENING_MARK.test(text.charAt(at));
  // space, tab … carriage return; " ' ( [ * _
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0x22 ||
    code === 0x27 ||
    code === 0x28 ||
    code === 0x5b ||
    code === 0x2a ||
    code === 0x5f
  );
}

/** The word (letters and digits) beginning at `at`, after any opening quotes, brackets or emphasis marks. */
export function wordAt(text: string, at: number, to: number): string {
  let i = at;
  while (i < to && openingMarkAt(text, i)) i++;
  let j = i;
  while (j < to && letterOrDigitAt(text, j)) j++;
  return text.slice(i, j);
}

/** True when `word` plainly opens a new sentence rather than continuing a name ("The" vs "Army"). */
export function startsSentence(word: string): boolean {
  return SENTENCE_STARTERS.has(word.toLowerCase()) && UPPER_START.test(word);
}

const LOWER_AFTER_QUOTE = /^["'\u201c\u2018]\p{Ll}/u;

/** After a period following a word of this kind, does the text `rest` start a new sentence? */
export function periodEnds(kind: PeriodKind, rest: string): boolean {
  const next = wordAt(rest, 0, rest.length);
  // ("would help the U.S. “secure strong, tough sanctions”": a quotation opening in lower case goes on with the
  // sentence after an abbreviation, goose3 test page, blind round 849)
  const nextIsQuote =
    /^["'\u201c\u2018]/.test(rest) && (kind === 'word' || !LOWER_AFTER_QUOTE.test(rest));
  const first = next[0] ?? '';
  if (first === '' && !nextIsQuote)
    return kind === 'word' && (SIGNATURE.test(rest) || HANDLE.test(rest));
  const upper = ANY_CAPITAL.test(first);
  const digit = ANY_DIGIT.test(first);
  switch (kind) {
    case 'leading':
      return false;
    case 'number':
      return !digit && (upper || nextIsQuote);
    case 'ambiguous':
      if (next.length === 1 && INITIAL_THEN_NAME.test(rest)) return false;
      if (QUOTED_NICKNAME.test(rest)) return false;
      // ("the U.S. No. 2 wireless carrier": "No." before a number is a rank, no sentence's first word)
      if (/^No\.\s*\d/.test(rest)) return false;
      // ("as the U.S. And Europe feel cheated", "U.S. And EC business leaders met": a wire that capitalises the word
      // after "U.S." joins a second name with "And"; a sentence opened by "And" goes on with a word that opens one)
      // ("could send the U.S. Into recession", "followed by the U.S. With 22 banks", "the U.S. And international
      // banking": a conjunction or preposition the wire capitalised after the abbreviation goes on with the
      // sentence, Reuters-21578, rounds 1141 and 1188; "… to the U.S. And he never came back" is two)
      if (wireJoiner(rest)) return false;
      if (/^(?:And|Or)\s/.test(rest)) return !joinedName(rest);
      return nextIsQuote || startsSentence(next);
    case 'company':
      // "Nagy Kft. (Nagy Limited) bought": a bracket after a legal form names the company further
      if (rest[0] === '(') return false;
      return upper || digit || nextIsQuote;
    case 'time':
      return nextIsQuote || (upper && !TIME_QUALIFIER.test(rest));
    case 'word':
      return (
        upper ||
        digit ||
        nextIsQuote ||
        CAMEL.test(next) ||
        PARTICLE_NAME.test(rest) ||
        LIST_ITEM.test(rest)
      );
  }
}

// a conjunction, or "into" or "than", written with a capital after an abbreviation, as a wire writes every word after
// one ("the U.S. And international banking", "send the U.S. Into recession"), then a word in lower case or a number:
// these seldom open a sentence
const WIRE_JOINER = /^(?:And|Or|Into|Than)\s+(?=[\p{Ll}\d])/u;
// … and a preposition that does open sentences ("… to the U.S. For years he worked …", "With little money, he …")
// only before a number that runs on without a comma ("followed by the U.S. With 22 banks.")
const WIRE_NUMBER_JOINER = /^(?:With|To|Of|For|By|From)\s+\d[\d.,]*\s+\p{Ll}+(?![\p{L},])/u;

/** A wire's capitalised joiner, then a number or a word in lower case that opens no sentence ("he", "the"). */
function wireJoiner(rest: string): boolean {
  if (WIRE_NUMBER_JOINER.test(rest)) return true;
  const joiner = WIRE_JOINER.exec(rest);
  if (!joiner) return false;
  const after = wordAt(rest, joiner[0].length, rest.length);
  return !SENTENCE_STARTERS.has(after);
}

/** After "And " or "Or ", a capitalised word that opens no sentence: the second of two names joined. */
function joinedName(rest: string): boolean {
  const after = wordAt(rest, rest.indexOf(' ') + 1, rest.length);
  return ANY_CAPITAL.test(after[0] ?? '') && !startsSentence(after);
}
