import { isNameOf } from '../../grammar/name-of.ts';
import { ARTICLE_BODIES } from '../../lexicon/article-bodies.ts';
import { DOCUMENT_NOUNS } from '../../lexicon/documents.ts';
import { phraseAfter, type Phrase } from '../../grammar/phrases.ts';
import { NameForms, lastNamePiece, nameKey } from './forms.ts';
import { isNameParticle, longTitleStart, personName, titleStartOver } from '../../grammar/names.ts';
import { isOblique } from '../../grammar/oblique.ts';
import { isPersonNoun } from '../../grammar/person-noun.ts';
import { isTagPronoun, taggedClauseStart } from '../../grammar/tag-pronoun.ts';
import { frontedPassive } from '../../grammar/fronted-passive.ts';
import { nicknamed } from '../../grammar/nicknames.ts';
import { appositiveTitles } from '../../grammar/appositions.ts';
import {
  innerHyphen,
  isPossessiveMark,
  lowersAt,
  startsUpper,
  type Token,
} from '../../grammar/token.ts';
import { POSSESSIVES } from '../../lexicon/function-words.ts';
import {
  FEMALE,
  HONORIFIC_GENDER,
  MALE,
  OFFICE_MODIFIERS,
  ORG_WORDS,
  BODY_ONLY_KINDS,
  TITLES,
  isTitle,
  OFFICE_PORTFOLIOS,
  PORTFOLIO_OFFICES,
  PORTFOLIO_WORDS,
  SINGLE_OFFICES,
} from '../../lexicon/people.ts';
import {
  FEMALE_GIVEN_NAMES,
  isCommonGivenName,
  MALE_GIVEN_NAMES,
  withoutAccents,
} from '../../lexicon/given-names.ts';
import { acronymsIn, initialsOfRun, isNameJoiner } from './acronyms.ts';
import { bodyRunWords } from './body-run.ts';
import { descriptionHead, INDEFINITE, unnamedSubject } from './description-phrase.ts';
import { SUBORDINATORS, sentenceSubject } from '../../grammar/subjects.ts';
import { closingTagSubject } from '../../grammar/closing-tag-subject.ts';
import { OCCUPATIONS, SUBJECT_EPITHETS } from '../../lexicon/occupations.ts';
import { DEMONYMS } from '../../lexicon/demonyms.ts';
import { DATE_NAME, MONTH_NAMES } from '../../lexicon/subject-pieces.ts';
import { REPORTING_VERBS } from '../../lexicon/reporting-verbs.ts';
import { ALL_CAPITALS } from '../../grammar/letters.ts';
import type { LowerCaseWords } from './lower-case-words.ts';

function inName(tokens: Token[], text: string, k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  // a hyphen joins a name's parts ("Kilroy-Silk"); a dash set off by spaces ("Gerry Conlon - who was …") ends it
  // … and so does a compound of lower-case words after the name ("Rick Tyler doubled-down on Friday": its capitals
  // are Rick Tyler's alone)
  if (t.lower === '-')
    return (
      (tokens[k - 1]?.end === t.start || tokens[k + 1]?.start === t.end) &&
      !lowerCompound(tokens, text, k)
    );
  if (next?.lower === '-' && next.start === t.end) return !lowerCompound(tokens, text, k + 1);
  // the lower-case end of a hyphenated given name: "Tong Yung-soo", "Lam Man-kei"
  const prev = tokens[k - 1];
  const head = tokens[k - 2];
  // … but not a participle making a modifier of it: "Houston-based Continental", "US-led forces", "Paris-born"
  // (a syllable in -ing with no vowel before it is no participle: "chairman Li Ka-shing said", Reuters-21578, round
  // 1461)
  if (
    prev?.lower === '-' &&
    prev.end === t.start &&
    !!head &&
    lowersAt(text, head.start) &&
    (!/(?:ed|ing|born|led)$/.test(t.lower) || /^[^aeiouy]+ing$/.test(t.lower))
  )
    return true;
  return lowersAt(text, t.start) || isNameParticle(tokens, text, k);
}

/** Whether the hyphen at `k` joins two lower-case words ("doubled-down"), no piece of a name. */
function lowerCompound(tokens: Token[], text: string, k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return !!before && !!after && lowerAt(text, before.start) && lowerAt(text, after.start);
}

/** Whether the character at `at` is a lower-case letter (ASCII by its code, as lowersAt reads capitals). */
function lowerAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code >= 97 && code <= 122;
  const c = text[at] ?? '';
  return c !== c.toUpperCase();
}

type Gender = 'm' | 'f';

// "a" or "an" (two comparisons, not a pattern made anew on every call: this runs for every run of capitals)
function isIndefinite(lower: string | undefined): boolean {
  return lower === 'a' || lower === 'an';
}

// A word of a joined run of capitals (addJoinedInitials): outside quotation marks, written with a capital. The first
// letter only: slicing the rest of the sentence per word would cost the square of its length. (A function of its
// own, not a closure: tsx names every closure it makes, a property set on each call.)
function capitalAt(tokens: Token[], text: string, quoted: boolean[], k: number): boolean {
  return k < tokens.length && !quoted[k] && startsUpper(text, tokens[k]);
}

/**
 * "The Bishop of Durham, the Rt Rev Dr Tom Wright, said": an office set before the name, a comma between, is the
 * person's, so a later "the Bishop said" finds him. The office's head word, or null.
 */
function officeBeforeName(tokens: Token[], from: number): string | null {
  let k = from - 1;
  // the honorifics and "the" of the name's own phrase ("the Rt Rev Dr")
  while (
    k > 0 &&
    (tokens[k]!.lower === 'the' ||
      /^(?:rt|rev|hon|dr|mr|mrs|ms|sir|dame)\.?$/.test(tokens[k]!.lower))
  )
    k--;
  if (tokens[k]?.lower !== ',' || k < 2) return null;
  // the office: "The Bishop of Durham", "the head of the agency"
  let start = k - 1;
  while (start > 0 && tokens[start - 1]!.lower !== ',' && k - start < 8) start--;
  if (tokens[start]!.lower !== 'the') return null;
  const head = tokens[start + 1]?.lower ?? '';
  return TITLES.has(head) ? head : null;
}

/** Whether the name's words are months joined by hyphens ("September-August"). */
function monthsJoined(tokens: Token[], name: Phrase): boolean {
  if (name.to === name.from) return false;
  for (let k = name.from; k <= name.to; k++) {
    const t = tokens[k]!;
    if (t.lower === '-' ? !innerHyphen(tokens, k) : !MONTH_NAMES.has(t.lower)) return false;
  }
  return true;
}

// one capital and its dot (a constant: tsx builds a \p{…} pattern written inline anew on every call)
const ONE_INITIAL = /^\p{Lu}\.$/u;

/** Whether the token at `k` is an initial ("C.") standing one space before the token at `next`. */
function spacedInitial(tokens: Token[], text: string, k: number, next: number): boolean {
  const t = tokens[k]!;
  return t.end + 1 === tokens[next]!.start && ONE_INITIAL.test(text.slice(t.start, t.end));
}

/** Whether a verb of saying follows the name ending at `to` (auxiliaries and adverbs may stand between). */
function saysNext(tokens: Token[], to: number): boolean {
  let k = to + 1;
  // "Peter Zombic, the managing director of the federation, said": past an apposition set off by commas
  if (tokens[k]?.lower === ',') {
    let close = k + 1;
    while (close < tokens.length && close <= k + 16 && tokens[close]!.lower !== ',') close++;
    if (tokens[close]?.lower === ',' && close > k + 1 && saysNext(tokens, close)) return true;
  }
  while (tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'ADV') k++;
  const verb = tokens[k];
  return verb?.pos === 'VERB' && REPORTING_VERBS.has(verb.lemma);
}

/**
 * "Schmetzer was naturally delighted with the way his side claimed …": a one-word name opening the sentence as the
 * subject of its verb, with "his" or "her" later in the clause and no other name between, is a person's surname,
 * seen once or not.
 */
function ownerOfPronoun(tokens: Token[], from: number, to: number): boolean {
  if (from !== 0 || to !== from || !/^(?:VERB|AUX)$/.test(tokens[to + 1]?.pos ?? '')) return false;
  for (let k = to + 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos === 'PROPN' || t.pos === 'PUNCT') return false;
    if (t.lower === 'his' || t.lower === 'her') return true;
  }
  return false;
}

/**
 * "According to Iraqi political analyst Hazem al-Nuaeimi, Sadr is …": a name after "according to", maybe past the
 * words describing it, is the one the sentence's report comes from, as much as a subject of "said" is.
 */
function accordingBefore(tokens: Token[], from: number): boolean {
  let k = from - 1;
  while (k > 0 && /^(?:ADJ|NOUN|PROPN)$/.test(tokens[k]!.pos) && from - k <= 5) k--;
  return tokens[k]?.lower === 'to' && tokens[k - 1]?.lower === 'according';
}

// the titles by which the given name alone names its holder
const KNIGHTED = new Set(['sir', 'dame']);

/**
 * "Michelle, a mother of twins, said", "Sandra said": a common given name as the subject of a verb of saying, maybe
 * with an apposition opened by "a"/"an" between; a one-word name is otherwise a person only once seen twice.
 */
function givenAloneSpeaks(tokens: Token[], at: number): boolean {
  if (!isCommonGivenName(tokens[at]!.lower)) return false;
  if (saysNext(tokens, at)) return true;
  if (tokens[at + 1]?.lower !== ',' || !/^an?$/.test(tokens[at + 2]?.lower ?? '')) return false;
  for (let k = at + 3; k < tokens.length && k <= at + 10; k++)
    if (tokens[k]!.lower === ',') return saysNext(tokens, k);
  return false;
}

/** Whether a player's epithet or an age ("year-old") closes one of the few words from `k`: "the former Scotland international". */
function epithetNear(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j < k + 6; j++) {
    const w = tokens[j]!.lower;
    if (SUBJECT_EPITHETS.has(w) || (w === 'old' && tokens[j - 2]?.lower === 'year')) return true;
    if (!/^(?:ADJ|NOUN|NUM|PROPN|PUNCT)$/.test(tokens[j]!.pos)) return false;
  }
  return false;
}

/**
 * Whether a noun names a person (`isPersonNoun`, which holds "One of the victims from Saraf Jidad, who was around 80,
 * recalled …"), or a child: the description of whoever speaks may name them so.
 */
function personOrChild(noun: string): boolean {
  return isPersonNoun(noun) || noun === 'boy' || noun === 'girl';
}

/**
 * A person noun, or a noun of one who does something ("rescheduler", "negotiator", "strategist", "historian") that is
 * no document or body ("a paper", "a regulator" as a body is still a body's speaker): for the subject of a verb of
 * saying.
 */
function personOrAgent(noun: string): boolean {
  return (
    personOrChild(noun) ||
    (/(?:[^e]er|or|ist|ian)$/.test(noun) && !DOCUMENT_NOUNS.has(noun) && !ORG_WORDS.has(noun))
  );
}

/** The sex a person noun says ("spokeswoman", "fisherman", "girl"), or null. */
function nounSex(noun: string): Gender | null {
  if (noun.endsWith('woman') || noun === 'girl') return 'f';
  if (noun.endsWith('man') || noun === 'boy') return 'm';
  return null;
}

