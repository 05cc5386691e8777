import { isPersonNoun } from './person-noun.ts';
import { QUANTITY_HEADS } from '../lexicon/subject-pieces.ts';
import {
  innerHyphen,
  isPastParticiple,
  participleOrGerundShaped,
  startsUpper,
  type Token,
} from './token.ts';
import { isSpacedDash } from './spaced-dashes.ts';
import { datelineEnd } from './dateline.ts';
import { YEAR, isLeadingDate, personName } from './names.ts';
import {
  DATE_NAME,
  TIME_LEAD,
  APPROXIMATORS,
  NAMING_PARTICIPLES,
  DEGREE_ADVERBS,
} from '../lexicon/subject-pieces.ts';
import { HONORIFICS } from '../lexicon/name-shapes.ts';
import {
  IN_ADVERB_NOUNS,
  OF_PREPOSITION_HEADS,
  TO_PREPOSITION_HEADS,
  POSSESSIVES,
  SUBJECT_PRONOUNS,
} from '../lexicon/function-words.ts';
import { RESPONDENT_PARTICIPLES } from '../lexicon/respondents.ts';
import { isReportingVerb } from './verbs.ts';
import { linksToReport } from './linking-clause.ts';
import { isQuoteChar, WH, isBoundary, isNp, npEndingAt, type Phrase } from './phrases.ts';
import { UPPER_START } from './letters.ts';
import { SPEAKING_TEXTS } from '../lexicon/speaking-texts.ts';

// relative words opening a clause set between commas after a subject: "Penny Sharpe, who co-sponsored the bill, said",
// "The actor, whose films include …, said" ("whom" opens a clause on an object, none a subject walks over)
const COMMA_RELATIVES = new Set(['who', 'which', 'whose']);

const SKIP_BEFORE_VERB = new Set([
  'yesterday',
  'today',
  'tonight',
  'tomorrow',
  'both',
  'also',
  'later',
  'earlier',
  'then',
  'now',
  'again',
  'all',
  'however',
  // "Williams though blamed her defeat on injuries": a connective set in without commas
  'though',
  'not',
  'never',
  'since',
]);
/**
 * The subject of the verb at `verb`: walks back over adverbs and auxiliaries, then over up to three
 * comma-separated pieces ("Nancy Pelosi, the Speaker of the House, said"), preferring one that holds a name.
 */
export function subjectBefore(
  tokens: Token[],
  text: string,
  verb: number,
  floor = 0,
): Phrase | null {
  // (floors past FLOORS, never met in a sentence, go unremembered: the key packs the floor into its low digits)
  if (!Number.isInteger(verb) || !Number.isInteger(floor) || floor < 0 || floor >= FLOORS)
    return findSubjectBefore(tokens, text, verb, floor);
  let known = subjectsFound.get(tokens);
  if (!known || known.text !== text)
    subjectsFound.set(tokens, (known = { text, found: new Map() }));
  const key = verb * FLOORS + floor;
  const found = known.found.get(key);
  if (found === undefined) {
    const np = findSubjectBefore(tokens, text, verb, floor);
    known.found.set(key, np && { ...np });
    return np;
  }
  // a copy: a caller may trim the phrase it is handed
  return found && { ...found };
}

// Subjects found already, per sentence's tokens and by verb and floor: attribution (sourcePhrase) and the speakers of
// quotations (reportingSubject) walk back from the same reporting verbs, a walk that was about 1.7% of an analysis.
// The answer reads the words around the verb, so it stays right only while the array and its tokens stay as they are,
// as with the answers verbs.ts keeps (grammar/token.ts, grammar/tokens.ts). A WeakMap: nothing outlives the article.
const subjectsFound = new WeakMap<
  readonly Token[],
  { text: string; found: Map<number, Phrase | null> }
>();
const FLOORS = 1 << 16;

function findSubjectBefore(
  tokens: Token[],
  text: string,
  verb: number,
  floor: number,
): Phrase | null {
  // "the Harbour Party ((no))Norwegian language: Havnepartiet said": the subject stands before the original's gloss
  if (text.includes('((')) verb = glossStart(tokens, verb, floor);
  const np = nearSubject(tokens, text, verb, floor);
  return (np && restrictiveHead(tokens, np, floor)) ?? np ?? relativeHead(tokens, verb, floor);
}

/**
 * "State Democratic Party legislators who backed the bill said …" (PTC page, blind round 1007): the phrase before the
 * verb closes a relative clause with no commas, the object of its verb, so the subject is the noun the clause is on.
 * That noun's phrase, or null.
 */
function restrictiveHead(tokens: Token[], np: Phrase, floor: number): Phrase | null {
  let k = np.from - 1;
  // ("some who work at British newspapers say": or the object of the clause verb's preposition, Dragnet round 1116)
  if (tokens[k]?.pos === 'ADP' && tokens[k - 1]?.pos === 'VERB') k--;
  while (k > floor && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX')) k--;
  if (tokens[k]?.pos !== 'VERB' || tokens[k]!.lower.endsWith('ing')) return null;
  while (k > floor && (tokens[k - 1]!.pos === 'ADV' || tokens[k - 1]!.pos === 'AUX')) k--;
  if (tokens[k - 1]?.lower !== 'who') return null;
  const head = npEndingAt(tokens, k - 2, floor);
  // (… or a pronoun of quantity: "some who work at British newspapers say")
  return head &&
    (/^(?:NOUN|PROPN)$/.test(tokens[head.to]!.pos) || QUANTITY_HEADS.has(tokens[head.to]!.lower))
    ? head
    : null;
}

/**
 * Where a Wikinews gloss of a name in its own language ("((no))Norwegian language: Havnepartiet") opens, when it
 * ends right before the verb at `verb` (adverbs may stand between), else `verb`.
 */
function glossStart(tokens: Token[], verb: number, floor: number): number {
  let k = verb - 1;
  while (k >= floor && tokens[k]!.pos === 'ADV') k--;
  for (let j = k; j >= floor + 7 && j > k - 8; j--) {
    if (tokens[j]!.lower !== ':') continue;
    const marked =
      tokens[j - 1]!.lower === 'language' &&
      tokens[j - 3]!.lower === ')' &&
      tokens[j - 4]!.lower === ')' &&
      tokens[j - 6]!.lower === '(' &&
      tokens[j - 7]!.lower === '(';
    return marked ? j - 7 : verb;
  }
  return verb;
}

/** "On Thursday Mr Blair said": the tagger runs a date after a preposition into the name after it; cut it off. */
function withoutLeadingDate(tokens: Token[], np: Phrase, floor: number): Phrase {
  return np.from > floor && isLeadingDate(tokens, np.from, np.to)
    ? { from: np.from + 1, to: np.to }
    : np;
}

/**
 * "Those questioned said", "69% of those surveyed said", "Many of the voters polled believe": a participle of asking
 * right after "those" or a plural noun names the respondents, the subject of the verb after it (with a share of them
 * before "of"). The phrase, or null.
 */
function surveyed(tokens: Token[], i: number, floor: number): Phrase | null {
  // ("54% of those asked in a poll for the firm said": the poll named after the participle)
  const end = i;
  for (let k = i; k > floor && k >= end - 8; k--) {
    if (RESPONDENT_PARTICIPLES.has(tokens[k]!.lower)) {
      if (k < end && tokens[k + 1]!.pos !== 'ADP') return null;
      i = k;
      break;
    }
    if (!/^(?:ADP|DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k]!.pos)) return null;
  }
  if (!RESPONDENT_PARTICIPLES.has(tokens[i]?.lower ?? '')) return null;
  const who = npEndingAt(tokens, i - 1, floor);
  if (!who) return null;
  const head = tokens[who.to]!;
  // (a plural noun: "voters", or "people", plural without its -s: "More than half of 2,000 people surveyed said")
  const plural = head.pos === 'NOUN' && (head.lower.endsWith('s') || head.lower === 'people');
  if (head.lower !== 'those' && !plural) return null;
  const share =
    tokens[who.from - 1]?.lower === 'of' ? npEndingAt(tokens, who.from - 2, floor) : null;
  return { from: share ? share.from : who.from, to: end };
}

