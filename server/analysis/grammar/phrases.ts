import { innerHyphen, isPastParticiple, isPossessiveMark, type Token } from './token.ts';
import { SPEECH_NOUNS } from '../lexicon/reporting-verbs.ts';
import { ORG_WORDS, TITLES } from '../lexicon/people.ts';
import { OCCUPATIONS, SUBJECT_EPITHETS } from '../lexicon/occupations.ts';
import {
  IN_ADVERB_NOUNS,
  POSSESSIVE_DETERMINERS,
  SUBJECT_PRONOUNS,
} from '../lexicon/function-words.ts';
import { LETTER_START } from './letters.ts';
import { BARE_DAY } from '../lexicon/subject-pieces.ts';
import { isCommonGivenName } from '../lexicon/given-names.ts';

/** A run of tokens [from, to] (inclusive) forming a noun phrase. */
export interface Phrase {
  from: number;
  to: number;
}

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PRON']);
export const WH = new Set([
  'which',
  'who',
  'whom',
  'whose',
  'that',
  'what',
  'where',
  'when',
  'there',
]);
const ACRONYM_POS = new Set(['NOUN', 'PROPN']);
export const QUOTE_CHARS = /^["“”‘’'«»]$/;

/**
 * Whether a token is one quotation mark, straight or curly, or a guillemet (what QUOTE_CHARS matches), told by its
 * code: speakers, subjects and reports ask this of word after word, and the pattern's test cost several comparisons.
 */
export function isQuoteChar(lower: string): boolean {
  if (lower.length !== 1) return false;
  const c = lower.charCodeAt(0);
  return (
    c === 0x22 || // "
    c === 0x27 || // '
    c === 0x201c || // “
    c === 0x201d || // ”
    c === 0x2018 || // ‘
    c === 0x2019 || // ’
    c === 0xab || // «
    c === 0xbb // »
  );
}
// lower-case particles inside names ("Mohammad bin Salman", "Ursula von der Leyen"), tagged ADP or X
const NAME_PARTICLES = new Set([
  'bin',
  'ibn',
  'von',
  'van',
  'der',
  'den',
  'del',
  'de',
  'da',
  'di',
  'du',
  'la',
]);

export function isNp(t: Token | undefined): boolean {
  if (!t) return false;
  // "The WHO's website": an acronym spelt like a wh-word is tagged as a noun, the relative "who" as a pronoun
  if ((WH.has(t.lower) && !ACRONYM_POS.has(t.pos)) || isQuoteChar(t.lower)) return false;
  if (NP_POS.has(t.pos) || NAME_PARTICLES.has(t.lower)) return true;
  // ("50% of mobile owners reported": a share written with a per cent sign is a noun phrase's head)
  return (
    t.lower === 'of' || isPossessiveMark(t) || t.lower === '-' || t.lower === '&' || t.lower === '%'
  );
}

/** Whether a token may start a clause: sentence start, comma, colon, dash, quote mark, wh-word or conjunction. */
export function isBoundary(t: Token | undefined): boolean {
  if (!t) return true;
  return (
    t.pos === 'PUNCT' ||
    t.pos === 'SCONJ' ||
    t.pos === 'CCONJ' ||
    WH.has(t.lower) ||
    isQuoteChar(t.lower)
  );
}

/** "The Aviation Herald": a name's last word that is also a verb ("herald", "post", "press") may be tagged VERB. */
export function isNameEndAsVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && t.pos === 'VERB' && tokens[i - 1]?.pos === 'PROPN' && ORG_WORDS.has(t.lower);
}

/** A determiner, a possessive "’s" or a possessive pronoun: what opens a noun phrase before its modifiers. */
function determines(t: Token): boolean {
  return t.pos === 'DET' || isPossessiveMark(t) || POSSESSIVE_DETERMINERS.has(t.lower);
}

