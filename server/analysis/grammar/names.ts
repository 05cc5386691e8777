import { isLegalForm } from '../lexicon/abbreviations.ts';
import { innerHyphen, isPossessiveMark, lowersAt, type Token } from './token.ts';
import { UTTERED_WORDS } from '../lexicon/uttered-words.ts';
import type { Phrase } from './phrases.ts';
import {
  ANONYMOUS_HEADS,
  ORG_WORDS,
  PARTY_MEMBERS,
  PORTFOLIO_WORDS,
  isBodyWord,
  isTitle,
  LAY_PEOPLE,
} from '../lexicon/people.ts';
import { GIVEN_NAMES_LIKE_DOERS, isCommonGivenName } from '../lexicon/given-names.ts';
import { DATE_NAME, TIME_LEAD } from '../lexicon/subject-pieces.ts';
import {
  GROUP_NUMBERS,
  HONORIFICS,
  OPENING_ADJECTIVE,
  OPENING_PREPOSITIONS,
  HYPHENED_AGENT_NOUN,
  OPENING_AGENT_NOUN,
  POST_NOMINALS,
  TITLE_PRONOUNS,
  WORK_TITLE_WORDS,
} from '../lexicon/name-shapes.ts';
import { OCCUPATIONS, PERSON_DESCRIPTORS } from '../lexicon/occupations.ts';
import { isPluralPossessive } from './plural-possessives.ts';
import { DEMONYMS } from '../lexicon/demonyms.ts';
import { UPPER_START } from './letters.ts';
import { isLexiconWord } from './lexicon-words.ts';
import { isPersonNoun } from './person-noun.ts';
import { isDash } from './spaced-dashes.ts';

const PLACE_START = new Set([
  'new',
  'san',
  'santa',
  'los',
  'las',
  'north',
  'south',
  'east',
  'west',
  // "Eastern Mediterranean", "Central Asia": a compass word opening a capitalised pair names a region
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'united',
  'saint',
  'fort',
  'port',
  'lake',
  'mount',
  'cape',
]);
// titles by which a monarch, a royal ("Prince Charles") or a British peer ("Lord Bach", "Baroness Hale") is named with
// one name: the title is part of how they are named ("Lord Peter Smith", with a given name, is the man Peter Smith)
const REGNAL = new Set([
  'pope',
  'king',
  'queen',
  'prince',
  'princess',
  'emperor',
  'empress',
  'lord',
  'baroness',
]);
// "Pope Benedict XVI", "Queen Elizabeth II": a regnal number of two letters or more closes a name like "Jr." (a lone
// "V" or "X" may be an initial)
const REGNAL_NUMBER = /^(?:[IVX]{2,5})$/;

// a year of the last two centuries or this one, as a date phrase gives it ("in 2004")
/** A year as news writes one: "1998", "2012". */
export const YEAR = /^(?:1[89]|20)\d\d$/;

function isCapitalised(text: string, t: Token): boolean {
  return lowersAt(text, t.start);
}

const PARTICLES = new Set(
  'bin ibn bint al el de da di del della la van von der den du dos das ter'.split(' '),
);

// body words that are also common surnames ("Mike Lake", "Ben House", "Emily Post")
const SURNAME_ORG_WORDS = new Set(['lake', 'house', 'post']);
// the legal forms English wire copy closes a company's name with, dotted or not
const COMPANY_CLOSERS = new Set([
  'co',
  'co.',
  'corp',
  'corp.',
  'inc',
  'inc.',
  'ltd',
  'ltd.',
  'plc',
]);

/** A lower-case particle inside a name, between two capitalised words: "Mohammad bin Salman", "Ursula von der Leyen". */
export function isNameParticle(tokens: Token[], text: string, k: number): boolean {
  if (!PARTICLES.has(tokens[k]?.lower ?? '')) return false;
  let p = k - 1;
  while (PARTICLES.has(tokens[p]?.lower ?? '') && !isCapitalised(text, tokens[p]!)) p--;
  const prev = tokens[p];
  let n = k + 1;
  while (PARTICLES.has(tokens[n]?.lower ?? '') && !isCapitalised(text, tokens[n]!)) n++;
  const next = tokens[n];
  return !!prev && !!next && isCapitalised(text, prev) && isCapitalised(text, next);
}

/** Where the last two capitalised words of [from, to] start, particles between them included. */
function lastTwoWords(tokens: Token[], text: string, from: number, to: number): number {
  let words = 0;
  for (let k = to; k >= from; k--) {
    // "Man-kei" is one word in three tokens
    if (isNameParticle(tokens, text, k) || tokens[k - 1]?.end === tokens[k]!.start) continue;
    if (++words === 2) return k;
  }
  return from;
}