/** The capitalised name closing `np` right after a lower-case common noun, with no verb or mark before it. */
function nameAfterNoun(tokens: Token[], text: string, np: Phrase, floor: number): Phrase | null {
  let k = np.to;
  while (k > np.from && tokens[k]!.pos === 'PROPN' && startsUpper(text, tokens[k]!)) k--;
  const noun = tokens[k]!;
  if (k === np.to || noun.pos !== 'NOUN' || startsUpper(text, noun)) return null;
  for (let j = floor + 1; j < k; j++) if (/^(?:VERB|AUX|PUNCT)$/.test(tokens[j]!.pos)) return null;
  return { from: k + 1, to: np.to };
}

/**
 * "Speaking to the BBC News website Mr Molyneux said", "During his time on the witness stand Mr Sullivan told": a
 * participle or a preposition and its phrase opening the sentence without a comma run into the subject, which starts
 * where an honorific does. The titled name, or null.
 */
function afterOpeningPhrase(
  tokens: Token[],
  text: string,
  np: Phrase,
  floor: number,
): Phrase | null {
  const opener = tokens[floor];
  // (or a preposition: "During his time on the witness stand Mr Sullivan told jurors …")
  // ("Commenting Mr Macklin said": or a participle alone)
  // (… or with its object: "Launching the initiative Mr Clarke said")
  const participle =
    opener?.pos === 'VERB' &&
    opener.lower.endsWith('ing') &&
    (tokens[floor + 1]?.pos === 'ADP' ||
      tokens[floor + 1]?.pos === 'DET' ||
      HONORIFICS.test(tokens[floor + 1]?.lower ?? ''));
  if (!participle && opener?.pos !== 'ADP') return null;
  let titled = -1;
  for (let k = np.to - 1; k >= np.from && titled < 0; k--)
    if (HONORIFICS.test(tokens[k]!.lower)) titled = k;
  // ("In its Chapter 11 filing OptInRealBig claimed", "For its part Acme said": after a preposition, a name run
  // right after a common noun starts the subject, whoever or whatever it names)
  if (titled < 0 && opener?.pos === 'ADP') return nameAfterNoun(tokens, text, np, floor);
  if (titled < 0 || titled === floor) return null;
  // everything between the opener and the name is one prepositional chain: no verb, no mark (but a noun read as a
  // bare verb right before the name: "the witness stand Mr Sullivan")
  for (let k = floor + 1; k < titled; k++) {
    const t = tokens[k]!;
    const misread = k === titled - 1 && t.pos === 'VERB' && t.lower === t.lemma;
    if (
      (/^(?:VERB|AUX|PUNCT)$/.test(t.pos) && !misread) ||
      (t.pos === 'PRON' && !POSSESSIVES.has(t.lower))
    )
      return null;
  }
  const own = { from: titled, to: np.to };
  return personName(tokens, text, own) ? own : null;
}

/** Whether tokens from..to-1 are all articles and adjectives (a scan, not a copy: subjects are looked for often). */
function onlyModifiers(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (tokens[k]!.pos !== 'DET' && tokens[k]!.pos !== 'ADJ') return false;
  return true;
}

// plural spans of time a preposition of time takes with an article: "since the early days", "until the 1990s"
const TIME_SPANS = /^(?:days|weeks|months|years|decades|centuries)$/;

// words that open a clause of time, cause or concession: "after Mr Blair said", "because the minister claimed"
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'since',
  'when',
  'while',
  'because',
  'although',
  'though',
  'until',
  'unless',
  'once',
  'whereas',
]);

/**
 * "Doctors there say one victim was shot", "Officials here said": "there" or "here" right after a noun tells where the
 * subject is; the tagger may read "there" as the pronoun that opens "there is", and the subject was lost (round 613).
 */
function placeAfterNoun(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  return (
    (t.lower === 'there' || t.lower === 'here') && /^(?:NOUN|PROPN)$/.test(tokens[i - 1]?.pos ?? '')
  );
}

/** "flat-out", "straight-up": a lower-case adjective or adverb hyphened to a particle, the particle at `i`. */
function hyphenedAdverb(tokens: Token[], text: string, i: number, floor: number): boolean {
  const head = tokens[i - 2];
  return (
    i - 2 >= floor &&
    tokens[i]!.pos === 'ADP' &&
    innerHyphen(tokens, i - 1) &&
    (head!.pos === 'ADJ' || head!.pos === 'ADV') &&
    !startsUpper(text, head)
  );
}