/** Whether the word at k is a lower-case noun or adjective, so a name right before it describes it. */
function isModifier(tokens: Token[], text: string, k: number): boolean {
  const t = tokens[k];
  // "said Mr Lynch's job would not be easy": a possessor names whose thing the clause is about, not its subject
  if (isPossessiveMark(t)) return true;
  if (!t || (t.pos !== 'NOUN' && t.pos !== 'ADJ')) return false;
  // "Simon Hughes branded Mr Howard": a past tense read as an adjective, with a name or a determiner after it, is
  // the verb the name is subject of
  const after = tokens[k + 1];
  if (t.pos === 'ADJ' && t.lower.endsWith('ed') && /^(?:PROPN|DET|PRON)$/.test(after?.pos ?? ''))
    return false;
  const c = text[t.start] ?? '';
  return c !== c.toUpperCase();
}

/**
 * Whether a lower-case title or occupation at `k` is followed, within its own words ("director of rugby"), by a
 * capitalised name: then the run before the title names whom the person works for.
 */
function bodyBeforeTitle(tokens: Token[], text: string, k: number): boolean {
  const title = tokens[k];
  if (
    !title ||
    startsUpper(text, title) ||
    !(TITLES.has(title.lower) || OCCUPATIONS.has(title.lower))
  )
    return false;
  for (let j = k + 1; j <= k + 3 && j < tokens.length; j++) {
    const t = tokens[j]!;
    // ("Mike Boswell chairman of Sunshine Mining Co told Reuters": a body right after "of" is the title's own, and the
    // run before it, short of its comma, the person's name, Reuters-21578, round 1550)
    if (t.pos === 'PROPN' && startsUpper(text, t)) return tokens[j - 1]!.lower !== 'of';
    if (t.lower !== 'of' && (t.pos !== 'NOUN' || startsUpper(text, t))) return false;
  }
  return false;
}

/**
 * "Japanese Trade and Industry Minister Hajime Tamura said": a run cut at the "and" of an office's name, whose other
 * half closes on a capitalised title within three words, is the office's first words, no person (Reuters-21578, round
 * 1626, where a later "he said" had meant "Japanese Trade"); a run opening on a given name is a person all the same
 * ("Treasury Secretary James Baker and Commerce Secretary Malcolm Baldrige").
 */
function officeBeforeAnd(tokens: Token[], text: string, from: number, k: number): boolean {
  if (tokens[k]?.lower !== 'and' || givenSex(text.slice(tokens[from]!.start, tokens[from]!.end)))
    return false;
  // (… and so is one holding its own title: "Commerce Secretary Malcolm Baldrige and Defence Secretary …")
  for (let j = from; j < k; j++) if (TITLES.has(tokens[j]!.lower)) return false;
  for (let j = k + 1; j <= k + 3 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (!startsUpper(text, t)) return false;
    if (TITLES.has(t.lower)) return j > k + 1;
  }
  return false;
}

/** The surname before a possessive mark at `mark` ("Mr Nogar's"), when a capitalised name stands there. */
function familySurname(tokens: Token[], text: string, mark: number): string | null {
  const t = tokens[mark];
  const surname = tokens[mark - 1];
  if (!t || !isPossessiveMark(t) || !surname || surname.pos !== 'PROPN') return null;
  return startsUpper(text, surname) ? text.slice(surname.start, surname.end) : null;
}

// kin words that say the sex of the person named right after them ("his wife Irene Brandt")
const KIN_SEX: Readonly<Record<string, Gender>> = {
  wife: 'f',
  mother: 'f',
  daughter: 'f',
  sister: 'f',
  widow: 'f',
  girlfriend: 'f',
  husband: 'm',
  father: 'm',
  son: 'm',
  brother: 'm',
  widower: 'm',
  boyfriend: 'm',
};

/**
 * The sex a kin word says in an apposition right after a name ending at `to`: ", his third wife", ", 38, her
 * husband", else null.
 */
function appositiveKin(tokens: Token[], to: number): Gender | null {
  let k = to + 1;
  if (tokens[k]?.lower !== ',') return null;
  k++;
  // (an age set off by commas first: ", 38, his wife")
  if (tokens[k]?.pos === 'NUM' && tokens[k + 1]?.lower === ',') k += 2;
  if (!/^(?:his|her|their)$/.test(tokens[k]?.lower ?? '')) return null;
  k++;
  while (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'NUM') k++;
  return KIN_SEX[tokens[k]?.lower ?? ''] ?? null;
}

/** Whether the name opening at `from` is "Al" or "El" before a body's name ("Al Qaeda"): no person's. */
function articleBody(tokens: Token[], from: number): boolean {
  const article = tokens[from]!.lower;
  // ("Al-Qaeda" may come as one token or three: "al", "-", "qaeda")
  const next = tokens[from + 1]?.lower === '-' ? tokens[from + 2] : tokens[from + 1];
  return (article === 'al' || article === 'el') && ARTICLE_BODIES.has(next?.lower ?? '');
}

/** The sex a full name's given name says, when it is a common name given almost only to women or to men. */
function givenSex(full: string): Gender | null {
  // ("Íngrid Betancourt": the lists write given names without accents)
  const given = withoutAccents(full.split(/\s+/)[0]!.toLowerCase());
  // ("Marie-Jeanne Ion", "Jean-Pierre Raffarin": a hyphened given name has the sex of its first part)
  const first = given.split('-')[0]!;
  for (const name of given === first ? [given] : [given, first])
    if (FEMALE_GIVEN_NAMES.has(name) || MALE_GIVEN_NAMES.has(name))
      return FEMALE_GIVEN_NAMES.has(name) ? 'f' : 'm';
  return null;
}

interface Mention {
  seg: number;
  at: number;
  name: string;
  /** Set for a person the article describes without a name ("The head of the police's internal investigators"). */
  display?: string;
  /** Named after a preposition or as an object: talked about rather than acting. */
  oblique?: boolean;
  /** The name as written at this mention, when it was written in full ("Louise Turpin"). */
  full?: string;
  /** A he/she resolved to this person. */
  pronoun?: boolean;
  /** That pronoun is an object ("to him"), not a subject or a possessive ("Her rival"). */
  object?: boolean;
  /** Named as the subject of a verb of saying ("…, Lord Rennard said."): who a later "he said" most likely is. */
  reporter?: boolean;
  /** Named after "according to" ("According to analyst Hazem al-Nuaeimi, …"), a reporter too. */
  according?: boolean;
  /** Written before a lower-case noun it describes ("Houthi military spokesperson Yahya Sarea"). */
  modifier?: boolean;
  /** Named as the one a question was put to ("asking Clinton if he had …"): who answers in the words after. */
  asked?: boolean;
  /**
   * Someone not named in the tag closing a sentence ("…, a spokesman said."), who reports all of it: the "he said" of
   * the next sentence goes on with them, not with a person the reported words name.
   */
  tag?: boolean;
}

const byPlace = (a: Mention, b: Mention) => a.seg - b.seg || a.at - b.at;

/**
 * Puts the mentions back in reading order after some were added at the end, from index `from`, in reading order
 * (or from the sentence's end back, with `reversed`). A sentence's new mentions nearly always come after the ones
 * before them, so the whole list is sorted only when they do not (it was sorted once or twice per sentence, quadratic
 * in an article's names). The order is the one a stable sort gives: ties keep the order they were added in, so new
 * mentions read backwards must be strictly in reverse order to be simply turned round.
 */
function settle(mentions: Mention[], from: number, reversed = false): void {
  let ordered = true;
  for (let i = from + 1; i < mentions.length && ordered; i++) {
    const c = byPlace(mentions[i - 1]!, mentions[i]!);
    ordered = reversed ? c > 0 : c <= 0;
  }
  if (ordered && reversed)
    for (let i = from, j = mentions.length - 1; i < j; i++, j--)
      [mentions[i], mentions[j]] = [mentions[j]!, mentions[i]!];
  const last = mentions[from - 1];
  const first = mentions[from];
  if (!ordered || (last && first && byPlace(last, first) > 0)) mentions.sort(byPlace);
}

const WINDOW = 2;

// what may stand in a subject's phrase before a name in it: "the notion that Romney …" (cataphoricSubject)
const SUBJECT_LEAD = /^(?:DET|ADJ|NOUN|SCONJ|ADP)$/;

/** Whether a mention or a group stands before (seg, at) in that sentence or the previous two. */
// (one function for every call that keeps all mentions, not a new closure per call: tsx names each closure it makes)
const keepAll = (): boolean => true;

function nearBefore(m: { seg: number; at: number }, seg: number, at: number): boolean {
  return m.seg >= seg - WINDOW && (m.seg < seg || (m.seg === seg && m.at < at));
}
// a country's dotted initials opening a body's name ("U.S.", "U.K.")
const DOTTED_COUNTRY = /^(?:\p{Lu}\.){2,3}$/u;
// "Chinese CDC": a word, then an acronym (a constant: tsx builds a \p{…} pattern written inline anew on every call)
const NATIONAL_ACRONYM = /^(\S+)\s+(\p{Lu}{2,7})$/u;

// the first letters of he, she and their forms (MALE, FEMALE), a bit each (five bits of the letter's code, so a clash
// only costs the look-up): learnGenders asks of every word, and most open with another letter, answered without a
// look-up in either list
const PRONOUN_INITIALS = [...MALE, ...FEMALE].reduce(
  (m, w) => m | (1 << (w.charCodeAt(0) & 31)),
  0,
);
const OPENERS = new Set(['ADJ', 'ADV', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'NUM']);
const PRE_TITLES = new Set([
  'former',
  'late',
  'retired',
  'incumbent',
  'acting',
  'outgoing',
  'then',
]);

/**
 * The people an article names, in order: fullest forms ("Myers" → "Matt Myers"), titles ("the president"),
 * genders learnt from honorifics and from pronouns resolved to them, and who was named last before a point.
 */
export class People {
  private forms = new NameForms();
  private gender = new Map<string, Gender>();
  private mentions: Mention[] = [];
  private groups: Mention[] = [];
  private kinSex = new Map<string, Gender>();
  private nameSex = new Map<string, Gender | null>();
  // name keys written in full with a given name of unknown sex ("Ozzy Osbourne"): a relative's given name under the
  // same key ("Sharon Osbourne") says nothing of this one's
  private unsexedFull = new Set<string>();
  /** Name keys the article shows to be a body's (bodyRunWords): no he or she stands for them. */
  private bodies = new Set<string>();

  private acronyms = new Map<string, string>();
  /** The names written out in capitalised words, by their initials; null where two names share them. */
  private byInitials = new Map<string, string | null>();
  private headlineNames = new Map<string, string>();
  private headlineWords: string[] = [];
  /** Capitalised offices as subjects, their holders to be found once the article is read (`settleOffices`). */
  private pendingOffices: { seg: number; at: number; office: string; reporter: boolean }[] = [];
  /** The office `officeKey` gave the person the story is about, once it gave one. */
  private inferredOffices = new Map<string, string>();
  /** Whether the body writes a word as a word of its own (given by `settleOffices`). */
  private inBody: (word: string) => boolean = () => false;
  /** The sentences that are all quotation: a pronoun's window of sentences looks past them. */
  private quotedOnly = new Set<number>();
  /** The sentences that open inside a quotation: a tag in them closes the quotation's sentences before. */
  private opensQuoted = new Set<number>();

  /** `lowerWords`: every word the article writes in lower case (lowerCaseWords), to tell a common noun from a name. */
  constructor(private readonly lowerWords: LowerCaseWords = new Set()) {}