// words that join the parts of a long title: "Assistant Secretary of the Air Force for Acquisition"
const TITLE_LINKS = new Set(['of', 'for', 'to', 'from', 'the', 'and', '&']);

/**
 * Where the title word opening a long title that ends at token k stands, read back over capitalised words and the
 * words joining them, no further than `min`: "Deputy Director of the Space Agency for Research" → "Director"; -1
 * when there is none.
 */
function longTitleAt(tokens: Token[], text: string, k: number, min: number): number {
  for (let j = k; j >= min && k - j < 12; j--) {
    const t = tokens[j]!;
    if (isTitle(t.lower, false)) return j;
    if (!TITLE_LINKS.has(t.lower) && !isCapitalised(text, t)) return -1;
  }
  return -1;
}

function longTitleBefore(tokens: Token[], text: string, k: number, min: number): string | null {
  const at = longTitleAt(tokens, text, k, min);
  return at < 0 ? null : tokens[at]!.lower;
}

/**
 * The start of a long title joined by "of", "for", "to" or "from" to the capitalised run starting at `from`
 * ("Director of | Air Force Communications Tom Reyes"), or `from` when there is none, so a caller that collects
 * capitalised runs hands personName the whole title.
 */
export function longTitleStart(tokens: Token[], text: string, from: number): number {
  if (from < 2 || !['of', 'from', 'to', 'for'].includes(tokens[from - 1]!.lower)) return from;
  const at = longTitleAt(tokens, text, from - 2, 0);
  return at < 0 ? from : at;
}

/**
 * Whether token k is joined by a hyphen, with no spaces, to a following capitalised word that is no title
 * ("Saint-Andre", not "President-elect").
 */
function hyphenedToName(tokens: Token[], text: string, k: number): boolean {
  const next = tokens[k + 2];
  return !!next && innerHyphen(tokens, k + 1) && isCapitalised(text, next) && !isTitle(next.lower);
}

/**
 * Like longTitleStart, with a "the" allowed between the link and the run: "Head of the | Water Authority Aiko Mori".
 */
export function titleStartOver(tokens: Token[], text: string, from: number): number {
  const at = tokens[from - 1]?.lower === 'the' ? from - 1 : from;
  const start = longTitleStart(tokens, text, at);
  return start < at ? start : from;
}

// nouns whose "of X" names a person acting or acted on, not a body X belongs to (and words someone said: "the
// words of Tom Reyes")
const ACTS_OF = new Set([
  // … and a person's showing: "the performance of Rafael Nadal", "the debut of Ann Lee"
  'performance',
  'display',
  'debut',
  'career',
  'comeback',
  'behest',
  'request',
  'murder',
  'killing',
  'death',
  'arrest',
  // … and a person's dealings with the courts and with employers: "The trial of Emilio Botin has started"
  'trial',
  'conviction',
  'sentencing',
  'extradition',
  'detention',
  'release',
  'appointment',
  'sacking',
  'departure',
  'funeral',
  'kidnapping',
  'disappearance',
  'election',
  'resignation',
  'wife',
  'husband',
  'son',
  'daughter',
  'brother',
  'sister',
  'mother',
  'father',
  'fiancée',
  'fiance',
  'fiancé',
  'widow',
  'supporters',
  'lawyer',
  'aide',
]);

// (a constant, made once: isPartyTag runs for every name read)
const PARTY_LETTER = /^[DRI]$/;

/**
 * "Rep. Jane Roe, R-Texas, said", "Sen. John Doe (D-Ore.)": a party letter joined by a hyphen to a state is the
 * person's party and state, set beside the name, never a name itself.
 */
export function isPartyTag(tokens: Token[], text: string, k: number): boolean {
  const letter = tokens[k];
  const dash = tokens[k + 1];
  // (one character, told before the word is cut out)
  if (
    !letter ||
    letter.end - letter.start !== 1 ||
    !PARTY_LETTER.test(text.slice(letter.start, letter.end))
  )
    return false;
  // "Rep. Tam Okafor (D Ohio) said": in brackets the letter may stand apart from the state (a lone capital letter
  // right after an opening bracket is no one's initial)
  if (tokens[k - 1]?.lower === '(' && dash && dash.lower !== '-')
    return isCapitalised(text, dash) && dash.start > letter.end;
  return (
    dash?.lower === '-' &&
    dash.start === letter.end &&
    !!tokens[k + 2] &&
    tokens[k + 2]!.start === dash.end &&
    isCapitalised(text, tokens[k + 2]!)
  );
}