function nearSubject(tokens: Token[], text: string, verb: number, floor: number): Phrase | null {
  let i = verb - 1;
  let passedTo = false;
  while (i >= floor) {
    const t = tokens[i]!;
    if (
      t.pos === 'ADV' ||
      t.pos === 'AUX' ||
      t.pos === 'PART' ||
      (SKIP_BEFORE_VERB.has(t.lower) && t.pos !== 'PROPN') ||
      placeAfterNoun(tokens, i)
    ) {
      if (t.lower === 'to') passedTo = true;
      i--;
    } else if (passedTo && (t.pos === 'VERB' || t.pos === 'ADP')) i--;
    // ("Trump's advisors were quick to say …": an adjective after "be" governs the infinitive)
    else if (passedTo && t.pos === 'ADJ' && tokens[i - 1]?.pos === 'AUX') i--;
    else if (t.lower === ')') {
      while (i >= floor && tokens[i]!.lower !== '(') i--;
      i--;
    } else if (hyphenedAdverb(tokens, text, i, floor)) {
      // "The company flat-out denied": a lower-case modifier hyphened to a particle says how, like an adverb
      i -= 3;
    } else if (isSpacedDash(tokens, i) && lastSpacedDash(tokens, floor, i - 1) > floor) {
      // "Mr Herron - who is running his own campaign - said": an interruption between spaced dashes, as in brackets
      i = lastSpacedDash(tokens, floor, i - 1) - 1;
    } else if (
      (isTimeWord(t) || /^weekends?$/.test(t.lower)) &&
      timePhraseStart(tokens, i, floor) > floor
    ) {
      // "The council on Monday said", "Another report … during the weekend said"
      i = timePhraseStart(tokens, i, floor) - 1;
    } else break;
  }
  let fallback: Phrase | null = null;
  // ("Pride in London organisers in their official statement said": the text the words came in, between the subject
  // and its verb, is where they were said, not who said them)
  const channel = npEndingAt(tokens, i, floor);
  if (
    channel &&
    tokens[channel.from - 1]?.lower === 'in' &&
    SPEAKING_TEXTS.has(tokens[channel.to]!.lower) &&
    channel.from - 2 >= floor &&
    /^(?:NOUN|PROPN)$/.test(tokens[channel.from - 2]!.pos)
  )
    i = channel.from - 2;
  pieces: for (let piece = 0; piece < 3 && i >= floor; piece++) {
    const earlier: Phrase | null = fallback;
    if (tokens[i]?.lower === ',') i--;
    if (tokens[i]?.lower === ')') {
      while (i >= floor && tokens[i]!.lower !== '(') i--;
      i--;
    }
    // "Laying into the Tories' record he said": a subject pronoun right before the verb is its subject, whatever
    // stands before it
    // (not in a relative clause with its gap after the verb: "the 38 countries they said were involved")
    // … and "it" after a fronted time or place phrase ("In August it warned of losses")
    const frontedIt = tokens[i]?.lower === 'it' && i > floor && isAdverbial(tokens, i - 1, floor);
    if (
      piece === 0 &&
      (SUBJECT_PRONOUNS.has(tokens[i]?.lower ?? '') || frontedIt) &&
      tokens[i]!.pos === 'PRON' &&
      !/^(?:VERB|AUX)$/.test(tokens[verb + 1]?.pos ?? '')
    )
      return { from: i, to: i };
    const respondents = piece === 0 ? surveyed(tokens, i, floor) : null;
    if (respondents) return respondents;
    let np = npEndingAt(tokens, i, floor) ?? misTaggedSurname(tokens, text, i, floor);
    if (np) np = withoutLeadingDate(tokens, np, floor);
    // "while Raj Patel at HSBC said", "Ann Lee from the camp said": where a named person works or comes from, right
    // after the name, is part of the subject (the speaker's name is cut from it later)
    if (
      np &&
      /^(?:at|from)$/.test(tokens[np.from - 1]?.lower ?? '') &&
      tokens[np.from - 2]?.pos === 'PROPN'
    ) {
      const name = npEndingAt(tokens, np.from - 2, floor);
      if (name && tokens[name.from]!.pos === 'PROPN') np = { from: name.from, to: np.to };
    }
    const named = np && piece === 0 ? afterOpeningPhrase(tokens, text, np, floor) : null;
    if (named) return named;
    // "Fiancée of murdered journalist": a participle inside a noun phrase, after "of" or a determiner, or opening
    // the sentence; adverbs may grade it ("the newly appointed Torres", "Newly elected Senator Ana Ruiz")
    const inner = np ? tokens[np.from - 1] : undefined;
    let graded = np ? np.from - 2 : -1;
    while (graded >= floor && tokens[graded]!.pos === 'ADV') graded--;
    const lead = graded >= floor ? tokens[graded] : undefined;
    const participle = !!np && isPastParticiple(inner);
    if (np && participle && (lead?.lower === 'of' || lead?.pos === 'DET'))
      np = { from: npEndingAt(tokens, graded, floor)?.from ?? graded + 1, to: np.to };
    else if (
      np &&
      participle &&
      // "On Friday, Associated Press reported": a capitalised participle is part of a name
      (graded < np.from - 2 || startsUpper(text, inner!)) &&
      (!lead || isBoundary(lead))
    )
      np = { from: graded + 1, to: np.to };
    // "the Kurdish-led forces": a hyphened participle belongs to the phrase
    if (np && inner?.pos === 'VERB' && lead?.lower === '-' && lead.end === inner.start)
      np = { from: npEndingAt(tokens, np.from - 3, floor)?.from ?? np.from - 2, to: np.to };
    // "Dick Durbin and … Adam Schiff both questioned": a coordinated subject is kept whole
    const and =
      np && tokens[np.from - 1]?.lower === 'and' ? npEndingAt(tokens, np.from - 2, floor) : null;
    // "It weighed ten kg and the researchers estimate": an object before "and" starts no subject
    // … but two names after a preposition are its objects: "hosted by Bernard McGuirk and Sid Rosenberg", "for
    // The Bernie and Sid Show"
    // … unless the verb agrees with one subject only ("meet at Twickenham and Kirwan says his side …")
    const singular = tokens[verb]!.pos === 'VERB' && /[^s]s$/.test(tokens[verb]!.lower);
    const names =
      !!and &&
      !singular &&
      tokens[and.from - 1]?.pos === 'ADP' &&
      tokens[and.to]!.pos === 'PROPN' &&
      // ("met on Monday and Astiazaran added": a day closes the first clause, no one named)
      !TIME_WORDS.test(tokens[and.to]!.lower) &&
      tokens[np!.from]!.pos === 'PROPN';
    const joinsClauses =
      tokens[(np?.from ?? 0) - 1]?.lower === 'and' &&
      (!and || !isBoundary(tokens[and.from - 1])) &&
      !names;
    if (np && and && !joinsClauses) np = { from: and.from, to: np.to };
    // "People familiar with the matter said": one prepositional phrase may hang on the subject
    const adp = np ? tokens[np.from - 1] : undefined;
    // "Critics from across the country claimed": two prepositions may open it
    const adps = adp?.pos === 'ADP' && tokens[np!.from - 2]?.pos === 'ADP' ? 2 : 1;
    const bare =
      adp?.pos === 'ADP' && adp.lower !== 'of'
        ? npEndingAt(tokens, np!.from - 1 - adps, floor)
        : null;
    let head = bare && withoutLeadingDate(tokens, bare, floor);
    // "a spokesman for the UN's World Summit on the Information Society said": a second phrase may hang on the
    // first, when a common noun opens the clause before both
    if (head && !opensClause(tokens, head, floor) && tokens[head.from - 1]?.pos === 'ADP') {
      // (… the first maybe on an adjective after its noun: "a person familiar with the thinking at the company
      // said", Dragnet page of the New York Times, blind round 966)
      const after = tokens[head.from - 2];
      const postponed = after?.pos === 'ADJ' && tokens[head.from - 3]?.pos === 'NOUN';
      const outer = npEndingAt(tokens, head.from - (postponed ? 3 : 2), floor);
      if (outer && opensClause(tokens, outer, floor) && tokens[outer.to]!.pos === 'NOUN')
        head = outer;
    }
    if (
      np &&
      head &&
      // (or after an opening phrase of time or place: "In January the Institute for Fiscal Studies said")
      opensClause(tokens, head, floor) &&
      // "Ruiz in Madrid": a name before the phrase is its own speaker … but the tagger reads any word that opens
      // the sentence capitalised as a name ("Lawyers for the driver said")
      (tokens[head.to]!.pos !== 'PROPN' ||
        (head.from === floor && head.from === head.to) ||
        // … and "But Citizens Against Crime said": a capitalised preposition is inside a body's name
        startsUpper(text, adp) ||
        // "The Harbour Institute for Coastal Research reported", "the ruling Green Alliance in Norway hailed": a
        // body's name of several words keeps its complement (a person's name does not, "Ana Ruiz in Madrid")
        // … and so does a name after "the", which names a body, not a person ("the Democratic Union in Malta")
        (head.to > head.from &&
          (!personName(tokens, text, head) || tokens[head.from]!.lower === 'the')))
    )
      np = { from: head.from, to: np.to };
    // "Ana and others in the Green Party warned": a name may be joined to the subject and its phrase
    if (np && head && np.from === head.from && tokens[np.from - 1]?.lower === 'and') {
      const first = npEndingAt(tokens, np.from - 2, floor);
      if (first && opensAt(tokens, first, floor)) np = { from: first.from, to: np.to };
    }
    // "Members backing the plan argued", "residents living near the plant said": a participle with its object
    // describes the subject before it
    // … also past a phrase on its object that did not join the subject ("a study measuring salt in meals")
    else if (np && (!head || np.from !== head.from)) {
      np = participleHead(tokens, np, floor) ?? np;
    }
    // "Ana Ruiz, a nurse from Madrid, said": one capitalised word after the preposition is a place, not the speaker
    const place = np && head && np.from === head.from && tokens[np.to - 1] === adp;
    // "Yesterday, President X of Iran said": a time word is no subject
    if (np && np.from === np.to && TIME_WORDS.test(tokens[np.from]!.lower)) np = null;
    // "On the radio she said", "On Thursday the board criticized": an opening prepositional phrase, no comma
    if (np && np.from > floor) np = openingAdverbial(tokens, np, floor) ?? np;
    // ("In a report published last July the committee stated": a date after "last", "this" or "next" opening the
    // phrase is a time phrase before the subject, no part of it)
    if (
      np &&
      np.to >= np.from + 2 &&
      /^(?:last|this|next)$/.test(tokens[np.from]!.lower) &&
      // (… or a span of time: "According to the paper, last year the minister wrote")
      (DATE_NAME.test(tokens[np.from + 1]!.lower) || isTimeWord(tokens[np.from + 1]!))
    )
      np = { from: np.from + 2, to: np.to };
    // "About a half-dozen lawmakers have voiced concerns": a word of approximation opening the clause belongs to the
    // determiner or number after it, not a preposition of its own
    if (
      np &&
      APPROXIMATORS.has(tokens[np.from - 1]?.lower ?? '') &&
      /^(?:DET|NUM)$/.test(tokens[np.from]!.pos) &&
      (np.from - 1 === floor || isBoundary(tokens[np.from - 2]))
    )
      np = { from: np.from - 1, to: np.to };
    // "…, more hawkish lawmakers say": an adverb of degree grading the phrase's first adjective is part of the phrase
    if (
      np &&
      DEGREE_ADVERBS.has(tokens[np.from - 1]?.lower ?? '') &&
      tokens[np.from]!.pos === 'ADJ'
    )
      np = { from: np.from - 1, to: np.to };
    const fronted = !!np && np.from > floor && isAdverbial(tokens, np.from - 1, floor);
    const before = np ? tokens[np.from - 1] : undefined;
    // "But officials said …": a conjunction opening the sentence links it to the one before, and the subject after it
    // is this clause's own
    // … and "but" before a name joins clauses only, comma or not ("Henry is ruled out but Cole said …")
    const clause =
      before?.pos !== 'CCONJ' ||
      (/^(?:but|yet)$/.test(before.lower) && tokens[np!.from]!.pos === 'PROPN') ||
      tokens[np!.from - 2]?.lower === ',' ||
      np!.from - 1 === floor ||
      joinsClauses;
    // "A few days later the ministry said": an unpunctuated time phrase before the subject
    // … and "Last November a court judged": a date after "last", "this" or "next"
    const afterTime =
      !!before &&
      (/^(?:later|earlier|ago)$|^(?:yesterday|today)$/.test(before.lower) ||
        ((DATE_NAME.test(before.lower) || isTimeWord(before)) &&
          TIME_LEAD.has(tokens[np!.from - 2]?.lower ?? '')));
    // "The site reported its source said", "told reporters the police had said": a report inside a report
    const nested =
      !!before &&
      before.pos === 'VERB' &&
      np!.from - 1 > floor &&
      isReportingVerb(tokens, np!.from - 1);
    // … whose object may stand before the inner subject: "told reporters | the police had said"
    if (np && nested) {
      const inner = tokens.findIndex(
        (t, k) => k > np!.from && k <= np!.to && t.pos === 'DET' && tokens[k - 1]!.pos !== 'ADP',
      );
      if (inner > 0) np = { from: inner, to: np.to };
    }
    // "However they said …", "Meanwhile the firm said …": a connective adverb opening the sentence without a comma
    // … after a conjunction ("But now Europe says"), or a word the tagger read as an interjection ("Yes campaign
    // chairman John Tomaney said")
    const connective =
      (before?.pos === 'ADV' || before?.pos === 'INTJ') &&
      (np!.from - 1 === floor || (np!.from - 2 === floor && tokens[floor]!.pos === 'CCONJ'));
    // "The row comes after Mr Blair said …": a conjunction opening a clause of time or cause, which the tagger may
    // read as a preposition, has that clause's subject after it
    // … and "The fall came as Indonesia said": "as" after "came" opens such a clause too (linksToReport)
    // (… but "who has represented Minnesota since 2009, said": a year or a date after "since", "until" or "before" is
    // that preposition's object, no clause's subject, and no one who speaks; "one stated that" is someone)
    // (… with its article and adjectives too: "who has worked at SOA since the early 1990s, said", blind round 798;
    // "since the early days")
    const dated =
      !!np &&
      (/^\d/.test(tokens[np.to]!.lower) ||
        DATE_NAME.test(tokens[np.to]!.lower) ||
        (np.to > np.from && TIME_SPANS.test(tokens[np.to]!.lower))) &&
      onlyModifiers(tokens, np.from, np.to);
    const subordinated =
      !!before &&
      !dated &&
      (SUBORDINATORS.has(before.lower) || linksToReport(tokens, np!.from - 1));
    // ("…, whose films include Star Wars: The Phantom Menace, said": a colon between capitalised words is inside a
    // title, no boundary a subject opens after)
    let colon = np ? np.from - 1 : -1;
    if (tokens[colon]?.pos === 'DET') colon--;
    let title = colon - 1;
    while (title > floor && tokens[title]!.pos === 'PROPN') title--;
    const titleColon =
      tokens[colon]?.lower === ':' && tokens[colon - 1]?.pos === 'PROPN' && title > floor;
    if (
      np &&
      !titleColon &&
      !dated &&
      (np.from === floor ||
        (isBoundary(before) && clause) ||
        subordinated ||
        afterTime ||
        nested ||
        fronted ||
        connective)
    ) {
      // "Jo Roe of the University of California, Los Angeles, said": a place after the comma ends the body's name
      const ofPlace = before?.lower === ',' && endsInOfName(tokens, text, np.from - 1, np.to);
      if (!place && !ofPlace && personName(tokens, text, np)) return np;
      if (!ofPlace) fallback ??= np;
    }
    // a piece that is a prepositional phrase ("in its March 8 media release") is stepped over whole
    let j = np ? np.from - 1 : i;
    // Whether a comma separates the walk from the verb. The walk below stops at the first comma, so this holds
    // for every word it passes: computed once, not once per word (quadratic on a long sentence).
    const closed = tokens.slice(j + 1, verb).some((x) => x.lower === ',');
    while (j >= floor && tokens[j]!.lower !== ',') {
      const t = tokens[j]!;
      // "Penny Sharpe, who co-sponsored the bill, said": a relative clause between commas is stepped over
      // (only once a comma separates it from the verb: in "Kim, who calls herself …" it is the verb's own)
      if (COMMA_RELATIVES.has(t.lower) && tokens[j - 1]?.lower === ',' && closed) {
        fallback = earlier;
        i = j - 1;
        continue pieces;
      }
      // "Raúl R. Labrador, a Republican of Idaho and once a leading immigration negotiator in the House, said": two
      // descriptions joined by "and" in a piece between commas describe the subject before them (BASIL round 1797)
      if (t.pos === 'CCONJ' && closed && joinsDescriptions(tokens, j)) {
        j--;
        continue;
      }
      if (
        t.pos === 'VERB' ||
        t.pos === 'SCONJ' ||
        t.pos === 'CCONJ' ||
        WH.has(t.lower) ||
        isQuoteChar(t.lower)
      ) {
        // "a senior official, who spoke on condition of anonymity, said": the clause's own verb comes before its
        // "who" when read backwards; the whole clause is stepped over all the same
        // (only looked for after a comma: the search walks back to the previous comma, which may be far away)
        const who = closed ? relativeOpening(tokens, j, floor) : -1;
        if (who >= 0) {
          fallback = earlier;
          i = who - 1;
          continue pieces;
        }
        // "The firm, reporting its first annual results since June, said": a participle's phrase between commas
        // describes the subject before it
        const side = closed ? participlePiece(tokens, j, floor) : -1;
        if (side >= 0) {
          fallback = earlier;
          i = side - 1;
          continue pieces;
        }
        // "Kathleen Blanco, the governor of Louisiana when Hurricane Katrina struck her state in 2005, told …": a
        // description with a clause of time or a participle's phrase of its own (Dragnet rounds 1112, 1114)
        const held = closed ? clausedDescription(tokens, j, floor) : -1;
        if (held >= 0) {
          fallback = earlier;
          i = held - 1;
          continue pieces;
        }
        return fallback;
      }
      j--;
    }
    if (j < floor) break;
    i = j;
  }
  return fallback;
}