  /**
   * "“I should like to thank (sporting director) Frank Arnesen …” … Arnesen said": a full name given only inside a
   * quotation is a fuller form of a name the article gives outside one; it names nobody speaking, so it adds a form
   * and no mention. Called once every sentence's names are known.
   */
  addQuotedForms(seg: number, tokens: Token[], text: string, quoted: boolean[]): void {
    for (let k = tokens.length - 1; k >= 0; k--) {
      if (!quoted[k] || !inName(tokens, text, k)) continue;
      let from = k;
      while (from > 0 && quoted[from - 1] && inName(tokens, text, from - 1)) from--;
      // "“If Lai was executed three times over, …”": a word capitalised only because it opens the quotation
      if (from < k && !quoted[from - 1] && OPENERS.has(tokens[from]!.pos)) from++;
      const name = personName(tokens, text, { from, to: k });
      k = from;
      if (!name || name.to === name.from) continue;
      const key = nameKey(tokens[name.to]!.lower);
      if (this.forms.count(key) === 0) continue;
      const written = text.slice(tokens[name.from]!.start, tokens[name.to]!.end);
      this.forms.add(key, written, seg * 1e6 + tokens[name.from]!.start);
    }
  }

  /** Records every name of one sentence; call once per sentence in article order. */
  addSentence(seg: number, tokens: Token[], text: string, quoted: boolean[]): void {
    if (tokens.every((t, i) => quoted[i] || t.pos === 'PUNCT')) this.quotedOnly.add(seg);
    if (quoted[0] || quoted[1]) this.opensQuoted.add(seg);
    if (text.includes('(') || text.includes(', or '))
      for (const [short, name] of acronymsIn(tokens, text)) this.acronyms.set(short, name);
    const added = this.mentions.length;
    let k = tokens.length - 1;
    while (k >= 0) {
      if (quoted[k] || !inName(tokens, text, k)) {
        k--;
        continue;
      }
      let from = k;
      while (from > 0 && !quoted[from - 1] && inName(tokens, text, from - 1)) from--;
      // "Former Trump adviser …": a word capitalised only because it opens the sentence
      const opener = tokens[0]!;
      // ("-Could Isaac Herzog become …?": a dash opening a line is a list's bullet, no hyphen inside a name)
      if (
        from === 0 &&
        from < k &&
        (opener.lower === '-' || OPENERS.has(opener.pos) || PRE_TITLES.has(opener.lower))
      )
        from++;
      // "[Read: Could Isaac Herzog become Israel’s next prime minister?]": an auxiliary opening a question, capitalised
      // as a clause's first word, is no part of the name after it (blind round 625)
      if (
        from < k &&
        tokens[from]!.pos === 'AUX' &&
        (from === 0 || tokens[from - 1]!.pos === 'PUNCT') &&
        tokens.some((t, i) => i > k && t.lower === '?')
      )
        from++;
      if (from < k) this.addInitials(tokens, text, from, k);
      const np: Phrase = { from, to: k };
      // where a long title joined by "of" or "for" to the run starts ("Director of | Air Force …"), or `from`
      const titleStart = titleStartOver(tokens, text, from);
      // "The Assistive Mouse Adapter (AMA)": a run of capitals given its initials in brackets names a body or a
      // thing, never a person
      const initialled =
        tokens[k + 1]?.lower === '(' &&
        tokens[k + 3]?.lower === ')' &&
        ALL_CAPITALS.test(text.slice(tokens[k + 2]?.start ?? 0, tokens[k + 2]?.end ?? 0));
      // "to help keep alive their Grand Slam hopes": capitals right after a possessive name a thing of theirs
      // … also past an ordinal or an adjective: "After claiming their first Triple Crown, Wood tips …"
      let own = from - 1;
      while (own > from - 3 && own > 0 && ['ADJ', 'NUM'].includes(tokens[own]!.pos)) own--;
      const owned = POSSESSIVES.has(tokens[own]?.lower ?? '') && !isPossessiveMark(tokens[own]);
      // ("Sale Sharks director of rugby Philippe Saint-Andre": a run before a lower-case title that a name follows
      // is the body the person works for, no one's name)
      // "The film, A Different Story, chronicles …": no person's name follows "a" or "an"; a title or a body's does
      const indefinite = isIndefinite(tokens[from - 1]?.lower) || isIndefinite(tokens[from]!.lower);
      // "Scott's company Scott Free", "the electronics firm Montrose Secam": a run right after a lower-case body's
      // word names that body
      const body = tokens[from - 1];
      // … but an office opening the run is a person's, the body word the employer: "bank Vice-President S. Stanley
      // Katz said" (Reuters-21578, round 1448)
      const bodyNamed =
        !!body &&
        BODY_ONLY_KINDS.has(body.lower) &&
        !startsUpper(text, body) &&
        !(from < k && isTitle(tokens[from]!.lower, false));
      for (const word of bodyRunWords(text, tokens, from, k)) this.bodies.add(nameKey(word));
      // "the latter's trade union manifesto, In Place of Strife, in 1968, he said" (BBC, blind round 989): a
      // preposition capitalised inside the sentence (after a word or a comma; a dateline's dash or a colon may open a
      // sentence) opens the title of a work, never a person's name
      const work =
        from > 0 &&
        (tokens[from - 1]!.lower === ',' || tokens[from - 1]!.pos !== 'PUNCT') &&
        tokens[from]!.pos === 'ADP' &&
        startsUpper(text, tokens[from]!);
      let name =
        initialled ||
        owned ||
        indefinite ||
        bodyNamed ||
        work ||
        bodyBeforeTitle(tokens, text, k + 1) ||
        officeBeforeAnd(tokens, text, from, k + 1)
          ? null
          : personName(tokens, text, np);
      // "Director of Air Force Communications Tom Reyes" is Tom Reyes: a body word ("Force") read as the title leaves
      // the words after it, so the whole title is read instead
      // (a body word opening the run is the title's own: "Secretary of State Hillary Rodham Clinton")
      // … and "Director of the Museum of Northern Art Tomas Reuter", whose run after "of" alone names no one
      if (!name && titleStart < from) {
        const whole = personName(tokens, text, { from: titleStart, to: k });
        if (whole && whole.from >= from) name = whole;
      } else if (name?.titled && !isTitle(name.titled) && name.from - 1 > from) {
        const whole = personName(tokens, text, { from: longTitleStart(tokens, text, from), to: k });
        if (whole && whole.from > name.from) name = whole;
      }
      // ("Al Qaeda", "Al Jazeera": the Arabic article, not the given name "Al", opens a body's name)
      if (name && articleBody(tokens, name.from)) name = null;
      // ("1986/87 (September-August)": months joined by a hyphen name a season, no one a later "he" may mean,
      // Reuters-21578, round 1232)
      if (name && monthsJoined(tokens, name)) name = null;
      // ("Ginger Baker was born Peter Edward Baker in Lewisham": a name one was born with is no form the article calls
      // the person by; Wikinews, blind round 1659)
      if (name && tokens[name.from - 1]?.lower === 'born' && tokens[name.from - 2]?.lemma === 'be')
        name = null;
      if (name) {
        // 'C.N. "Bud" Moore' is written out whole, the nickname in its marks, as the fullest form the article gives
        // (Reuters-21578, rounds 1142, 1175 and 1202, where every labeller kept it), initials set apart included ('C.
        // J. "Pete" Silas')
        const nick = name.from === name.to && nicknamed(text, tokens, name.from);
        let first = name.from - 4;
        while (nick && first > 0 && spacedInitial(tokens, text, first - 1, first)) first--;
        const written = text.slice(tokens[nick ? first : name.from]!.start, tokens[name.to]!.end);
        const key = nameKey(tokens[name.to]!.lower);
        this.forms.add(key, written, seg * 1e6 + tokens[name.from]!.start);
        // "Sir Howard Newby … Sir Howard said": a knight or a dame is called by title and given name
        if (name.titled && KNIGHTED.has(name.titled) && name.to > name.from)
          this.forms.add(
            nameKey(tokens[name.from]!.lower),
            written,
            seg * 1e6 + tokens[name.from]!.start,
          );
        if (name.titled) this.forms.noteTitle(officeOf(tokens, name.from - 1, name.titled), key);
        const before = tokens[name.from - 1];
        if (before && !name.titled && TITLES.has(before.lower))
          this.forms.noteTitle(officeOf(tokens, name.from - 1, before.lower), key);
        // ("“…,” columnist Ai Jun wrote … “…,” the columnist wrote", PolNeAR round 1761: an occupation before a name
        // is noted too, so "the columnist" later is that person)
        else if (before && !name.titled && OCCUPATIONS.has(before.lower))
          this.forms.noteTitle(before.lower, key);
        // "Prime Minister David Cameron … The Prime Minister said": an office of two capitalised words is noted whole
        // too, so "the Foreign Secretary" is not taken for the Home Secretary
        const word = tokens[name.from - 2];
        if (before && TITLES.has(before.lower) && word?.pos === 'PROPN')
          this.forms.noteTitle(`${word.lower} ${before.lower}`, key);
        for (const title of appositiveTitles(tokens, name.from, name.to))
          this.forms.noteTitle(title, key);
        const office = officeBeforeName(tokens, name.from);
        if (office) this.forms.noteTitle(office, key);
        const honorific = name.titled ? HONORIFIC_GENDER[name.titled] : undefined;
        if (honorific) this.gender.set(key, honorific);
        // "Paul Brandt and his wife Irene Brandt": a kin word right before a full name says that person's sex, kept
        // by the full name as a family shares one surname key
        const kin = KIN_SEX[tokens[name.from - 1]?.lower ?? ''];
        if (kin && name.to > name.from) this.kinSex.set(written, kin);
        // "Thobeka Madiba, 38, his third wife": a kin word in the apposition after a full name says that person's sex
        const kinAfter = name.to > name.from ? appositiveKin(tokens, name.to) : null;
        if (kinAfter && this.nameSex.get(key) === undefined) this.nameSex.set(key, kinAfter);
        // "Mr Nogar's son Stephen, 57, said": a given name alone after a kin word and a named person's
        // possessive shares that person's surname
        const family =
          kin && name.to === name.from ? familySurname(tokens, text, name.from - 2) : null;
        if (family) {
          const full = `${written} ${family}`;
          this.forms.add(key, full, seg * 1e6 + tokens[name.from]!.start);
          this.kinSex.set(full, kin!);
        }
        // "Sen. Jane Roe met with Gov. John Doe. He later said": a given name says the sex when nothing else has
        // "Sen. Jane Roe met with Gov. John Doe. He later said": a given name rules out the other sex (it promotes no
        // one, so a name missing from the list is not passed over); two relatives of both sexes rule out nothing
        // "Michelle, a mother of twins, said": a given name alone that speaks is someone's name all the same
        const given = name.to === name.from && !name.titled && givenAloneSpeaks(tokens, name.to);
        // ("Hood was defended by Michael Clare. … Clare said": a surname that is also a given name, "Clare", says no
        // sex once the article has named its bearer in full)
        const surname = given && this.fullest(key).endsWith(` ${written}`);
        const sex = name.to > name.from || (given && !surname) ? givenSex(written) : null;
        // ("Ozzy Osbourne … his wife … Sharon Osbourne": a full name whose given name says no sex, and nothing beside it
        // says one, keeps the key open to both, as two relatives of both sexes do)
        if (!sex && !kinAfter && name.to > name.from && !this.kinSex.has(written)) {
          this.unsexedFull.add(key);
          if (this.nameSex.get(key)) this.nameSex.set(key, null);
        }
        if (sex)
          this.nameSex.set(
            key,
            !this.unsexedFull.has(key) &&
              (this.nameSex.get(key) === undefined || this.nameSex.get(key) === sex)
              ? sex
              : null,
          );
        // "Turkish president Erdoğan": a one-word name after a lower-case title is a person as surely as a full name
        const afterTitle = !!before && TITLES.has(before.lower);
        // "His wife Sharon, who also appears in the show, agreed": a given name alone after a kin word is a person of
        // that kin word's sex
        const kinned = !!kin && name.to === name.from && !family;
        if (kinned) this.gender.set(key, kin!);
        // ("Podcasts rely on his technology", "Advertising, in his eyes, …": a word capitalised only because it opens
        // the sentence, which the article writes in lower case elsewhere, names no one)
        // (… nor one that is a noun for people or a nationality, whatever the article writes elsewhere: "Children
        // growing up during … “…,” he said", which the tagger read as a name there and a later "he" took for its
        // antecedent, blind round 799)
        const opening = tokens[name.from]!.lower;
        const common =
          name.from === 0 &&
          name.to === name.from &&
          !name.titled &&
          (this.lowerWords.has(opening) || isPersonNoun(opening) || DEMONYMS.has(opening)) &&
          this.forms.count(key) <= 1;
        const person =
          !common &&
          (name.to > name.from ||
            name.titled ||
            afterTitle ||
            given ||
            kinned ||
            ownerOfPronoun(tokens, name.from, name.to) ||
            this.forms.count(key) > 1)
            ? key
            : // ("Buffett said that Berkshire Hathaway will …": a surname alone opening the sentence and saying
              // something is the one a later "he" may mean, as a full name would be, unless it is a family's name)
              (this.familyNameKey(written) ??
              (name.from === 0 && saysNext(tokens, name.to) ? key : null));
        if (person)
          this.mentions.push({
            seg,
            at: tokens[name.from]!.start,
            name: person,
            // ("… director of operations for the Iraqi Armed Forces Hussein Rashid Mohammed was": a body closing a
            // title before the name is the title's, so the whole title's place decides)
            // … but "On Friday Trump indicated he …": a day run into the name is the time phrase's, so the name
            // opens its own clause as that clause's subject
            // ("US Special Representative for Iran Brian Hook said": a run joined by "for" or "of" to the title
            // before it is that title's, so where the whole title stands decides; Wikinews, blind round 1655)
            oblique: isOblique(
              tokens,
              titleStart < from
                ? titleStart
                : (name.titled || datedBefore(tokens, from, name.from)) && name.from > from
                  ? name.from
                  : from,
            ),
            modifier: isModifier(tokens, text, name.to + 1),
            ...(saysNext(tokens, name.to) ? { reporter: true } : {}),
            ...(accordingBefore(tokens, from) ? { reporter: true, according: true } : {}),
            ...(askedBefore(tokens, from, name.to) ? { asked: true } : {}),
            ...(/\s/.test(written) ? { full: written } : {}),
          });
      }
      k = Math.min(from, name ? name.from : k) - 1;
    }
    this.addJoinedInitials(tokens, text, quoted);
    // the names were read from the sentence's end back
    settle(this.mentions, added, true);
    this.addUnnamedSubject(seg, tokens, text, quoted);
    // (the closing tag read once: three of the readers below ask for it)
    const tag = closingTagSubject(tokens, quoted);
    this.addUnnamedTag(seg, tokens, text, tag);
    this.addDescribedAgain(seg, tokens, quoted, tag);
    this.addTitledSubject(seg, tokens, text, quoted, tag);
    this.learnGenders(seg, tokens, quoted);
  }