/**
 * "On Thursday Mr Blair said", "In January Victoria Wood slated …": with no comma after it, a day or month after a
 * preposition runs into the name after it in the tagger's reading; it is a time phrase, not the name's first word.
 * So does a year: "In 2004 IBM said".
 */
export function isLeadingDate(tokens: Token[], at: number, to: number): boolean {
  const lead = tokens[at - 1];
  return (
    at < to &&
    (DATE_NAME.test(tokens[at]!.lower) || YEAR.test(tokens[at]!.lower)) &&
    !!lead &&
    (lead.pos === 'ADP' || TIME_LEAD.has(lead.lower))
  );
}

/** "QC" in "Guy Mansfield QC": letters after a name (as written, in capitals) that are no part of it. */
export function isPostNominal(text: string, t: Token | undefined): boolean {
  // (two or three letters, as every one is, told before the word is cut out: this is asked of most names' next word)
  return (
    !!t &&
    t.end - t.start >= 2 &&
    t.end - t.start <= 3 &&
    POST_NOMINALS.test(text.slice(t.start, t.end))
  );
}

// small words that join the parts of one body's name: "Centers for Disease Control and Prevention"
const BODY_LINKS = new Set(['for', 'of', 'and', 'on', '&', 'the']);
const MAX_BODY_NAME = 12;

/**
 * "the Centers for Disease Control and Prevention", "the Institute of Allergy and Infectious Diseases": whether the
 * capitalised run starting at `from` continues a body's name before it, joined by small words ("for", "of", "and",
 * "on"). It does when walking back over capitalised words and those small words meets a body word ("Centers",
 * "Institute") with a "for", "of" or "on" between them; "The Senate and Nancy Pelosi" joins two speakers.
 */
function continuesBodyName(tokens: Token[], text: string, from: number): boolean {
  if (!BODY_LINKS.has(tokens[from - 1]?.lower ?? '') || tokens[from - 1]!.lower === 'the')
    return false;
  // "the Department of Justice and Jane Roe": a common given name starts a person's name
  const first = tokens[from]!.lower;
  if (isCommonGivenName(first)) return false;
  let linked = false;
  for (let k = from - 1; k >= 0 && from - k <= MAX_BODY_NAME; k--) {
    const t = tokens[k]!;
    if (BODY_LINKS.has(t.lower) && !isCapitalised(text, t)) {
      if (t.lower !== 'and' && t.lower !== '&' && t.lower !== 'the') linked = true;
      continue;
    }
    if (!isCapitalised(text, t)) return false;
    // (a plural body word too: "Centers", "Institutes")
    if (linked && isBodyWord(t.lower)) return true;
  }
  return false;
}

// auxiliaries that a question or a poll opens on, capitalised: no word of a name
const AUXILIARIES = new Set([
  'was',
  'is',
  'are',
  'were',
  'has',
  'have',
  'had',
  'did',
  'does',
  'will',
  'should',
]);

// the words a law's name ends in, as written: "Gambling Bill", "Terrorism Act"; and a founding text's or a pact's
// ("referendums on the European Constitution", BBC, blind round 982, where a later "he said" went to it)
const LAW_WORDS = /^(?:Bill|Act|Constitution|Treaty|Charter|Convention|Protocol)$/;

/** A word for a doer that is no given name, occupation or title ("matchwinner", "drummer", not "victor" or "farmer"). */
function openingDoer(lower: string): boolean {
  return (
    OPENING_AGENT_NOUN.test(lower) &&
    // ("Lakshiwnder Singh, another deportee, said", "Grover Cleveland": a given name no dictionary holds, whatever it
    // ends in)
    isLexiconWord(lower) &&
    !isCommonGivenName(lower) &&
    !OCCUPATIONS.has(lower) &&
    !isTitle(lower, true)
  );
}

/** Two to four capitals standing alone ("DL", "QB", "CIO"), no dots. */
function isRoleAcronym(text: string, t: Token): boolean {
  return /^[A-Z]{2,4}$/.test(text.slice(t.start, t.end));
}

/** "Fourteen-year-old", "14-year-old": a number, "year" or "month", "old", joined by hyphens, from token `k`. */
function isAgeCompound(tokens: Token[], k: number): boolean {
  return (
    tokens[k]!.pos === 'NUM' &&
    tokens[k + 1]?.lower === '-' &&
    /^(?:years?|months?)$/.test(tokens[k + 2]?.lower ?? '') &&
    tokens[k + 3]?.lower === '-' &&
    tokens[k + 4]?.lower === 'old'
  );
}