/**
 * Whether the "and" at `k` joins two descriptions: a noun or a name before it, and after it (an adverb of time aside,
 * "and once a …") an article opening the next.
 */
function joinsDescriptions(tokens: Token[], k: number): boolean {
  if (tokens[k]!.lower !== 'and' || !/^(?:NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? ''))
    return false;
  let next = k + 1;
  if (tokens[next]?.pos === 'ADV') next++;
  return /^(?:a|an|the)$/.test(tokens[next]?.lower ?? '');
}

/** The phrase opens its clause: at the floor, after a boundary, or after an opening phrase of time or place. */
function opensClause(tokens: Token[], p: Phrase, floor: number): boolean {
  return (
    opensAt(tokens, p, floor) ||
    isAdverbial(tokens, p.from - 1, floor) ||
    // ("It came after the Office for National Statistics said …": a clause of time opens after its conjunction, which
    // the tagger reads as a preposition; BBC round 646)
    SUBORDINATORS.has(tokens[p.from - 1]?.lower ?? '')
  );
}

/** Where the comma piece holding `k` opens, when it opens with a participle in -ing ("…, reporting its results,"). */
function participlePiece(tokens: Token[], k: number, floor: number): number {
  let j = k;
  while (j >= floor && tokens[j]!.lower !== ',') j--;
  if (j <= floor) return -1;
  const word = tokens[j + 1]!;
  return word.pos === 'VERB' && word.lower.endsWith('ing') ? j : -1;
}