  /**
   * "A spokesman for the Harbour Trust said the pier would shut. “…,” he said.": an unnamed person introduced as a
   * sentence's subject is someone a later he/she may point to, as the article describes them. (Only looked for when
   * an indefinite word opens one of the sentence's first words: most sentences have none.)
   */
  private addUnnamedSubject(seg: number, tokens: Token[], text: string, quoted: boolean[]): void {
    // "…, according to an ntl spokesman, are in a better position. “…,” he asked.": the source of "according to"
    // is someone a later he/she may mean too
    const according = tokens.findIndex(
      (t, k) => t.lower === 'according' && tokens[k + 1]?.lower === 'to' && !quoted[k],
    );
    const source = according >= 0 ? phraseAfter(tokens, according + 1) : null;
    const cited = !!source && /^an?$/.test(tokens[source.from]!.lower);
    let opens = cited;
    for (let k = 0; k < tokens.length && k < 8 && !opens; k++)
      opens =
        !quoted[k] &&
        (tokens[k]!.lower === 'a' ||
          tokens[k]!.lower === 'an' ||
          // ("Another manager said the Japanese are waiting … “…,” he said", Reuters-21578, round 1217)
          tokens[k]!.lower === 'another' ||
          (tokens[k]!.lower === 'one' && tokens[k + 1]?.lower === 'of') ||
          // ("One tabloid journalist, who insisted on anonymity, lamented what he called …", Dragnet page of the New
          // York Times, blind round 966; "However, one fund manager does not agree …", round 1217)
          (tokens[k]!.lower === 'one' && /^(?:ADJ|NOUN|PROPN)$/.test(tokens[k + 1]?.pos ?? '')) ||
          (k === 0 && tokens[k]!.lower === 'the' && ownerBefore(tokens)) ||
          // "Ion's father, who is a senator, urged …. He said": a relative of someone named, unnamed himself
          (k === 0 &&
            tokens[0]!.pos === 'PROPN' &&
            isPossessiveMark(tokens[1]) &&
            KIN_SEX[tokens[2]?.lower ?? ''] !== undefined));
    if (!opens) return;
    const subject = cited ? source : sentenceSubject(tokens);
    if (!subject || quoted[subject.from]) return;
    // ("One veteran debt rescheduler said Volcker deserves credit … “…,” he said.": one who says something is
    // someone a later he/she may mean, as a named reporter is, before a man named in what they said, even when the
    // noun is in no list of people, Reuters-21578, round 1163)
    const says = cited || saysNext(tokens, subject.to);
    // (… only someone introduced so: "The CME's top policymaker also said" points back to the chairman named before,
    // round 1179)
    const introduced = INDEFINITE.has(tokens[subject.from]!.lower);
    const person = says && introduced ? personOrAgent : personOrChild;
    const unnamed = unnamedSubject(tokens, text, subject, person, cited);
    if (!unnamed) return;
    this.addUnnamed(seg, unnamed, {
      ...(says ? { reporter: true } : {}),
      ...(cited ? { according: true } : {}),
    });
  }

  /** Records someone not named, with the sex their noun says ("spokeswoman"), as a mention a he/she may point to. */
  private addUnnamed(
    seg: number,
    unnamed: { at: number; display: string; head: string },
    flags: { reporter?: true; according?: true; tag?: true },
  ): void {
    const name = unnamed.display.toLowerCase();
    const sex = nounSex(unnamed.head);
    if (sex) this.gender.set(name, sex);
    this.mentions.push({ seg, at: unnamed.at, name, display: unnamed.display, ...flags });
    settle(this.mentions, this.mentions.length - 1);
  }

  /**
   * "The Bank of Japan is satisfied with the yen, a senior central bank official told reporters. He said …", "“…,”
   * one broker here said.": an unnamed person in the tag closing a sentence is someone a later he/she may point to,
   * as a sentence's subject is (Reuters-21578, rounds 1177 and 1182: "he" had reached past them to a man named in
   * between).
   */
  private addUnnamedTag(seg: number, tokens: Token[], text: string, tag: Phrase | null): void {
    if (!tag || !INDEFINITE.has(tokens[tag.from]!.lower)) return;
    const unnamed = unnamedSubject(tokens, text, tag, personOrAgent);
    if (!unnamed) return;
    this.addUnnamed(seg, unnamed, { reporter: true, tag: true });
  }

  /**
   * "“…,” one broker here said. … The broker, who requested anonymity, said his customers had stopped … “…,” he
   * said.": "the" and the words an unnamed person was introduced by, as the subject of a verb of saying opening the
   * sentence or in its closing tag ("…, the senior bank official said"), name that person again, so a later he/she
   * points back to them, not to a man named further back (Reuters-21578, rounds 1177 and 1182).
   */
  private addDescribedAgain(
    seg: number,
    tokens: Token[],
    quoted: boolean[],
    tag: Phrase | null,
  ): void {
    const opening = tokens[0]?.lower === 'the' && !quoted[0] ? sentenceSubject(tokens) : null;
    const fronted = !!opening && opening.from === 0 && saysNext(tokens, opening.to);
    const subject = fronted ? opening : tag;
    if (!subject || tokens[subject.from]!.lower !== 'the') return;
    const words = tokens.slice(subject.from + 1, subject.to + 1);
    if (
      tokens[subject.to]!.pos !== 'NOUN' ||
      words.some(
        (t, j) => !/^(?:ADJ|NOUN|PROPN)$/.test(t.pos) && !isNameOf(tokens, subject.from + 1 + j),
      )
    )
      return;
    const earlier = this.introducedAs(
      seg,
      words.map((t) => t.lower),
    );
    if (!earlier) return;
    this.mentions.push({
      ...earlier,
      seg,
      at: tokens[subject.from]!.start,
      reporter: true,
      ...(fronted ? {} : { tag: true }),
    });
    settle(this.mentions, this.mentions.length - 1);
  }