/** The longest noun phrase ending at token i, not reaching before `floor`. */
export function npEndingAt(tokens: Token[], i: number, floor: number): Phrase | null {
  // "The message in part said": "in part", "in turn" are adverbs; the phrase ends before them
  // (… whatever the tagger made of the noun: "officials in turn argue", "turn" read as a verb, Reuters-21578, round
  // 1271)
  if (i > floor && tokens[i - 1]?.lower === 'in' && IN_ADVERB_NOUNS.has(tokens[i]?.lower ?? ''))
    return npEndingAt(tokens, i - 2, floor);
  if (i < floor || !(isNp(tokens[i]) || isNameEndAsVerb(tokens, i))) return null;
  // "On the radio she said": a subject pronoun is a whole phrase; the words before it belong to something else
  if (SUBJECT_PRONOUNS.has(tokens[i]!.lower)) return { from: i, to: i };
  // … and so is "it", which may also be an object: "Lloyds of London told the Financial Times it expected": no phrase
  // ends in a pronoun, so the names before it are the object of the verb before them
  if (tokens[i]!.lower === 'it' && tokens[i]!.pos === 'PRON') return { from: i, to: i };
  if (isBareDayAfterNoun(tokens, i, floor)) return npEndingAt(tokens, i - 1, floor);
  let from = i;
  // ("The new chief executive Peter Lynch": a word after a determiner that the tagger read as an adverb, "new",
  // "very", stays inside the phrase)
  // ("in 2003 her employers told": a possessive determiner opens the phrase; nothing before it belongs to it)
  while (from > floor && !POSSESSIVE_DETERMINERS.has(tokens[from]!.lower)) {
    // ("But full-back Robinson believes": a hyphened title, whatever the tagger read in its pieces, is one noun)
    const title = hyphenedTitleStart(tokens, from - 1);
    if (title >= floor) from = title;
    else if (
      isNp(tokens[from - 1]) ||
      (tokens[from - 1]!.pos === 'ADV' && from - 2 >= floor && determines(tokens[from - 2]!)) ||
      // ("Ulster forward Ronan McCormack": a word between two names, read as an adverb, is their noun)
      (tokens[from - 1]!.pos === 'ADV' &&
        from - 2 >= floor &&
        tokens[from - 2]!.pos === 'PROPN' &&
        tokens[from]!.pos === 'PROPN')
    )
      from--;
    // ("The most recent NBC News/SurveyMonkey poll puts him behind Clinton": two names joined by a slash, as polls and
    // partners are written, are one name)
    else if (from - 2 >= floor && gluedSlash(tokens, from - 1) && tokens[from - 2]!.pos === 'PROPN')
      from -= 2;
    // ("A just-released WSJ-NBC poll gave Johnson 15%": a compound glued by a hyphen before the noun modifies it, whatever
    // the tagger read in its pieces)
    else if (from - 3 >= floor && innerHyphen(tokens, from - 2) && isWord(tokens[from - 3]!))
      from -= 3;
    else break;
  }
  // "One of his associates told news outlets …", "some of their members": a share taken "of" a possessed phrase
  // belongs to it, the possessive opening only the phrase after "of"
  if (
    from - 2 >= floor &&
    POSSESSIVE_DETERMINERS.has(tokens[from]!.lower) &&
    tokens[from - 1]!.lower === 'of' &&
    SHARE_WORDS.test(tokens[from - 2]!.lower)
  )
    from -= 2;
  while (from <= i && (tokens[from]!.lower === 'of' || tokens[from]!.pos === 'CCONJ')) from++;
  return from <= i ? { from, to: i } : null;
}

/** Whether the token at `k` is a slash glued to the words on both sides ("News/SurveyMonkey"), as innerHyphen a hyphen. */
function gluedSlash(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  return t.lower === '/' && tokens[k - 1]?.end === t.start && tokens[k + 1]?.start === t.end;
}

// (a constant: tsx builds a \p{…} pattern written inline anew on every call, grammar/letters.ts)
const WORD_START = /^[\p{L}\d]/u;
const isWord = (t: Token) => WORD_START.test(t.lower);

// words that take a share of a group: "one of", "two of", "some of", "most of"
const SHARE_WORDS =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|some|many|most|several|all|none|each|both|few|any|\d+)$/;

/**
 * "The European Parliament Thursday said", "The union yesterday said": a day with no preposition after a noun is a
 * time word, no part of the phrase; a given name before it makes it a surname ("Joe Friday").
 */
function isBareDayAfterNoun(tokens: Token[], i: number, floor: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  return (
    i > floor &&
    !!t &&
    BARE_DAY.test(t.lower) &&
    (before!.pos === 'NOUN' || before!.pos === 'PROPN') &&
    !isCommonGivenName(before!.lower)
  );
}