// words that open the clause of time closing a description set between commas: "the governor when the storm struck"
const TIME_CLAUSE_OPENERS = new Set(['when', 'while', 'until', 'before', 'after']);

/**
 * Where the comma piece holding `k` opens, when it is a description ending in a clause of time ("…, the governor of
 * Louisiana when Hurricane Katrina struck her state in 2005,") or a participle's phrase ("Hu Jiye, a middle-aged man
 * wearing a T-shirt and baseball cap, told reporters", China Digital Times, Dragnet round 1114): a noun phrase (an
 * article or adjective first, a noun in it) right after a name or a noun, then "when" or the like, or a participle.
 * Else -1.
 */
function clausedDescription(tokens: Token[], k: number, floor: number): number {
  let j = k;
  while (j >= floor && tokens[j]!.lower !== ',') j--;
  if (j <= floor || !/^(?:PROPN|NOUN)$/.test(tokens[j - 1]!.pos)) return -1;
  if (!/^(?:DET|ADJ)$/.test(tokens[j + 1]?.pos ?? '')) return -1;
  let noun = false;
  for (let m = j + 2; m <= k; m++) {
    const t = tokens[m]!;
    if (TIME_CLAUSE_OPENERS.has(t.lower)) return noun && m > j + 2 ? j : -1;
    if (t.pos === 'VERB' && /(?:ing|ed)$/.test(t.lower)) return noun ? j : -1;
    // ("middle-aged": a hyphen inside a compound modifier)
    if (!/^(?:DET|ADJ|NOUN|PROPN|ADP|NUM|PART)$/.test(t.pos) && t.lower !== '-') return -1;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') noun = true;
  }
  return -1;
}