/** The person's name at the end of a phrase, titles stripped ("House Judiciary Chairman Jim Jordan" → "Jim Jordan"). */
export function personName(
  tokens: Token[],
  text: string,
  np: Phrase,
): { from: number; to: number; titled: string | null } | null {
  // "A spokesman for Acme Motor Co said", "The chairman of Goodyear Tire and Rubber Co": a run closing on a company's
  // legal form written as a word ("Co", "Corp", "Inc", "Ltd") names the company, never a person, however its words
  // before fall (Reuters-21578, rounds 1388, 1437, 1468, 1471)
  if (np.to > np.from && COMPANY_CLOSERS.has(tokens[np.to]!.lower)) return null;
  // "said Smith Monday", "in the city of Chengdu, China Sunday, as …": a weekday closing the run is when, as wire copy
  // writes it, no part of the name (WMT news test set, round 1709); not a day's own name ("Bloody Sunday")
  if (
    np.to > np.from &&
    WEEKDAY.test(tokens[np.to]!.lower) &&
    !DAY_NAMING.has(tokens[np.to - 1]!.lower) &&
    // (… nor a surname after a given name: "said Joe Friday")
    !isCommonGivenName(tokens[np.to - 1]!.lower)
  )
    np = { from: np.from, to: np.to - 1 };
  // "Guy Mansfield QC", "Ann Lee MP": letters after a name are no part of it
  if (np.to > np.from && isPostNominal(text, tokens[np.to])) {
    np = { from: np.from, to: np.to - 1 };
    // … but "the Ealing North MP": after a determiner the letters are an office, the words before them its seat
    // ("Chairman of the Environmental Audit Committee Peter Ainsworth MP" names him: a given name stands in the run)
    let k = np.to;
    while (k >= np.from && tokens[k]!.pos === 'PROPN' && !isCommonGivenName(tokens[k]!.lower)) k--;
    if (/^(?:the|a|an)$/.test(tokens[k]?.lower ?? '')) return null;
  }
  // "the Professional Rugby Players' Association": a plural's possessive apostrophe after the run makes it a group's
  // name or part of a body's, no one person's
  // … but "Ricky Gervais' new sitcom", "Mr Jones' house": a surname in -s after a given name or an honorific, its
  // apostrophe followed by lower-case words (a body's name goes on in capitals: "Players' Association")
  const after = tokens[np.to + 2];
  const personal =
    np.to > np.from &&
    (isCommonGivenName(tokens[np.to - 1]!.lower) ||
      HONORIFICS.test(tokens[np.to - 1]!.lower) ||
      (!!after && !isCapitalised(text, after)));
  if (isPluralPossessive(text, tokens[np.to + 1]) && !personal) return null;
  let from = np.to + 1;
  for (let k = np.to; k >= np.from; k--) {
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    const joined =
      ((tokens[k + 1] && tokens[k + 1]!.start === t.end && tokens[k + 1]!.lower === '-') ||
        (t.lower === '-' && k < np.to) ||
        (prev?.lower === '-' && prev.end === t.start)) &&
      // ("the Democratic front-runner": a compound of lower-case words is no part of a name; "Tong Yung-soo" is)
      !lowerHyphenCompound(tokens, text, k);
    // (a particle the tagger reads as a determiner stays: "Luiz Inácio Lula da Silva")
    const particle = k > np.from && k < np.to && isNameParticle(tokens, text, k);
    const ok = joined || (isCapitalised(text, t) && (t.pos === 'PROPN' || k > 0)) || particle;
    if (!ok || (t.pos === 'DET' && !particle) || isPossessiveMark(t)) break;
    from = k;
  }
  if (from < np.to && isLeadingDate(tokens, from, np.to)) from++;
  // ("Voter Kitty Mak told The Atlantic": a plain word for a person, capitalised only because it opens the sentence,
  // describes the one named after it; Wikinews, blind round 1682. An occupation stays, to be noted as the person's
  // title: "Farmer Tom Reyes … the farmer said")
  if (
    from === 0 &&
    from + 1 < np.to &&
    LAY_PEOPLE.has(tokens[0]!.lower) &&
    isCapitalised(text, tokens[1]!)
  )
    from++;
  // ("Fourteen-year-old Zoe, on the top deck, said …": an age joined by hyphens opening the sentence describes the
  // person, no part of the name; Wikinews, blind round 1667)
  if (from + 5 <= np.to && isAgeCompound(tokens, from)) from += 5;
  if (from > np.to) return null;
  // ("according to court records unsealed Friday": a day or a month alone closing a phrase names no one)
  if (from === np.to && DATE_NAME.test(tokens[from]!.lower)) return null;
  if (isPartyTag(tokens, text, from)) return null;
  // "the Association of British Travel Agents", "the National Union of Teachers": a body's name after "of" closing on
  // the plural of a word for a person names its members, no one person (WMT news test set, round 1723)
  if (
    np.to > from &&
    tokens[from - 1]?.lower === 'of' &&
    /s$/.test(tokens[np.to]!.lower) &&
    isPersonNoun(tokens[np.to]!.lower.slice(0, -1))
  )
    return null;
  // "the Guildford Four", "the Birmingham Six": a place and a number name a group of people, no one person
  if (np.to > from && GROUP_NUMBERS.test(tokens[np.to]!.lower)) return null;
  // "African American students": words for peoples only, a group or a kind, no one person
  if (np.to > from && tokens.slice(from, np.to + 1).every((t) => DEMONYMS.has(t.lower)))
    return null;
  // "the Gambling Bill", "the Licensing Act": a law's name, whatever given name ends it ("Bill Clinton" opens on it)
  // (… or a founding text's: "the European Constitution", "the Lisbon Treaty")
  if (np.to > from && LAW_WORDS.test(text.slice(tokens[np.to]!.start, tokens[np.to]!.end)))
    return null;
  // ("Given Alex Azar's professional background, …": a preposition opening the sentence or a quotation)
  if (
    from < np.to &&
    OPENING_PREPOSITIONS.has(tokens[from]!.lower) &&
    (from === 0 || /^["“‘']$/.test(tokens[from - 1]?.lower ?? ''))
  )
    from++;
  // "LOS ANGELES (AP) — To LeBron James, triple-doubles are not a goal": so is a preposition or a particle opening
  // it after a wire dateline's dash (AEB page of AP, blind round 922)
  else if (
    from < np.to &&
    isDash(tokens[from - 1]) &&
    /^(?:ADP|PART|SCONJ|CCONJ)$/.test(tokens[from]!.pos) &&
    !isNameParticle(tokens, text, from)
  )
    from++;
  // "Defiant Matt Williams says": a word capitalised only because it opens the sentence, before a given name
  else if (
    from === 0 &&
    from + 2 <= np.to &&
    !isCommonGivenName(tokens[from]!.lower) &&
    OPENING_ADJECTIVE.test(tokens[from]!.lower) &&
    isCommonGivenName(tokens[from + 1]!.lower)
  )
    from++;
  // "Drummer Larry Mullen Jr said", "Matchwinner Keane was full of praise": so is a word for what someone does, before
  // a given name, or before a surname alone when it is none of the given names that end like a word for a doer
  // ("Victor Wong", "Spencer Tracy"); a known occupation or title is read below, as the person's title ("Farmer Tom
  // Reyes")
  else if (
    from === 0 &&
    from < np.to &&
    openingDoer(tokens[from]!.lower) &&
    (from + 1 === np.to
      ? !GIVEN_NAMES_LIKE_DOERS.has(tokens[from]!.lower)
      : isCommonGivenName(tokens[from + 1]!.lower))
  )
    from++;
  // "Westlife's Flying Without Wings": a capitalised preposition or article inside the run makes it a title
  // (… but "Under-Secretary John Taylor": one hyphened to the next word is part of a title's word)
  for (let k = from + 1; k < np.to; k++) {
    const t = tokens[k]!;
    if (
      WORK_TITLE_WORDS.has(t.lower) &&
      UPPER_START.test(text.slice(t.start, t.end)) &&
      !innerHyphen(tokens, k + 1)
    )
      return null;
  }
  // "the BBC's They Think It's All Over": a run of capitals holding "They" or "It" is a title, no one's name
  // ("US Speaker Pelosi" is no pronoun: written in capitals)
  for (let k = from; k <= np.to; k++) {
    const t = tokens[k]!;
    if (TITLE_PRONOUNS.has(t.lower) && text.slice(t.start, t.end) !== t.lower.toUpperCase())
      return null;
  }
  // "Browns DL Sheldon Richardson", "Steelers QB Mason Rudolph": a role in capitals (a player's position, an
  // officer's title) between a team or a firm and a given name opens no name; the name starts after it (AEB page of
  // CBS Sports, blind round 873)
  // (a given name and a surname closing the run after it)
  const role = np.to - 2;
  if (
    role > from &&
    isRoleAcronym(text, tokens[role]!) &&
    isCapitalised(text, tokens[role - 1]!) &&
    tokens[role + 1]!.pos === 'PROPN' &&
    isCapitalised(text, tokens[role + 1]!) &&
    isCapitalised(text, tokens[np.to]!)
  )
    from = role + 1;
  // "Residents said", "Officials said": a group capitalised only because it opens the sentence
  if (from === np.to && ANONYMOUS_HEADS.has(tokens[from]!.lower)) return null;
  // "SBM Intel, a Lagos intelligence firm, says …": initials of three letters or more opening the run open a body's
  // name, no one's given name, so "it says" may point back to it (page of blind round 818)
  // (two words only, no title's letters: "NASA Administrator Jim Bridenstine", "CEO Cook" name people)
  if (
    np.to === from + 1 &&
    /^[A-Z]{3,}$/.test(text.slice(tokens[from]!.start, tokens[from]!.end)) &&
    !isTitle(tokens[from]!.lower) &&
    !isCommonGivenName(tokens[np.to]!.lower)
  )
    return null;
  // "the U.S. Would erase its deficit" (Reuters-21578, round 1407): the wire capitalises any word after "U.S.", so
  // dotted letters before a word the tagger reads as no name (an auxiliary, a verb, a noun) name no one
  if (
    np.to === from + 1 &&
    /^(?:\p{Lu}\.){2,3}$/u.test(text.slice(tokens[from]!.start, tokens[from]!.end)) &&
    tokens[np.to]!.pos !== 'PROPN'
  )
    return null;
  // "58-year-old" is joined by hyphens but has no capital: an age, not a name
  if (!tokens.slice(from, np.to + 1).some((t) => isCapitalised(text, t))) return null;
  const last = tokens[np.to]!;
  const lastWord = text.slice(last.start, last.end);
  // an acronym ("UNICEF", "U.S.") names a body or a place; "The Oregon Democrat" names a party's member
  const numbered = np.to > np.from && REGNAL_NUMBER.test(lastWord);
  // ("Yukos spokesman Mike Lake": a body's word that is also a common surname ends a name after a given name)
  const surname =
    SURNAME_ORG_WORDS.has(last.lower) &&
    np.to > from &&
    isCommonGivenName(tokens[np.to - 1]!.lower);
  if (
    (ORG_WORDS.has(last.lower) && !surname) ||
    PARTY_MEMBERS.has(last.lower) ||
    (lastWord === lastWord.toUpperCase() && lastWord !== last.lower && !numbered)
  )
    return null;
  // "a Daily Mail report", "the Herald Sun": a body's word opening a run of two, before a word that is no given name
  // or title, opens the name of a paper or a body; it is no title before a surname
  if (
    np.to === from + 1 &&
    ORG_WORDS.has(tokens[from]!.lower) &&
    !isCommonGivenName(last.lower) &&
    !isTitle(last.lower, false)
  )
    return null;
  let titled: string | null = null;
  const runStart = from;
  for (let k = np.to; k >= from; k--) {
    const lower = tokens[k]!.lower;
    // "VOTE Was Germaine Greer right to leave?": a capitalised auxiliary ends the name before it, it is no part of it
    // (… but "Will Davies": a given name the parse's repairs read as a name is no auxiliary)
    if (k < np.to && AUXILIARIES.has(lower) && tokens[k]!.pos !== 'PROPN') {
      from = k + 1;
      break;
    }
    // "Julie Bishop", "Steve King": a title's word closing the run right after a common given name is a surname
    // ("Defence Secretary", "Vice President" stay titles)
    if (
      k === np.to &&
      k > from &&
      // (… and after an honorific: "Ms King said")
      (isCommonGivenName(tokens[k - 1]!.lower) || HONORIFICS.test(tokens[k - 1]!.lower)) &&
      (!ORG_WORDS.has(lower) || SURNAME_ORG_WORDS.has(lower))
    )
      continue;
    // "Philippe Saint-Andre": a title's word hyphened to a word that is no title opens a double surname
    // ("Lieutenant-Colonel" stays a title)
    if (hyphenedToName(tokens, text, k)) continue;
    // "Adviser for Homeland Security and Counterterrorism John O. Brennan": a capitalised word after "and", "for" or
    // "of", right before a given name, ends the office's long name; the person's opens on the given name
    // (… and a word of a ministry's portfolio ends it whatever the name after it: "Minister for Defence Ignazio La
    // Russa")
    if (
      k < np.to &&
      (PORTFOLIO_WORDS.has(lower) ||
        (isCommonGivenName(tokens[k + 1]!.lower) &&
          !isCommonGivenName(lower) &&
          // ("judges Bruno Tonioli and Carrie Ann Inaba": a given name no dictionary holds opens the person's)
          !opensName(lower) &&
          /^(?:and|for|of|&)$/.test(tokens[k - 1]?.lower ?? '')))
    ) {
      from = k + 1;
      break;
    }
    // a misspelt title ("Secretery") stands before a name; the name's own last word is never one ("Julian
    // Marshall" is no "marshal")
    // "Broadcaster Ann Lee", "chef Tom Reyes": an occupation before a name is no part of it
    if (
      isTitle(lower, k < np.to) ||
      ORG_WORDS.has(lower) ||
      (k < np.to &&
        (OCCUPATIONS.has(lower) || PARTY_MEMBERS.has(lower) || PERSON_DESCRIPTORS.has(lower))) ||
      // ("fellow American Robby Ginepri": a nationality before a given name and a surname describes the person;
      // "Roman Abramovich", one word after it, is a name)
      // (… and "Americans Andy Roddick and …": the plural before a list of names)
      (np.to - k >= 2 &&
        (DEMONYMS.has(lower) || (lower.endsWith('s') && DEMONYMS.has(lower.slice(0, -1)))))
    ) {
      // "The Daily Mail described", "the Evening Standard said": a body's word opening a run after "the" opens the
      // body's name (a paper's, mostly), no title before a person's ("the Herald's Ann Lee" has a given name after it)
      if (
        k === runStart &&
        k < np.to &&
        tokens[k - 1]?.lower === 'the' &&
        ORG_WORDS.has(lower) &&
        !isTitle(lower) &&
        !isCommonGivenName(tokens[k + 1]!.lower)
      )
        return null;
      titled = lower;
      from = k + 1;
      // "Pope Leo": a pope or monarch named by one name alone is called by title and name together
      if (REGNAL.has(lower) && (k + 1 === np.to || (numbered && k + 2 === np.to)))
        return { from: k, to: np.to, titled };
      // "United States Constitution", "Florida Highway Patrol": one word after a body word inside a capitalised run
      // ends the body's name, it is no person's
      // … unless a long title stands before the run: "Secretary General of the Andean Trade Bloc Ruiz" is Ruiz
      // … and so does one after a body word that goes on a body's name before it ("the Department for International
      // Development")
      if (
        ORG_WORDS.has(lower) &&
        !isTitle(lower) &&
        k + 1 === np.to &&
        (k > runStart
          ? titleStartOver(tokens, text, runStart) === runStart
          : continuesBodyName(tokens, text, k))
      )
        return null;
      break;
    }
  }
  // "a spokesman for Midland Bank Plc": a company's legal form left alone after a body's word taken for a title
  // ("Bank") is the end of the company's name, no person's (Reuters-21578, round 1150); so are legal forms alone,
  // "Morgan Stanley and Co Inc." cut at its "and" (round 1169)
  if ((titled || from < np.to) && tokens.slice(from, np.to + 1).every((t) => isLegalForm(t.lower)))
    return null;
  // "President-elect John Smith": what is left of a hyphened title ("-elect") is no part of the name
  while (from < np.to && (tokens[from]!.lower === '-' || !isCapitalised(text, tokens[from]!)))
    from++;
  // "Oscar-winner Andrea Arnold", "Bafta-nominated Ann Lee": a name hyphened to a lower-case word describes the person
  if (
    from + 2 < np.to &&
    tokens[from + 1]!.lower === '-' &&
    tokens[from + 1]!.start === tokens[from]!.end &&
    tokens[from + 2]!.start === tokens[from + 1]!.end &&
    // (a descriptor, not the lower-case end of a hyphenated given name: "Man-kei Tam")
    // ("Film-maker Spike Lee": a word for what someone does)
    (/^(?:winner|winning|nominated|nominee|born|based|backed)$/.test(tokens[from + 2]!.lower) ||
      HYPHENED_AGENT_NOUN.test(tokens[from + 2]!.lower))
  )
    from += 3;
  if (from > np.to) return null;
  // "President of Argentina Alberto Fernández", "Senator from Vermont Bernie Sanders": a title, "of"/"from", a
  // place, then a first and last name
  const ofTitle = tokens[from - 2];
  // … and "Ambassador to Spain Tom Reyes"
  const placeLink = ['of', 'from', 'to'].includes(tokens[from - 1]?.lower ?? '');
  if (!titled && placeLink && ofTitle && isTitle(ofTitle.lower)) {
    const start = lastTwoWords(tokens, text, from, np.to);
    if (start > from) return { from: start, to: np.to, titled: ofTitle.lower };
  }
  // "Assistant Secretary of the Navy for Research Ana Lopez", "Director of Air Force Communications Tom Reyes": a
  // long title, its last words capitalised, then a first and last name
  // (a body word read as the title, "Air Force", leaves the run after it: "Communications Tom Reyes")
  // (a "the" may stand between: "Head of the Water Authority for the Northern Districts Aiko Mori")
  const linkAt = tokens[runStart - 1]?.lower === 'the' ? runStart - 2 : runStart - 1;
  const longTitle =
    (!titled || !isTitle(titled)) &&
    ['of', 'from', 'to', 'for'].includes(tokens[linkAt]?.lower ?? '') &&
    linkAt - 1 >= np.from
      ? longTitleBefore(tokens, text, linkAt - 1, np.from)
      : null;
  if (longTitle) {
    const start = lastTwoWords(tokens, text, from, np.to);
    if (start > from) return { from: start, to: np.to, titled: longTitle };
  }
  // ("Saint-Andre said": hyphened, the word opens a surname)
  if (PLACE_START.has(tokens[from]!.lower) && !hyphenedToName(tokens, text, from)) return null;
  if (!titled && continuesBodyName(tokens, text, from)) return null;
  // "the chief executive of Hong Kong": a name right after "of" is what the person belongs to, not who they are
  // … but "at the behest of Boris Johnson", "the murder of Jamal Khashoggi": an act or wish of a named person
  const owner = tokens[from - 2];
  const actOf =
    from < np.to &&
    !!owner &&
    owner.pos === 'NOUN' &&
    !isTitle(owner.lower) &&
    !ORG_WORDS.has(owner.lower) &&
    (ACTS_OF.has(owner.lower) || UTTERED_WORDS.has(owner.lower));
  // … and "a key ally of Tony Blair", "a friend of Maria Lopez": a common given name opening two or more words names
  // a person whatever noun stands before "of" (no place or body is named "Tony Blair")
  const givenFirst = from < np.to && isCommonGivenName(tokens[from]!.lower);
  if (!titled && tokens[from - 1]?.lower === 'of' && !actOf && !givenFirst) return null;
  if (from === np.to && !titled && !isCapitalised(text, tokens[from]!)) return null;
  // "the public services union Unison Dave Prentis": a body's name before a common given name and a surname is who
  // the person works for, no part of the name
  // (… but "Dr. Owen John Dempsey", "Carrie Ann Inaba", "C. Eugene Steuerle": an initial, or a word no English
  // dictionary holds, opens the name with a middle name after it; a title or a body is a word: "Investigator Robert
  // Cornett", "RNC Chief Counsel John Phillippe", AEB pages of blind rounds 914-915)
  // (… and a word for a person before a given name no list holds, which no dictionary holds either: "Neighbor Nate
  // Reynolds", Dragnet page of CBS News, blind round 959; "Bob Vander Plaats" keeps his given name)
  if (
    np.to - from === 2 &&
    !isCommonGivenName(tokens[from]!.lower) &&
    (isCommonGivenName(tokens[from + 1]!.lower) ||
      (isPersonNoun(tokens[from]!.lower) && opensName(tokens[from + 1]!.lower))) &&
    !isNameParticle(tokens, text, from) &&
    !opensName(tokens[from]!.lower)
  )
    from++;
  return { from, to: np.to, titled };
}

// (constants: tsx builds a \p{…} pattern written inline anew on every call, grammar/letters.ts)
// (… or two or three run together: "L.C. Duncan Jr.", "H.P. Smith", "K.K Wong", Reuters-21578 rounds 1134, 1141, 1160)
const INITIAL = /^(?:\p{L}\.)+\p{L}?$/u;
const LETTERS = /^\p{L}+$/u;

/** An initial ("c.", "l.c.") or a word of letters wink-nlp's lexicon does not hold ("owen"): a given name, no title. */
function opensName(lower: string): boolean {
  return INITIAL.test(lower) || (LETTERS.test(lower) && !isLexiconWord(lower));
}

/** Whether token `k` is in a hyphened compound whose every word is lower-case ("front-runner", "would-be"). */
function lowerHyphenCompound(tokens: Token[], text: string, k: number): boolean {
  let from = k;
  let to = k;
  while (from > 0 && (tokens[from]!.lower === '-' || tokens[from - 1]!.lower === '-')) from--;
  while (to + 1 < tokens.length && (tokens[to]!.lower === '-' || tokens[to + 1]!.lower === '-'))
    to++;
  for (let j = from; j <= to; j++) {
    const t = tokens[j]!;
    if (t.lower !== '-' && isCapitalised(text, t)) return false;
  }
  return to > from;
}

const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

// words that make a weekday a day's own name ("Bloody Sunday", "Black Friday", "Super Tuesday", "Easter Monday")
const DAY_NAMING = new Set(
  'bloody black good easter palm super ash cyber holy maundy shrove whit boxing giving'.split(' '),
);