/** Where a hyphened title or position ending at token k opens ("full-back", "fly-half", "co-founder"), else -1. */
function hyphenedTitleStart(tokens: Token[], k: number): number {
  if (k < 2 || !innerHyphen(tokens, k - 1)) return -1;
  const whole = `${tokens[k - 2]!.lower}-${tokens[k]!.lower}`;
  return SUBJECT_EPITHETS.has(whole) || OCCUPATIONS.has(whole) || TITLES.has(whole) ? k - 2 : -1;
}

// words naming a share of something: "Part of the judge's statement" belongs to the judge
const PARTITIVES = new Set(['part', 'parts', 'some', 'much', 'most', 'all', 'half', 'one', 'none']);

/** The owner before a possessive "’s" at `s` ("the president’s insistence" → "the president"). */
export function possessor(tokens: Token[], s: number): Phrase | null {
  const np = npEndingAt(tokens, s - 1, 0);
  if (np && PARTITIVES.has(tokens[np.from]!.lower) && tokens[np.from + 1]?.lower === 'of')
    return np.from + 2 <= np.to ? { from: np.from + 2, to: np.to } : null;
  return np;
}

/**
 * A hyphen at `k` inside a compound whose second part is a word, not a verb ("full-back", "fly-half"), or a
 * participle that makes the compound describe a noun after it ("the Newport-based athlete", "Ballymena-born actor").
 */
function glued(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (!innerHyphen(tokens, k) || !LETTER_START.test(next!.lower)) return false;
  if (next!.pos !== 'VERB' && next!.pos !== 'AUX') return true;
  // (… a name too: "said a Washington-based Clinton backer")
  return /(?:ed|born)$/.test(next!.lower) && /^(?:NOUN|ADJ|PROPN)$/.test(tokens[k + 2]?.pos ?? '');
}

/** The noun phrase right after `at` ("said Santa Barbara County Sheriff Bill Brown"). */
export function phraseAfter(tokens: Token[], at: number, forced = false): Phrase | null {
  let to = at;
  // after "according to" the tagger may read a bare noun as a verb ("according to police")
  if (forced && /^[\p{L}]/u.test(tokens[at + 1]?.lower ?? '')) to++;
  for (;;) {
    if (to > at && isBareDayAfterNoun(tokens, to + 1, at)) break;
    if (isNp(tokens[to + 1]) || (to > at && isNameEndAsVerb(tokens, to + 1))) to++;
    // "said the Sale full-back": a word glued to a hyphen closes a compound, whatever the tagger reads in it ("back")
    else if (to > at && tokens[to]!.lower === '-' && glued(tokens, to)) to++;
    else break;
  }
  while (to > at && (tokens[to]!.lower === 'of' || tokens[to]!.lower === '-')) to--;
  return to > at ? { from: at + 1, to } : null;
}

/** The phrase's text as written in the sentence. */
export function phraseText(tokens: Token[], text: string, np: Phrase): string {
  return text.slice(tokens[np.from]!.start, tokens[np.to]!.end);
}

/** "a statement from the Environment Agency" → the author after the speech noun, else the phrase itself. */
export function authorOf(tokens: Token[], np: Phrase): Phrase {
  if (!SPEECH_NOUNS.has(tokens[np.to]!.lower)) return np;
  // "a tweet on Monday by Mike Pompeo": a short time phrase may stand between the document and its author
  let at = np.to + 1;
  if (tokens[at]?.lower === 'on' || tokens[at]?.lower === 'in') {
    let k = at + 1;
    while (k <= at + 3 && ['DET', 'PROPN', 'NOUN', 'NUM'].includes(tokens[k]?.pos ?? '')) k++;
    if (tokens[k]?.lower === 'by') at = k;
  }
  // "a statement released by the minister's office": a past participle may name how the text came out
  if (isPastParticiple(tokens[at])) {
    if (tokens[at + 1]?.lower === 'by') at++;
    // … with how in between: "a memo posted online by the senator"
    else if (
      (tokens[at + 1]?.pos === 'ADV' || tokens[at + 1]?.lower === 'online') &&
      tokens[at + 2]?.lower === 'by'
    )
      at += 2;
  }
  const by = tokens[at];
  if (!by || !['from', 'by', 'of'].includes(by.lower)) return np;
  return phraseAfter(tokens, at) ?? np;
}