/** Whether the piece after the comma at `j` (up to the next comma or `k`) holds no verb: it only names things. */
function namesOnly(tokens: Token[], j: number, k: number): boolean {
  const next = tokens.findIndex((t, i) => i > j && t.lower === ',');
  return tokens
    .slice(j + 1, next < 0 ? k : Math.min(next, k))
    .every((t) => t.pos !== 'VERB' && t.pos !== 'AUX');
}

/**
 * Where ", who" or ", which" opens the comma piece holding `k` (the comma's index), else -1. A piece opening with a
 * participle continues the clause before it: "The account for X, which replaced Y, hosted by Z, tweeted".
 */
function relativeOpening(tokens: Token[], k: number, floor: number): number {
  let j = k;
  for (;;) {
    while (j >= floor && tokens[j]!.lower !== ',') j--;
    if (j <= floor) return -1;
    const word = tokens[j + 1]!;
    // (… and "whose": "The Oscar-nominated actor, whose films include … Star Wars: The Phantom Menace, said")
    if (COMMA_RELATIVES.has(word.lower)) return j;
    // ("…, whose films include Schindler's List, Michael Collins and Star Wars: The Phantom Menace, said": a piece
    // that only names things, no verb in it, is an item of a list inside the clause; BBC round 652)
    const participle = word.pos === 'VERB' && participleOrGerundShaped(word.lower);
    if (!participle && !(word.pos === 'PROPN' && namesOnly(tokens, j, k))) return -1;
    j--;
  }
}

/**
 * Whether the capitalised piece after the comma at `comma` continues the name of a body a person is "of" ("Jo Roe
 * of the University of California, Los Angeles"), so it names no speaker. After a description with no person in
 * it ("The delegate to the House of Representatives, Aumua Amata, told") the piece is the name.
 */
function endsInOfName(tokens: Token[], text: string, comma: number, to: number): boolean {
  for (let k = comma + 1; k <= to; k++)
    if (!UPPER_START.test(text.slice(tokens[k]!.start))) return false;
  let k = comma - 1;
  while (k >= 0 && tokens[k]!.pos === 'PROPN' && UPPER_START.test(text.slice(tokens[k]!.start)))
    k--;
  if (k === comma - 1 || tokens[k]?.lower !== 'of') return false;
  let start = k;
  while (start > 0 && tokens[start - 1]!.lower !== ',') start--;
  let of = start;
  while (tokens[of]!.lower !== 'of') of++;
  return of > start && !!personName(tokens, text, { from: start, to: of - 1 });
}

/** The subject after an opening prepositional phrase that the noun phrase swallowed ("Thursday the board"). */
function openingAdverbial(tokens: Token[], np: Phrase, floor: number): Phrase | null {
  const adp = np.from - 1;
  if (tokens[adp]?.pos !== 'ADP' || adp !== floor) return null;
  // the phrase's own noun ends where a determiner starts the subject
  for (let k = np.from + 1; k <= np.to; k++) {
    if (tokens[k]!.pos === 'DET') return { from: k, to: np.to };
  }
  return null;
}

/** Whether tokens [.., end] are a prepositional phrase opening the sentence: "On the radio" before "she said". */
function isAdverbial(tokens: Token[], end: number, floor: number): boolean {
  let k = end;
  while (k >= floor && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[k]!.pos)) k--;
  // ("And on Thursday Mr Blair said": a conjunction may open the sentence before it)
  const start = tokens[floor]?.pos === 'CCONJ' ? floor + 1 : floor;
  if (k >= end || tokens[k]?.pos !== 'ADP') return false;
  // ("According to the Daily Wire, in 2012 Omar tweeted: …", PTC page, blind round 1023: a phrase of time after an
  // opening piece's comma is fronted all the same)
  const last = tokens[end]!;
  const time = YEAR.test(last.lower) || DATE_NAME.test(last.lower) || isTimeWord(last);
  return k === start || (k > start && tokens[k - 1]!.lower === ',' && time);
}

/**
 * Where "on Monday", "during the weekend", "last week", "this week", "earlier this month" starts when its time word is
 * at `end`, else -1.
 */
function timePhraseStart(tokens: Token[], end: number, floor: number): number {
  let k = end - 1;
  while (k >= floor && (tokens[k]!.pos === 'DET' || tokens[k]!.lower === 'last')) k--;
  if (k >= floor && tokens[k]!.pos === 'ADP') return k;
  if (!/^(?:last|this|next)$/.test(tokens[end - 1]?.lower ?? '')) return -1;
  return /^(?:earlier|later)$/.test(tokens[end - 2]?.lower ?? '') ? end - 2 : end - 1;
}