  /**
   * The latest unnamed person introduced before `seg` whose description's head is the last of `words` and holds the
   * others before it ("the senior bank official" → "a senior central bank official"; "the driver" is not "A lawyer for
   * the driver", whose head is "lawyer"), however far back: a wire story keeps "one Western diplomat" for twenty
   * paragraphs (Reuters-21578, round 1198).
   */
  private introducedAs(seg: number, words: string[]): Mention | undefined {
    const noun = words[words.length - 1]!;
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const m = this.mentions[k]!;
      if (m.seg >= seg || !m.display || m.pronoun) continue;
      const { words: own, head } = descriptionHead(m.display);
      if (!INDEFINITE.has(own[0]!)) continue;
      if (own[head] === noun && words.every((w) => own.slice(1, head + 1).includes(w))) return m;
    }
    return undefined;
  }

  // "Xi Jinping … Xi called": a first word named alone points to the full name given before, keyed by its last word
  private familyNameKey(written: string): string | null {
    const full = this.forms.fullest(written);
    if (full === written || !/\s/.test(full)) return null;
    return nameKey(lastNamePiece(full));
  }

  /**
   * Follows he/she chains: each pronoun outside quotes is resolved in reading order and becomes a mention itself,
   * so "She told the court … She told a guard" keeps pointing at the woman named sentences earlier.
   */
  private learnGenders(seg: number, tokens: Token[], quoted: boolean[]): void {
    const added = this.mentions.length;
    tokens.forEach((t, i) => {
      if (quoted[i] || (PRONOUN_INITIALS & (1 << (t.lower.charCodeAt(0) & 31))) === 0) return;
      if (!(MALE.has(t.lower) || FEMALE.has(t.lower))) return;
      // ("Dementieva … says that Dechy and herself are the real victims": a reflexive repeats its clause's subject,
      // who is named already, and points no later "she" elsewhere)
      if (t.lower === 'herself' || t.lower === 'himself') return;
      // "Pike asked him": an object pronoun is not the subject of its own clause
      const next = tokens[i + 1];
      const object =
        t.lower === 'him' ||
        (t.lower === 'her' && !['NOUN', 'ADJ', 'PROPN'].includes(next?.pos ?? ''));
      // "His party leader, Michael Howard, argued …": a possessive describes the noun after it, like a name before a
      // noun, so it is no subject a later "he said" points back to
      const possessive = t.lower === 'his' || (t.lower === 'her' && !object);
      // "And Tony Blair would lead the campaign, he said.": the speaker of a tag closing the sentence is not a person
      // named in the words it reports
      // (… nor is the agent of a passive clause set before the pronoun: "When challenged by Bollinger … he stated")
      const tag = isTagPronoun(tokens, i) || frontedPassive(tokens, i);
      const from = isTagPronoun(tokens, i)
        ? tokens[taggedClauseStart(quoted, i, tokens)]!.start
        : 0;
      const reported = tag
        ? new Set(
            this.mentions
              .filter((x) => x.seg === seg && x.at < t.start && x.at >= from)
              .map((x) => x.name),
          )
        : undefined;
      const want: Gender = MALE.has(t.lower) ? 'm' : 'f';
      const m =
        this.cataphoricSubject(seg, tokens, i, want) ??
        this.pickFor(want, seg, t.start, object, t.lower === 'her', reported);
      if (m)
        this.mentions.push({
          ...m,
          seg,
          at: t.start,
          oblique: isOblique(tokens, i),
          pronoun: true,
          ...(object ? { object: true } : {}),
          ...(possessive ? { modifier: true } : {}),
        });
    });
    settle(this.mentions, added);
  }

  /**
   * "Asked whether she would run again, Murkowski laughed.", "Although he lost, Tom Hale said …": a he/she in a
   * clause set before the sentence's subject (a participle or a word of time, cause or concession opening the
   * sentence, closed by a comma) looks ahead to that subject, a person named right after the comma who may be of the
   * pronoun's sex, or one named in the subject's phrase right after "that" or "of" ("the notion that Romney …").
   * Undefined otherwise.
   */
  private cataphoricSubject(
    seg: number,
    tokens: Token[],
    i: number,
    want: Gender,
  ): Mention | undefined {
    const first = tokens[0];
    if (!first) return undefined;
    const fronted =
      SUBORDINATORS.has(first.lower) || (first.pos === 'VERB' && /(?:ed|ing)$/.test(first.lower));
    if (!fronted) return undefined;
    let comma = i + 1;
    while (comma < tokens.length && tokens[comma]!.lower !== ',') comma++;
    if (comma >= tokens.length || tokens.slice(0, i).some((t) => t.lower === ',')) return undefined;
    // ("While he may be sincere …, the notion that Romney would be the best candidate is puzzling": the name may stand
    // inside the subject's phrase, after a determiner, nouns and "that" or "of"; "Even as he pledged …, leading Joint
    // List MK Ahmad Tibi bemoaned": or after a modifier in -ing)
    let k = comma + 1;
    while (
      k <= comma + 5 &&
      tokens[k] &&
      tokens[k]!.pos !== 'PROPN' &&
      (SUBJECT_LEAD.test(tokens[k]!.pos) ||
        tokens[k]!.lower === 'that' ||
        tokens[k]!.lower.endsWith('ing'))
    )
      k++;
    if (k > comma + 1 && !/^(?:that|of)$|ing$/.test(tokens[k - 1]!.lower)) return undefined;
    const after = tokens[k];
    if (!after || after.pos !== 'PROPN') return undefined;
    const m = this.mentions.find(
      (x) =>
        x.seg === seg && !x.pronoun && x.at >= after.start && x.at <= after.end + 40 && !x.oblique,
    );
    if (!m || (this.gender.get(m.name) ?? this.nameSex.get(m.name) ?? want) !== want)
      return undefined;
    return m;
  }

  /** Records a body or group found speaking ("Thames Valley Police", "U.S. officials") for a later "they said". */
  addGroup(seg: number, at: number, display: string): void {
    this.groups.push({ seg, at, name: display.toLowerCase(), display });
  }

  /**
   * A description read as a person the article named ("the Republican presidential candidate said" → Donald Trump)
   * mentions that person there, so a "he" after it means him, not someone named before it (PolNeAR round 1753).
   */
  addDescribedPerson(seg: number, at: number, speaker: string): void {
    const key = nameKey(lastNamePiece(speaker));
    if (this.forms.count(key)) this.addHolderMention(seg, at, key, true);
  }

  /** Records an unnamed person found speaking, so a later "she said" can point back to them. */
  addSpeaker(seg: number, at: number, display: string): void {
    this.mentions.push({ seg, at, name: display.toLowerCase(), display });
    settle(this.mentions, this.mentions.length - 1);
  }

  /**
   * "The WHO" → "World Health Organization" when the article spelt the acronym out in brackets ("the World Health
   * Organization (WHO)", "AEW (All Elite Wrestling)"); any other speaker as it is.
   */
  spelledOut(speaker: string): string {
    let short = speaker.replace(/^the\s+/i, '');
    // ("the Chinese CDC" for "the Chinese Center for Disease Control and Prevention": a nationality before the
    // acronym, which addInitials leaves out of the initials too)
    const national = NATIONAL_ACRONYM.exec(short);
    if (national && DEMONYMS.has(national[1]!.toLowerCase()) && this.byInitials.get(national[2]!))
      short = national[2]!;
    // "Tokyo Electric Power Company (TEPCO)" … "Tepco said": British style writes a spoken acronym as a word
    const defined =
      this.acronyms.get(short) ??
      (/^\p{Lu}\p{Ll}+$/u.test(short) ? this.acronyms.get(short.toUpperCase()) : undefined);
    if (defined) return defined;
    // "British Airways is to halt its flights … which it says …" under the headline "BA to suspend …": news often
    // shortens a name it wrote out to initials without defining them, so one name with those initials is meant
    const initialed = /^\p{Lu}{2,7}$/u.test(short) ? this.byInitials.get(short) : undefined;
    if (initialed) return initialed;
    // 'ABRAMS SAYS HE "HONEST BUT WRONG"' … "Assistant Secretary of State Elliott Abrams said" (Reuters-21578, round
    // 1429): a surname in a headline in capitals is the person the story names in full
    if (/^\p{Lu}{3,}$/u.test(short)) {
      const full = this.forms.fullest(short[0] + short.slice(1).toLowerCase());
      if (/\s/.test(full)) return full;
    }
    return speaker;
  }

  /**
   * "The International Association of Athletics Federations will appeal … An IAAF statement said": a body's name joined
   * by small words ("of", "for", "and") is one run for its initials, which the name reader splits at the small word.
   */
  private addJoinedInitials(tokens: Token[], text: string, quoted: boolean[]): void {
    for (let k = 0; k < tokens.length; k++) {
      if (!capitalAt(tokens, text, quoted, k)) continue;
      // the run of capitalised words, stepping over one small word between two of them
      let end = k;
      let joined = false;
      for (;;) {
        if (capitalAt(tokens, text, quoted, end + 1)) end++;
        else if (
          isNameJoiner(tokens[end + 1]?.lower ?? '') &&
          capitalAt(tokens, text, quoted, end + 2)
        ) {
          end += 2;
          joined = true;
        } else break;
      }
      if (joined) this.addInitials(tokens, text, tokens[k]!.lower === 'the' ? k + 1 : k, end);
      k = end;
    }
  }

  /** Notes the initials of a run of capitalised words (tokens from..to), for an acronym never defined. */
  private addInitials(tokens: Token[], text: string, from: number, to: number): void {
    const words = tokens.slice(from, to + 1).map((t) => text.slice(t.start, t.end));
    const name = text.slice(tokens[from]!.start, tokens[to]!.end);
    // "the Chinese Center for Disease Control and Prevention … The CDC assured …" (AEB page of Smithsonian, blind
    // round 898): the acronym may leave out a nationality opening the name and a last part joined by "and"
    // … or a country's dotted initials ("the U.S. Department of Transportation … the DOT said", Reuters-21578,
    // rounds 1338 and 1487)
    const national =
      DEMONYMS.has(words[0]!.toLowerCase()) || DOTTED_COUNTRY.test(words[0]!) ? 1 : 0;
    const and = words.lastIndexOf('and');
    const ends = and > national + 1 ? [words.length, and] : [words.length];
    // (… and "of" may give its letter: the Department of Transportation is the DOT, as the Ministry of Manpower is MOM)
    const spellings = words.includes('of')
      ? [words, words.map((w) => (w === 'of' ? 'O' : w))]
      : [words];
    for (const spelled of spellings)
      for (const start of national ? [0, 1] : [0])
        for (const end of ends) {
          const short = initialsOfRun(spelled.slice(start, end));
          if (!short) continue;
          const seen = this.byInitials.get(short);
          this.byInitials.set(short, seen === undefined || seen === name ? name : null);
        }
  }

  /** Every written form of the names ending in this word ("Lord Sainsbury", "David Sainsbury"). */
  formsOf(word: string): readonly string[] {
    return this.forms.all(word);
  }

  /** Whether the article named someone whose name ends in this word ("Reyes" for "Tom Reyes"). */
  knowsName(word: string): boolean {
    return this.forms.count(word) > 0;
  }

  /**
   * Records the full names a headline gives as a common given name and a capitalised word ("Jane Roe visits Oslo"):
   * only these, as a headline in title case capitalises every word.
   */
  addHeadline(tokens: Token[], text: string): void {
    this.headlineWords = text.split(/\s+/).map((w) => w.replace(/[^\p{L}'-]+$/u, ''));
    for (let k = 1; k < tokens.length; k++) {
      const given = tokens[k - 1]!;
      if (!isCommonGivenName(given.lower)) continue;
      const surname = tokens[k]!;
      const c = text[surname.start] ?? '';
      const word = text.slice(surname.start, surname.end);
      if (c === c.toLowerCase() || !/^\p{L}+$/u.test(word)) continue;
      const key = nameKey(word);
      if (!this.headlineNames.has(key))
        this.headlineNames.set(key, text.slice(given.start, surname.end));
    }
  }

  /**
   * "Press secretary Sarah Sanders … Sen. Bernie Sanders of Vermont … Sanders said": when two people no kin word
   * relates share a surname, a bare surname at (`seg`, `at`) is the one named in full most recently within the window
   * (news names again whom it goes on about); otherwise, as `fullest` says, the one named first.
   */
  fullestAt(written: string, seg: number, at: number): string {
    const full = this.fullest(written);
    if (/\s/.test(written)) return full;
    const key = nameKey(lastNamePiece(written));
    if (!this.forms.isFamily(key) || this.forms.all(key).some((f) => this.kinSex.has(f)))
      return full;
    const start = this.windowStart(seg);
    let last: Mention | undefined;
    for (const m of this.mentions)
      if (
        m.name === key &&
        m.full &&
        !m.pronoun &&
        m.seg >= start &&
        (m.seg < seg || (m.seg === seg && m.at < at)) &&
        (!last || m.seg > last.seg || (m.seg === last.seg && m.at > last.at))
      )
        last = m;
    // ("Senator Hannah Rook Carver toured the plant with her husband, former governor Paul Carver": both named in
    // one sentence, the one named first is meant, as `fullest` says)
    if (
      !last ||
      this.mentions.some(
        (m) => m.seg === last.seg && m.name === key && m.full && m.full !== last.full,
      )
    )
      return full;
    return last.full!;
  }

  /**
   * `fullestAt` for a surname an honorific gave a sex ("Miss Lawson"), unless the full name found is of the other sex
   * by its given name ("Nigel Lawson", her father): then the headline's given name and that surname ("Nigella Lawson
   * reveals: …", Dragnet page of the Daily Express, blind round 952), or the surname alone.
   */
  fullestOfSex(written: string, sex: Gender, seg: number, at: number): string {
    const full = this.fullestAt(written, seg, at);
    if (givenSex(full) !== (sex === 'm' ? 'f' : 'm')) return full;
    const k = this.headlineWords.indexOf(written);
    const given = k > 0 ? this.headlineWords[k - 1]! : '';
    return /^\p{Lu}\p{Ll}+$/u.test(given) && givenSex(given) !== givenSex(full)
      ? `${given} ${written}`
      : written;
  }

  /**
   * The fullest form of a name seen in the article, or the name as written when two people share it. A surname the
   * body never gives in full takes the full name the headline gave ("Jane Roe opens the fair" … "Ms. Roe said").
   */
  fullest(written: string): string {
    const full = this.forms.fullest(written);
    if (/\s/.test(full)) return this.withMiddleNames(full);
    const headlined = this.headlinedLonger(written);
    if (headlined) return headlined;
    if (this.headlineNames.size === 0) return full;
    return this.headlineNames.get(nameKey(full)) ?? full;
  }

  /**
   * "Kim Jong Nam … Kim Jong Un … said Kim": a family name written first and alone, shared by several full names, is
   * the one the headline names (the story's subject), when exactly one of them is there.
   */
  private headlinedLonger(written: string): string | null {
    if (/\s/.test(written) || this.headlineWords.length === 0) return null;
    const longer = this.forms.longerForms(written);
    if (longer.length < 2) return null;
    const inHeadline = longer.filter((f) =>
      f.split(/\s+/).every((w) => this.headlineWords.includes(w)),
    );
    return inHeadline.length === 1 ? inHeadline[0]! : null;
  }

  /**
   * "Rami Nasser Haddad freed" over a body that only says "Rami Haddad": the headline's form with the same first and
   * last words and one or two capitalised middle names between them.
   */
  private withMiddleNames(full: string): string {
    const words = this.headlineWords;
    if (words.length === 0) return full;
    const parts = full.split(/\s+/);
    if (parts.length !== 2) return full;
    for (let i = words.indexOf(parts[0]!); i >= 0; i = words.indexOf(parts[0]!, i + 1))
      for (let j = i + 2; j <= i + 3 && j < words.length; j++) {
        if (words[j] !== parts[1]) continue;
        const middle = words.slice(i + 1, j);
        if (middle.every((w) => /^\p{Lu}\p{L}*$/u.test(w))) return words.slice(i, j + 1).join(' ');
      }
    return full;
  }

  /**
   * Whether "he"/"she" at (seg, at) may stand for `speaker`, quoted last at (fromSeg, fromAt): nobody else named in
   * between, and the speaker not known to be of the other sex. "“…,” Mitsotakis said. … “…,” he added."
   */
  continues(
    pronoun: string,
    speaker: string,
    fromSeg: number,
    fromAt: number,
    seg: number,
    at: number,
  ): boolean {
    const want: Gender = MALE.has(pronoun) ? 'm' : 'f';
    const key = nameKey(lastNamePiece(speaker));
    const sex = this.gender.get(key) ?? this.nameSex.get(key);
    if (sex && sex !== want) return false;
    const after = (m: Mention, s: number, a: number) => m.seg > s || (m.seg === s && m.at > a);
    return this.mentions.every(
      (m) => !after(m, fromSeg, fromAt) || after(m, seg, at - 1) || m.name === key,
    );
  }

  /** The person most often mentioned who carried this title ("the president" → "Donald Trump"), if any. */
  byTitle(title: string, seg: number, at: number): string | null {
    const key = this.holderKey(title, seg, at);
    return key ? this.fullest(key) : null;
  }

  /**
   * "Tory co-chairman Liam Fox … The Tory co-chairman attacked …": the one person named before (seg, at) with this
   * title, or null when there are none or several.
   */
  soleHolder(title: string, seg: number, at: number): string | null {
    const named = [...this.forms.holders(title)].filter((key) =>
      this.mentions.some((m) => m.name === key && (m.seg < seg || (m.seg === seg && m.at < at))),
    );
    return named.length === 1 ? this.fullest(named[0]!) : null;
  }

  /**
   * "Dominic Raab: Government can't make apologies …" … "the Foreign Secretary defended …": a capitalised office that
   * nobody in the article was given is held by the person the story is about (`protagonist`), when he or she was
   * given no office either; the writer expects the reader to know who holds it (WMT news test set, blind round 1715).
   */
  officeHolder(office: string, seg: number, at: number): string | null {
    const key = this.officeKey(office, seg, at);
    return key ? this.fullest(key) : null;
  }

  /** The key of the person `officeHolder` finds. */
  private officeKey(office: string, seg: number, at: number): string | null {
    // ("reads the Kazakh President's letter" after "President Kassym-Jomart Tokayev": a country's word before an office
    // one person holds is no other office, WMT news test set, round 1727; "Vice President" is)
    const words = office.split(' ');
    const national =
      words.length === 2 && SINGLE_OFFICES.has(words[1]!) && !OFFICE_MODIFIERS.has(words[0]!)
        ? words[1]!
        : null;
    const key =
      this.holderKey(office, seg, at) ?? (national ? this.holderKey(national, seg, at) : null);
    // (someone given the office by name after this point holds it: "… the President … President Joe Biden")
    if (key || this.forms.holders(office).length > 0) return key;
    if (!isSingleOffice(office)) return null;
    // (… or, when the lead opens on someone else, the person the headline names: "Trump rallies in West Virginia" …
    // "The President obliquely referred to … his Supreme Court pick Brett Kavanaugh", WMT news test set, round 1719)
    const about = this.protagonistKey() ?? this.headlinedPersonKey();
    if (!about || this.forms.hasOffice(about)) return null;
    // (one person holds one such office: "The Foreign Secretary said …" made Liz Truss the Foreign Secretary, so "The
    // Prime Minister has called the claims …" is someone else, whom the reader knows; WMT news test set, round 1729)
    const held = this.inferredOffices.get(about);
    if (held && held !== office) return null;
    this.inferredOffices.set(about, office);
    return about;
  }

  /**
   * The name key of whom a headline in sentence case opens on, one capitalised word before words in lower case
   * ("Trump rallies in West Virginia"), when the body writes that word alone too; else null.
   */
  private headlinedPersonKey(): string | null {
    const [first, second] = this.headlineWords;
    if (!first || !second || !/^\p{Lu}\p{Ll}+$/u.test(first) || !/^\p{Ll}/u.test(second))
      return null;
    const key = nameKey(first.toLowerCase());
    return this.bodies.has(key) || !this.inBody(first) ? null : key;
  }

  /** The key of the person `byTitle` finds. */
  private holderKey(title: string, seg: number, at: number): string | null {
    let best: string | null = null;
    let bestCount = 0;
    for (const key of this.forms.holders(title)) {
      // ("The actor repeatedly refused … George Raft, an actor famed for …": a holder named only later is not meant)
      const before = this.mentions.some(
        (m) => m.name === key && (m.seg < seg || (m.seg === seg && m.at < at)),
      );
      if (!before) continue;
      const n = this.mentions.filter((m) => m.name === key).length;
      if (n > bestCount) [best, bestCount] = [key, n];
    }
    return best;
  }

  /**
   * "On Friday, the Cardinal will ask the congregation … “…,” he will say.": a sentence whose subject is "the" and a
   * title its holder was named with is about that holder, whom a he/she after it may mean. So is one with a party or
   * a place before the title: "Tory leader Michael Howard … The Tory leader countered … He declared: …".
   */
  private addTitledSubject(
    seg: number,
    tokens: Token[],
    text: string,
    quoted: boolean[],
    tag: Phrase | null,
  ): void {
    // (a cheap look for "the" and a title before the walk for the subject, which most sentences need not pay)
    let titled = false;
    let epithet = false;
    for (let k = 0; k + 1 < tokens.length && !titled; k++) {
      // (both open on "the", an epithet also on "old": other words are passed over on two comparisons, before any
      // look-up in a list)
      const word = tokens[k]!.lower;
      const the = word === 'the';
      if (!the && word !== 'old') continue;
      if (the) {
        const j = PRE_TITLES.has(tokens[k + 1]!.lower) ? k + 2 : k + 1;
        titled =
          TITLES.has(tokens[j]?.lower ?? '') ||
          (tokens[j]?.pos === 'PROPN' && TITLES.has(tokens[j + 1]?.lower ?? ''));
      }
      epithet ||=
        DEMONYMS.has(tokens[k + 1]!.lower) || (the && k < 4 && epithetNear(tokens, k + 1));
    }
    if (epithet) this.addEpithetSubject(seg, tokens, quoted);
    if (!titled) return;
    const subject = sentenceSubject(tokens);
    if (subject && !quoted[subject.from]) this.addTitleHolder(seg, tokens, text, subject);
    // ("Mr Brown liked to rattle off …, the Tory leader said. “…,” he said.": the title in a closing tag is its
    // holder's too, and he is named after the subject, so a "he" after them means him)
    if (tag && tokens[tag.from]!.lower === 'the' && tag.from !== subject?.from)
      this.addTitleHolder(seg, tokens, text, tag, true);
  }

  /**
   * Records a mention of the holder of the title that ends `subject` ("the Cardinal", "the Tory leader"), as one
   * saying when `reporter` (the subject of a tag).
   */
  private addTitleHolder(
    seg: number,
    tokens: Token[],
    text: string,
    subject: Phrase,
    reporter = false,
  ): void {
    // ("The former Massachusetts governor didn't have just one misstep -- he had a dozen": "former" and the like
    // before the place)
    const from = PRE_TITLES.has(tokens[subject.from + 1]?.lower ?? '')
      ? subject.from + 1
      : subject.from;
    const width = subject.to - from;
    const placed = width === 2 && tokens[from + 1]!.pos === 'PROPN';
    const office = tokens
      .slice(from + 1, subject.to + 1)
      .map((t) => t.lower)
      .join(' ');
    const former = from > subject.from;
    if (width !== 1 && !placed && !(former && isSingleOffice(office))) return;
    const title = tokens[subject.to]!.lower;
    if (tokens[subject.from]!.lower !== 'the' || !TITLES.has(title)) return;
    // … a former holder with a place before the title is the one the story is about, as with an occupation ("said the
    // East Kilbride athlete", description.ts): another holder of the title may hold it elsewhere ("Former Florida Gov.
    // Jeb Bush" is no Massachusetts governor)
    const at = tokens[subject.from]!.start;
    // ("The President obliquely referred to …": a capitalised office alone is its holder's, as in `officeHolder`)
    const capitalised = startsUpper(text, tokens[subject.to]!);
    // (… and so is a former holder of an office one person holds at a time: "The former prime minister rejected this",
    // after "Tony Blair has pledged …"; WMT news test set, round 1719)
    const key = former
      ? placed || isSingleOffice(office)
        ? this.protagonistKey()
        : null
      : (this.holderKey(title, seg, at) ?? (capitalised ? this.officeKey(office, seg, at) : null));
    // (… whose holder the body may write only later: tried again once every sentence is read, `settleOffices`)
    if (!key && !former && capitalised) this.pendingOffices.push({ seg, at, office, reporter });
    if (key) this.addHolderMention(seg, at, key, reporter);
  }

  /** Records a mention of a title's holder at (seg, at), as one saying when `reporter`. */
  private addHolderMention(seg: number, at: number, key: string, reporter: boolean): void {
    this.mentions.push({ seg, at, name: key, ...(reporter ? { reporter } : {}) });
    settle(this.mentions, this.mentions.length - 1);
  }

  /**
   * Records the offices held back by `addTitleHolder` as mentions of their holders (`officeHolder`), now that the whole
   * article is read; call once after the last sentence, with a test of whether the body writes a word.
   */
  settleOffices(inBody: (word: string) => boolean): void {
    this.inBody = inBody;
    for (const { seg, at, office, reporter } of this.pendingOffices) {
      const key = this.officeKey(office, seg, at);
      if (key) this.addHolderMention(seg, at, key, reporter);
    }
    this.pendingOffices = [];
  }

  /**
   * "But the 25-year-old Dubliner underlined his intention to stay. He added: …": a subject that is a nationality or a
   * hometown, maybe with an age, stands for the story's subject (`epithetHolder`), whom a later "he" then follows.
   */
  private addEpithetSubject(seg: number, tokens: Token[], quoted: boolean[]): void {
    const subject = sentenceSubject(tokens);
    if (!subject || quoted[subject.from] || tokens[subject.from]!.lower !== 'the') return;
    const head = tokens[subject.to]!.lower;
    const between = tokens.slice(subject.from + 1, subject.to).map((t) => t.lower);
    if (DEMONYMS.has(head)) {
      // only an age may stand between: "the 25-year-old Dubliner"
      if (between.length > 0 && !/^\d+ - year - old$/.test(between.join(' '))) return;
    } else {
      // "The 30-year-old has set his sights …", "The former Scotland international added …": an age, or a player's
      // epithet after describing words, a number or a country, is the story's subject too
      const age = /^\d+ - year$/.test(between.join(' ')) && head === 'old';
      const described =
        SUBJECT_EPITHETS.has(head) &&
        between.length <= 4 &&
        tokens
          .slice(subject.from + 1, subject.to)
          .every((t) => /^(?:ADJ|NOUN|NUM|PROPN)$/.test(t.pos) || t.lower === '-') &&
        !tokens.slice(subject.from + 1, subject.to).some((t) => isPossessiveMark(t));
      if (!age && !described) return;
      // (the story's subject only: "The veteran pop star played piano" after "Sir Elton … and his wife Anne" is no
      // one named just before)
      const key = this.protagonistKeyNear(seg, tokens[subject.from]!.start);
      if (!key) return;
      this.mentions.push({ seg, at: tokens[subject.from]!.start, name: key });
      settle(this.mentions, this.mentions.length - 1);
      return;
    }
    const holder = this.epithetReferent(seg, tokens[subject.from]!.start);
    if (!holder) return;
    this.mentions.push({ seg, at: tokens[subject.from]!.start, name: holder.key });
    settle(this.mentions, this.mentions.length - 1);
  }

  /**
   * The name keys of the people named in sentence `seg` before `at`, from `from` on ("Mr Blair has failed, he
   * claimed").
   */
  namedBefore(seg: number, at: number, from = 0): Set<string> {
    return new Set(
      this.mentions
        .filter((m) => m.seg === seg && m.at < at && m.at >= from && !m.pronoun)
        .map((m) => m.name),
    );
  }

  /**
   * Resolves he/she to a person named before (seg, at): within this and the previous two sentences the latest one
   * known to fit the pronoun, else the latest of unknown gender; failing that, the same search over the whole text.
   * The chosen person's gender is learnt.
   */
  resolvePronoun(
    pronoun: string,
    seg: number,
    at: number,
    except?: ReadonlySet<string>,
  ): string | null {
    if (pronoun === 'they') return this.lastGroup(seg, at);
    // "The department opened an inquiry. “…,” it said.": "it" speaks for a body, never for a group of people
    if (pronoun === 'it') {
      const body = this.lastGroup(seg, at);
      return body && !/s$/i.test(body) ? body : null;
    }
    const want: Gender | null = MALE.has(pronoun) ? 'm' : FEMALE.has(pronoun) ? 'f' : null;
    // "He said, “Andy Warhol changed art.”": a person named inside the quotation is talked about, not talking
    const other =
      want && except?.size ? this.pickFor(want, seg, at, false, false, except) : undefined;
    const m = want
      ? (other ?? this.pickFor(want, seg, at) ?? this.namedNext(want, seg, at))
      : undefined;
    // "Paul Brandt and his wife Irene Brandt … he replied": in a family sharing the surname, the member of the
    // pronoun's sex
    if (m && !m.display && want && this.forms.isFamily(m.name)) {
      // "Azmat Begg, father of Moazzam, thanked his lawyers. He added": the member written in full where the pronoun
      // points, unless his or her sex says otherwise
      const sex = m.full ? (this.kinSex.get(m.full) ?? givenSex(m.full)) : undefined;
      const member = this.familyMember(want, seg, at);
      const own = m.full && (sex === want || (!sex && !member)) ? m.full : undefined;
      return this.fullest(own ?? member ?? m.name);
    }
    if (!m && want) {
      const member = this.familyMember(want, seg, at);
      return member && this.fullest(member);
    }
    return m ? (m.display ?? this.fullest(m.name)) : null;
  }

  /**
   * "“I can't believe it,” she said of the result. Ann Berg, 23, won the race …": with nobody named before it, a
   * he/she opening an article's quotes points to the first person named as a subject after it, in its own sentence or
   * the next, who may be of its sex.
   */
  private namedNext(want: Gender, seg: number, at: number): Mention | undefined {
    // ("Sandra, a mother of three, said … “…,” she said. Theresa May said": someone named before is meant, known or not)
    if (this.mentions.some((x) => !x.pronoun && (x.seg < seg || (x.seg === seg && x.at < at))))
      return undefined;
    const m = this.mentions.find(
      (x) =>
        (x.seg === seg ? x.at > at : x.seg === seg + 1) &&
        !x.oblique &&
        !x.modifier &&
        (this.gender.get(x.name) ?? this.nameSex.get(x.name) ?? want) === want,
    );
    if (m) this.gender.set(m.name, want);
    return m;
  }

  /**
   * The person the article is about: named first in its lead as no object, and by surname in the headline ("US TV
   * host Clark suffers stroke" … "Veteran US television host Dick Clark is in hospital"), so "The presenter said"
   * later can mean no one else when no one else holds that title. Null when the headline names no such person.
   */
  protagonist(): string | null {
    const key = this.protagonistKey();
    return key ? this.fullest(key) : null;
  }

  /** The name key of the person the headline and the lead name (see `protagonist`). */
  private protagonistKey(): string | null {
    const lead = this.mentions.find((m) => !m.display && !m.pronoun);
    if (!lead || lead.oblique) return null;
    const surname = lead.name;
    return this.headlineWords.some((w) => nameKey(w.toLowerCase()) === surname) ? surname : null;
  }

  /**
   * "Agassi … said Melzer was … “…,” said the American": the person a story is about when named in this or the
   * previous two sentences before (seg, at), else the person named last there. A nationality or a hometown refers
   * back to the story's subject more often than to someone just talked about.
   */
  epithetHolder(seg: number, at: number): string | null {
    return this.epithetReferent(seg, at)?.name ?? null;
  }

  /** The name key and the name of whom an epithet at (seg, at) stands for (see `epithetHolder`). */
  private epithetReferent(seg: number, at: number): { key: string; name: string } | null {
    const key = this.protagonistKeyNear(seg, at);
    if (key) return { key, name: this.fullest(key) };
    const m = this.lastMention(seg, at);
    return m ? { key: m.name, name: this.nameOf(m) } : null;
  }

  /** "The 58-year-old said": the person named last before (seg, at) in this or the previous two sentences. */
  lastPerson(seg: number, at: number): string | null {
    const m = this.lastMention(seg, at);
    return m ? this.nameOf(m) : null;
  }

  /**
   * `lastPerson` for a title no one was given by name ("the Republican presidential candidate said"): someone the
   * article gave another office holds that one, not this ("Trump called upon Mayor Bill de Blasio to … “…,” the
   * Republican presidential candidate said", PolNeAR round 1753), so the latest of the others.
   */
  lastPersonWithout(title: string, seg: number, at: number): string | null {
    const holders = this.forms.holders(title);
    const m = this.lastMention(
      seg,
      at,
      (x) => !!x.display || !this.forms.hasOffice(x.name) || holders.includes(x.name),
    );
    return m ? this.nameOf(m) : this.lastPerson(seg, at);
  }

  /** The person the story is about (see `protagonist`) when named in this or the previous two sentences. */
  protagonistNear(seg: number, at: number): string | null {
    const key = this.protagonistKeyNear(seg, at);
    return key ? this.fullest(key) : null;
  }

  /** The name key of `protagonistNear`'s person, or null. */
  private protagonistKeyNear(seg: number, at: number): string | null {
    const key = this.protagonistKey();
    return key && this.mentions.some((m) => m.name === key && nearBefore(m, seg, at)) ? key : null;
  }

  /** The person named latest before (seg, at) in this or the previous two sentences as no object, or null. */
  lastSubject(seg: number, at: number): string | null {
    // (someone named, not a description: "The marathon world record holder believes …")
    const m = this.mentions
      .filter((x) => nearBefore(x, seg, at))
      .reverse()
      .find((x) => !x.oblique && !x.display);
    return m ? this.nameOf(m) : null;
  }

  /**
   * "Henry will captain the side … And the striker said": the person named as a subject latest before (seg, at), in
   * that sentence or the one before it, whom a bare occupation goes on about; null when there is none.
   */
  subjectJustBefore(seg: number, at: number): string | null {
    const m = this.mentions
      .filter((x) => (x.seg === seg && x.at < at) || x.seg === seg - 1)
      .reverse()
      .find((x) => !x.oblique && !x.modifier && !x.display);
    return m ? this.nameOf(m) : null;
  }

  /** The latest mention before (seg, at) within the window, a subject before an object. */
  private lastMention(
    seg: number,
    at: number,
    keep: (m: Mention) => boolean = keepAll,
  ): Mention | undefined {
    const near = this.mentions.filter((m) => nearBefore(m, seg, at) && keep(m)).reverse();
    return near.find((x) => !x.oblique) ?? near[0];
  }

  /** How a mention names its person: as described, as written in full there, or by the fullest form of its key. */
  private nameOf(m: Mention): string {
    // (the name as written there when the article wrote it in full: two Robinsons share one surname key)
    return m.display ?? m.full ?? this.fullest(m.name);
  }

  /**
   * "The father said" → the member of a family the article names (two people sharing a surname) named nearest before
   * (seg, at), who is not known to be of the other sex: a subject first, else anyone. The chosen person's sex is
   * learnt, so "The mother" then looks past him. With no family named, the father is someone the article did not
   * name ("John Roe was killed. The father said"): null.
   */
  nearestOfSex(sex: Gender, seg: number, at: number): string | null {
    // a family shares one surname key, so each member's sex is kept by the full name
    const before = this.mentions
      .filter((m) => !!m.full && (m.seg < seg || (m.seg === seg && m.at < at)))
      .filter((m) => (this.kinSex.get(m.full!) ?? givenSex(m.full!) ?? sex) === sex)
      .filter((m) => this.forms.isFamily(m.name))
      .reverse();
    const m = before.find((x) => !x.oblique) ?? before[0];
    if (!m) return null;
    this.kinSex.set(m.full!, sex);
    return m.full!;
  }

  /**
   * The member of a family named before (seg, at) of this sex, as a kin word ("his wife Irene Brandt") or a common
   * given name says: the one known to be of it, else the one not known to be of the other sex; null when none or
   * several are.
   */
  familyMember(sex: Gender, seg: number, at: number): string | null {
    const members = new Map<string, Gender | null>();
    for (const m of this.mentions)
      if (m.full && (m.seg < seg || (m.seg === seg && m.at < at)) && this.forms.isFamily(m.name))
        members.set(m.full, this.kinSex.get(m.full) ?? givenSex(m.full));
    const known = [...members].filter(([, g]) => g === sex);
    if (known.length === 1) return known[0]![0];
    const open = [...members].filter(([, g]) => g !== (sex === 'm' ? 'f' : 'm'));
    return known.length === 0 && open.length === 1 ? open[0]![0] : null;
  }

  /** Whether two people of the article share this surname ("Paul Brandt", "Irene Brandt"). */
  isFamily(word: string): boolean {
    return this.forms.isFamily(word);
  }

  /** The latest unnamed speaker or group before `seg` whose description matches ("One of the children"). */
  lastDescribed(seg: number, pattern: RegExp): string | null {
    const all = [...this.mentions, ...this.groups].filter(
      (m) => m.seg < seg && m.display && pattern.test(m.display),
    );
    all.sort(byPlace);
    return all[all.length - 1]?.display ?? null;
  }

  /** "the reader" → the latest "One reader" or "A reader" found speaking before `seg`. */
  lastOneOf(seg: number, noun: string): string | null {
    // (… with what the article said of them after the noun: "a person familiar with the thinking at the company")
    const forms = [`one ${noun}`, `a ${noun}`, `an ${noun}`];
    return this.lastMatching(seg, (display) => {
      const lower = display.toLowerCase();
      return forms.some((form) => lower === form || lower.startsWith(`${form} `));
    });
  }

  private lastMatching(seg: number, ok: (display: string) => boolean): string | null {
    const all = [...this.mentions, ...this.groups].filter(
      (m) => m.seg < seg && m.display && ok(m.display),
    );
    all.sort(byPlace);
    return all[all.length - 1]?.display ?? null;
  }

  /**
   * "… will cause acreage to plummet, Department feedgrain analysts said. “…,” one said.": "one" alone is one of the
   * group last found speaking, as "they" would be the group (Reuters-21578, rounds 1155, 1177); null when no group of
   * people was.
   */
  oneOfLastGroup(seg: number, at: number): string | null {
    const group = this.lastGroup(seg, at);
    return group && /s$/i.test(group) ? `One of the ${group.replace(/^the\s+/i, '')}` : null;
  }

  /** "they said" → the body or group last found speaking in this or the previous two sentences. */
  private lastGroup(seg: number, at: number): string | null {
    const before = this.groups.filter((m) => nearBefore(m, seg, at));
    before.sort(byPlace);
    return before[before.length - 1]?.display ?? null;
  }

  /**
   * The first sentence of the window before `seg`: WINDOW sentences back, past the all-quotation sentences right
   * before `seg` (a quotation names no one outside its words: "Reyes stated: “…” “…” He also added that …" still
   * points at Reyes).
   */
  private windowStart(seg: number): number {
    let s = seg;
    while (s > 0 && this.quotedOnly.has(s - 1)) s--;
    return Math.max(0, s - WINDOW);
  }

  /**
   * "Omar Rahimi (known to be a man) … Yusuf Karimi, the head of the council, ordered a day of rest. In his letter,
   * he said": the sentences before are tried latest first, and a person of unknown sex stays a candidate, so a man
   * whose sex was learnt earlier does not reach past the man just named. In the sentence, a pronoun that already
   * pointed at someone ("…, Tom Hale wrote he had ordered checks", "Her rival, Arjun Mehta, …") says who it is
   * about; else the first person named as a subject whose sex is known to fit ("Lab director Ana Ruiz" over the
   * lab's name); else the first who may fit (the subject, before "his old rival, Dan Price"). A name describing the
   * noun after it ("Karsa military spokesperson Idris Malo") is no subject.
   */
  private latestSentence(want: Gender, seg: number, near: Mention[]): Mention | undefined {
    const sexOf = (x: Mention) => this.gender.get(x.name) ?? this.nameSex.get(x.name) ?? undefined;
    for (let s = seg - 1; s >= this.windowStart(seg); s--) {
      // near runs latest first: read this sentence's subjects in reading order
      const fit = near
        .filter((x) => x.seg === s && (this.gender.get(x.name) ?? want) === want)
        .reverse();
      const subjects = fit.filter((x) => !x.oblique && !x.modifier);
      const m =
        // "Melvin followed up by asking Clinton if he had ever apologized privately. “…,” he said.": the one a
        // question was put to answers it (PTC page, blind round 991)
        fit.find((x) => x.asked && (sexOf(x) ?? want) === want) ??
        // ("Ongpin has not said he will pay less, the source said. “…,” he said": the one not named in the closing
        // tag reports the whole sentence, the man it names included, Reuters-21578, round 1225)
        fit.find((x) => x.tag && (sexOf(x) ?? want) === want) ??
        // "Others targeted include David Davis, Lord Rennard said. He said …": the one named saying comes first
        subjects.find((x) => x.reporter && sexOf(x) === want) ??
        // (… and so does one a report is "according to", as far as the sex is known)
        fit.find((x) => x.according && (sexOf(x) ?? want) === want) ??
        // (a subject pronoun: "… would have much to say to him" points at someone talked about)
        near.find(
          (x) =>
            x.seg === s &&
            x.pronoun &&
            !x.object &&
            !x.modifier &&
            this.gender.get(x.name) === want,
        ) ??
        // (… then one saying whose sex is not known, before anyone else: "Schumer said Trump seemed to be rooting for a
        // shutdown. “…,” he said")
        // (only the sentence's first subject: in "Dr. Ana Roe of Hospital Kuala Lumpur testified" the place is none)
        (subjects[0]?.reporter && !sexOf(subjects[0]) ? subjects[0] : undefined) ??
        subjects.find((x) => sexOf(x) === want) ??
        // a possessive ("Her rival, Arjun Mehta, …") points at someone too, though after a subject known to fit
        // ("His party leader, Michael Howard, argued …")
        near.find(
          (x) => x.seg === s && x.pronoun && x.modifier && this.gender.get(x.name) === want,
        ) ??
        subjects[0];
      if (m) return m;
    }
    return undefined;
  }

  /** The first person named before `at` in the sentence as no object, whose sex may be `want`. */
  private subjectHere(want: Gender, seg: number, at: number): Mention | undefined {
    return this.mentions.find(
      (m) =>
        m.seg === seg &&
        m.at < at &&
        !m.oblique &&
        (this.gender.get(m.name) ?? this.nameSex.get(m.name) ?? want) === want,
    );
  }

  /**
   * The mentions a pronoun at `at` of sentence `seg` may point back to, latest first: those before it (an object
   * pronoun only to an oblique mention of its own sentence), neither excepted nor a body's name, and of no other sex.
   * One pass from the end, as pickFor runs for every he/she/they: filtering and reversing made four arrays.
   */
  private candidatesBefore(
    want: Gender,
    seg: number,
    at: number,
    object: boolean,
    except: ReadonlySet<string> | undefined,
  ): Mention[] {
    const out: Mention[] = [];
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const m = this.mentions[k]!;
      if (!(m.seg < seg || (m.seg === seg && m.at < at && !(object && !m.oblique)))) continue;
      if (except?.has(m.name) || (!m.display && this.bodies.has(m.name))) continue;
      if ((this.nameSex.get(m.name) ?? want) === want) out.push(m);
    }
    return out;
  }

  private pickFor(
    want: Gender,
    seg: number,
    at: number,
    object = false,
    her = false,
    except?: ReadonlySet<string>,
  ): Mention | undefined {
    const before = this.candidatesBefore(want, seg, at, object, except);
    // ("Stephen Jones was ecstatic. “It's just a special moment. … But we're a happy camp now,” he said.": the
    // sentences of the quotation itself name no one, so the window reaches back past them)
    const start = this.windowStart(seg);
    const near = before.filter((m) => m.seg >= start);
    const known = (list: Mention[]): Mention | undefined =>
      list.find((m) => this.gender.get(m.name) === want);
    const pick = (list: Mention[]): Mention | undefined =>
      known(list) ?? list.find((m) => !this.gender.has(m.name));
    // a person named as subject beats one named after "of"/"to" ("the murder of journalist X … he said")
    // "Flynn spoke since he was pardoned": a pronoun inside a sentence first looks to that sentence's subject
    // ("at London's King Cross station, he said": a name before a noun describes the noun, it names no subject)
    const m =
      (object ? undefined : pick(near.filter((x) => x.seg === seg && !x.oblique && !x.modifier))) ??
      this.latestSentence(want, seg, near) ??
      // "Her rival, Arjun Mehta, … she said": a woman already known in the window beats a person of unknown gender
      known(near) ??
      pick(near.filter((x) => !x.oblique)) ??
      // "… said Mr Ross. … At Jessops the image would cost £2.50 and at Snappy Snaps £9.99. … “…,” he said": only
      // names after a preposition stand near, and a man named as a subject further back is the one meant
      known(before.filter((x) => !x.oblique)) ??
      pick(near) ??
      // "Rep. Tam Okafor (D Ohio) was not changing her no vote": "her" read as an object ("gave her no choice")
      // found no one near, so it is the possessive, the sentence's own subject, before anyone named further back
      (object && her ? this.subjectHere(want, seg, at) : undefined) ??
      pick(before.filter((x) => !x.oblique)) ??
      pick(before);
    if (m) this.gender.set(m.name, want);
    return m;
  }
}

/** "asked Clinton if he had …", "asking Ann Lee whether …": a name right after a verb of asking, then the question. */
function askedBefore(tokens: Token[], from: number, to: number): boolean {
  const verb = tokens[from - 1];
  return (
    verb?.lemma === 'ask' &&
    verb.pos === 'VERB' &&
    /^(?:if|whether|about|why|how|what|when|where|who)$/.test(tokens[to + 1]?.lower ?? '')
  );
}

/** Whether the capitalised run from `from` up to the name at `name` is only a day or a month ("Friday Trump"). */
function datedBefore(tokens: Token[], from: number, name: number): boolean {
  return name === from + 1 && DATE_NAME.test(tokens[from]!.lower);
}

/**
 * The office a title names, with a modifier before it: "former US Vice President Joe Biden" holds "vice president", not
 * "president", so a later "the president" does not point to him. `at` is the title's token.
 */
function officeOf(tokens: Token[], at: number, title: string): string {
  if (tokens[at]?.lower !== title) return title;
  let k = at - 1;
  if (tokens[k]?.lower === '-') k--;
  const modifier = tokens[k]?.lower ?? '';
  if (OFFICE_MODIFIERS.has(modifier)) return `${modifier} ${title}`;
  // "former US President X": a place between the modifier and the title
  if (tokens[k]?.pos === 'PROPN' && OFFICE_MODIFIERS.has(tokens[k - 1]?.lower ?? ''))
    return `${tokens[k - 1]!.lower} ${title}`;
  return title;
}

/**
 * "The ministry's spokesman", "The Russian Defence Ministry's spokesman": "the", a body's name of up to four words
 * and its possessive open the sentence.
 */
function ownerBefore(tokens: Token[]): boolean {
  for (let k = 2; k <= 5; k++) {
    if (isPossessiveMark(tokens[k])) return true;
    if (!/^(?:PROPN|NOUN|ADJ)$/.test(tokens[k - 1]?.pos ?? '')) return false;
  }
  return false;
}

/** "president", "foreign secretary": an office one person holds at a time (SINGLE_OFFICES), not "labour mp". */
function isSingleOffice(office: string): boolean {
  const words = office.split(' ');
  const last = words[words.length - 1]!;
  if (SINGLE_OFFICES.has(last)) return words.length === 1;
  const portfolio = words.length === 2 ? words[0]! : '';
  return (
    PORTFOLIO_OFFICES.has(last) &&
    (OFFICE_PORTFOLIOS.has(portfolio) || PORTFOLIO_WORDS.has(portfolio))
  );
}