// the words of a participle's object and a phrase after it ("measuring salt in school meals")
const OBJECT_WORDS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * "Members backing the plan argued", "residents living near the plant said": the noun phrase opening the clause
 * before a participle (and a preposition) that ends in the phrase \`np\`, else null.
 */
function participleHead(tokens: Token[], np: Phrase, floor: number): Phrase | null {
  let k = np.from - 1;
  if (tokens[k]?.pos === 'ADP' && tokens[k]!.lower !== 'of') k--;
  // "A study measuring salt in school meals has revealed": the participle's object and a phrase after it
  for (let n = 0; n < 6 && k > floor && OBJECT_WORDS.has(tokens[k]!.pos); n++) k--;
  // "A draft resolution being considered for adoption on Tuesday calls for …": a passive in progress and its phrases
  if (k > floor + 1 && isPastParticiple(tokens[k]) && tokens[k - 1]?.lower === 'being') {
    const head = npEndingAt(tokens, k - 2, floor);
    return head && opensAt(tokens, head, floor) ? head : null;
  }
  const t = tokens[k];
  // "Four days later, a woman named Lindsay Menz told CNN": a person introduced by name speaks by that name (the
  // phrase runs from the description through the name)
  if (t && k === np.from - 1 && k > floor && NAMING_PARTICIPLES.has(t.lower) && t.pos === 'VERB') {
    const head = personOpening(tokens, k - 1, floor);
    return head && { from: head.from, to: np.to };
  }
  // "Donald Trump's nominee to head the Department of Homeland Security told": an infinitive and its object describe
  // the person before them, as a participle does (a person only: "The plan to close the plant" speaks for no one)
  if (
    t &&
    k > floor + 1 &&
    t.pos === 'VERB' &&
    t.lower === t.lemma &&
    tokens[k - 1]!.lower === 'to'
  )
    return personOpening(tokens, k - 2, floor);
  // "A letter sent to Martin Mubanga said his passport would not be issued" (BBC, blind round 1028): a past participle
  // and its phrase describe a text or a person before them, who speaks
  // (irregular ones too: "sent", "given", "shown")
  const past = t?.pos === 'VERB' && t.lower !== t.lemma && !/(?:ing|s)$/.test(t.lower);
  if (t && k > floor && past && tokens[k + 1]?.pos === 'ADP') {
    const head = npEndingAt(tokens, k - 1, floor);
    const noun = head ? tokens[head.to]!.lower : '';
    return head && opensAt(tokens, head, floor) && (SPEAKING_TEXTS.has(noun) || isPersonNoun(noun))
      ? head
      : null;
  }
  if (!t || k <= floor || t.pos !== 'VERB' || !t.lower.endsWith('ing')) return null;
  const head = npEndingAt(tokens, k - 1, floor);
  return head && opensAt(tokens, head, floor) ? head : null;
}

// whether the phrase stands at the start of its clause: the walk's floor, or right after a boundary
function opensAt(tokens: Token[], p: Phrase, floor: number): boolean {
  return p.from === floor || isBoundary(tokens[p.from - 1]);
}

// the phrase ending at `k` when it names a person ("a woman", "Trump's nominee") and opens the clause, else null
function personOpening(tokens: Token[], k: number, floor: number): Phrase | null {
  const head = npEndingAt(tokens, k, floor);
  return head && isPersonNoun(tokens[head.to]!.lower) && opensAt(tokens, head, floor) ? head : null;
}

/** "Lisa Parry, a nurse, said": the tagger may read a surname after a first name as a verb. */
function misTaggedSurname(tokens: Token[], text: string, i: number, floor: number): Phrase | null {
  const t = tokens[i];
  if (!t || t.pos !== 'VERB' || !UPPER_START.test(text.slice(t.start, t.end))) return null;
  const first = tokens[i - 1]?.pos === 'PROPN' ? npEndingAt(tokens, i - 1, floor) : null;
  return first && personName(tokens, text, { from: first.from, to: i })
    ? { from: first.from, to: i }
    : null;
}

/**
 * "A senior official who spoke on condition of anonymity said", "Refugees and groups that assist them argued": the head
 * of an unpunctuated relative clause.
 */
function relativeHead(tokens: Token[], verb: number, floor: number): Phrase | null {
  let inner = false;
  for (let k = verb - 1; k > floor && k >= verb - 12; k--) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' || isQuoteChar(t.lower)) return null;
    if (t.pos === 'VERB' || t.pos === 'AUX') inner = true;
    // (… or "that" with the clause's verb right after it: "Refugees and groups that assist them argued in court")
    // (… or "which" so, for a body: "A member of the board which regulates the Farm Credit System predicted …",
    // Reuters-21578 round 1159)
    const that =
      (t.lower === 'that' || t.lower === 'which') &&
      /^(?:VERB|AUX|ADV)$/.test(tokens[k + 1]?.pos ?? '') &&
      k + 1 < verb;
    if (t.lower !== 'who' && !that) continue;
    // "lawmakers who mention racism": the verb right after "who" belongs to the relative clause itself
    const head = inner ? npEndingAt(tokens, k - 1, floor) : null;
    const before = head ? tokens[head.from - 1] : undefined;
    return head && (!before || before.pos === 'PUNCT') ? head : null;
  }
  return null;
}

// (… and the seasons: "A Mori poll this summer suggested …", blind round 699)
const TIME_WORDS =
  /^(week|weeks|year|years|month|months|day|days|morning|evening|night|time|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|summer|winter|spring|autumn)$/;

/** A time word, but not "Today" read as the end of a name ("Russia Today", grammar/adverb-names.ts). */
function isTimeWord(t: Token): boolean {
  return TIME_WORDS.test(t.lower) && !(t.pos === 'PROPN' && t.lower === 'today');
}

/**
 * The subject at the start of the sentence: the first comma-separated piece that is a noun phrase followed by a
 * verb or, unless it names a time, by a comma ("Trump, in an interview, …"); adverbial pieces are stepped over
 * ("Earlier this week, an official account made …").
 */
export function sentenceSubject(tokens: Token[]): Phrase | null {
  let found: Phrase | null | undefined;
  if (tokens === lastSubjectOf) found = lastSubject;
  else {
    found = openingSubjects.get(tokens);
    if (found === undefined) openingSubjects.set(tokens, (found = findSentenceSubject(tokens)));
    lastSubjectOf = tokens;
    lastSubject = found;
  }
  // a copy: a caller may trim the phrase it is handed
  return found && { ...found };
}

// the sentence asked about last and its subject: callers ask about one sentence several times in a row, and this
// skips the WeakMap look-up then (as answersFor does in verbs.ts)
let lastSubjectOf: readonly Token[] | undefined;
let lastSubject: Phrase | null = null;

// The subjects at the start of sentences, per sentence's tokens: the speakers of quotations and attribution ask about
// the same sentence some 20 times (speaker.ts, people.ts, cues.ts, sources/). Right only while the array and its
// tokens stay as they are, as with subjectsFound above. A WeakMap: nothing outlives the article.
const openingSubjects = new WeakMap<readonly Token[], Phrase | null>();

function findSentenceSubject(tokens: Token[]): Phrase | null {
  let from = datelineEnd(tokens);
  for (let piece = 0; piece < 3 && from < tokens.length; piece++) {
    while (tokens[from] && ['ADV', 'SCONJ', 'CCONJ'].includes(tokens[from]!.pos)) from++;
    // ("Outside of the Conservative party, Labour leader Johann Lamont spoke": a preposition of two words opening
    // the sentence, whatever the tagger made of its first, sets a phrase before the subject)
    if (
      (OF_PREPOSITION_HEADS.has(tokens[from]?.lower ?? '') && tokens[from + 1]?.lower === 'of') ||
      (TO_PREPOSITION_HEADS.has(tokens[from]?.lower ?? '') && tokens[from + 1]?.lower === 'to')
    ) {
      while (tokens[from] && tokens[from]!.lower !== ',') from++;
      from++;
      continue;
    }
    let to = from - 1;
    while (isNp(tokens[to + 1])) to++;
    // "Mr Herron - who gained fame as … - said": a spaced dash (a hyphen joins words) opens an interruption
    const dash = spacedDash(tokens, from, to + 1);
    if (dash > from && !isNp(tokens[dash + 1]) && tokens[dash + 1]?.pos !== 'NUM')
      return { from, to: dash - 1 };
    // "Both he and the county's commissioner, …, urged": a coordinated subject is one phrase
    while (to >= from && tokens[to + 1]?.lower === 'and' && isNp(tokens[to + 2])) {
      to += 1;
      while (isNp(tokens[to + 1])) to++;
    }
    // "A spokeswoman for the environment ministry, who …, said"
    let when = -1;
    // (… but "The message in part said": "in part" is an adverb, no phrase on the subject)
    const adverb =
      tokens[to + 1]?.lower === 'in' &&
      IN_ADVERB_NOUNS.has(tokens[to + 2]?.lower ?? '') &&
      !isNp(tokens[to + 3]);
    if (to >= from && !adverb && tokens[to + 1]?.pos === 'ADP' && isNp(tokens[to + 2])) {
      let end = to + 2;
      while (isNp(tokens[end + 1])) end++;
      // ("A Department for Work and Pensions spokeswoman confirmed …", BBC, blind round 981: the object of the
      // preposition may be two names joined by "and")
      while (tokens[end + 1]?.lower === 'and' && isNp(tokens[end + 2])) {
        end += 2;
        while (isNp(tokens[end + 1])) end++;
      }
      // … but "Mr Blair on Sunday dismissed": a day after a preposition is when, no part of the subject
      if (end === to + 2 && DATE_NAME.test(tokens[end]!.lower)) when = end;
      else to = end;
    }
    let after = Math.max(to, when) + (adverb ? 3 : 1);
    if (tokens[after]?.lower === '(')
      while (tokens[after] && tokens[after - 1]?.lower !== ')') after++;
    // "They then equipped", "The council also voted": an adverb may stand between subject and verb
    let verb = after;
    while (tokens[verb]?.pos === 'ADV') verb++;
    const next = tokens[verb];
    // ("Mr Howard last week said": a time phrase between the subject and its verb is no part of the subject)
    if (to > from && isTimeWord(tokens[to]!)) {
      const start = timePhraseStart(tokens, to, from + 1);
      if (start > from) to = start - 1;
    }
    if (to >= from && next && (next.pos === 'VERB' || next.pos === 'AUX')) return { from, to };
    // ("On May 27, 2003, President Bush made …": the year after a date's comma closes the date, no subject)
    const year =
      to === from &&
      tokens[from - 1]?.lower === ',' &&
      /^(?:1[5-9]|20)\d\d$/.test(tokens[from]!.lower);
    if (to >= from && tokens[after]?.lower === ',' && !isTimeWord(tokens[to]!) && !year)
      return namedApposition(tokens, after + 1, /^an?$/.test(tokens[from]!.lower)) ?? { from, to };
    while (tokens[from] && tokens[from]!.lower !== ',') from++;
    from++;
  }
  return null;
}

/** The last spaced dash among the tokens after `from` up to `to`, else -1. */
function lastSpacedDash(tokens: Token[], from: number, to: number): number {
  for (let k = to; k > from; k--) if (isSpacedDash(tokens, k)) return k;
  return -1;
}

/** The first spaced dash among the tokens after `from` up to `to`, else -1. */
function spacedDash(tokens: Token[], from: number, to: number): number {
  for (let k = from + 1; k <= to && k < tokens.length; k++) if (isSpacedDash(tokens, k)) return k;
  return -1;
}

// "Google's chief executive, Sundar Pichai, was quoted": the name set off by commas is the fuller speaker
// (… and after an indefinite description set before it, the name alone with its verb: "A restaurant owner on Las
// Vegas’s east side, Legaspi nearly choked …", blind round 533)
function namedApposition(tokens: Token[], from: number, fronted = false): Phrase | null {
  let to = from - 1;
  while (tokens[to + 1]?.pos === 'PROPN') to++;
  if (to < from) return null;
  if (fronted) {
    let verb = to + 1;
    while (tokens[verb]?.pos === 'ADV') verb++;
    const next = tokens[verb];
    if (next && (next.pos === 'VERB' || next.pos === 'AUX')) return { from, to };
  }
  // ("Afghanistan's president, Hamid Karzai criticized …": the name's closing comma may be left out)
  if (to > from && tokens[to + 1]?.pos === 'VERB' && tokens[to + 1]!.lower.endsWith('ed'))
    return { from, to };
  if (tokens[to + 1]?.lower !== ',') return null;
  let verb = to + 2;
  while (tokens[verb]?.pos === 'ADV') verb++;
  const next = tokens[verb];
  return next && (next.pos === 'VERB' || next.pos === 'AUX') ? { from, to } : null;
}
