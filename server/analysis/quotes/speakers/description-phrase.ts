// How news writes out a person it does not name: "a spokesman for the Harbour Trust", "a witness to the crash".
import type { Phrase } from '../../grammar/phrases.ts';
import { isPersonNoun } from '../../grammar/person-noun.ts';
import { isNameOf } from '../../grammar/name-of.ts';
import { TIME_LEAD, TIME_WORD } from '../../lexicon/subject-pieces.ts';
import { isQuoteChar } from '../../grammar/phrases.ts';
import { isReportingVerb } from '../../grammar/verbs.ts';
import {
  isPastParticiple,
  isPossessiveMark,
  startsUpper,
  type Token,
} from '../../grammar/token.ts';

/** Words that introduce someone not named yet: "a source", "one poster". */
export const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another']);
// a place or time after a description is no part of who it is ("a spokesman on Monday said")
const TIME_WORDS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december today yesterday tonight morning afternoon evening night week weekend ' +
    'month year time'
  ).split(' '),
);
// verbs that introduce someone as stating something (not asking: "A resident asked the mayor …" leaves the answer to
// the mayor)
// (… and "A CBO spokeswoman declined to comment further. “…,” she said in an email": one who declines to comment,
// warns or denies has spoken too, and the words after are theirs)
const STATING = new Set(
  (
    'say tell add explain describe recall confirm state claim insist report write testify recount ' +
    'decline warn deny' +
    // ("The ministry's spokesman expressed his surprise and declared that …")
    ' declare express announce' +
    // ("Ion's father … urged the Parliament to take a stand. He said, “…”": one who urges has spoken too)
    ' urge' +
    // ("One tabloid journalist, who insisted on anonymity, lamented what he called the end of the “anything goes”
    // era. “…,” he said", Dragnet page of the New York Times, blind round 966: a complaint, an argument, an admission)
    ' lament complain argue admit acknowledge note predict' +
    // ("However, one fund manager does not agree that new investment will come that soon. “…,” he said",
    // Reuters-21578, round 1217)
    ' agree disagree' +
    // ("A Hong Kong trader estimated stocks at more than three mln … “…,” he said", round 1232: a figure put by
    // someone is their statement)
    ' estimate forecast' +
    // ("A foreign exchange analyst at a major Japanese bank here shared Baker's doubts. “…,” he said", round 1419: a
    // view shared or echoed is stated)
    ' share echo'
  ).split(' '),
);
const LINKS = new Set([
  'of',
  'for',
  'from',
  'at',
  'in',
  'with',
  'to',
  'on',
  'within',
  'inside',
  'near',
]);

/** The end of a place or group after "of/for/…": "the Harbour Trust", "the village"; -1 when none, or a time. */
function objectEnd(tokens: Token[], at: number): number {
  let k = at;
  // ("a director at one U.K. merchant bank": "one" opens the phrase as a determiner does, Reuters-21578, round 1213)
  if (tokens[k]?.pos === 'DET' || tokens[k]?.lower === 'one') k++;
  let end = -1;
  while (['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[k]?.pos ?? '')) {
    if (TIME_WORDS.has(tokens[k]!.lower) || tokens[k]!.pos === 'NUM') return -1;
    end = k++;
    // ("A spokesman at Bombay stock brokers Batliwala and Karani", Reuters-21578, round 1433: a firm named after two
    // partners joined by "and")
    if (
      tokens[k]?.lower === 'and' &&
      tokens[k - 1]!.pos === 'PROPN' &&
      tokens[k + 1]?.pos === 'PROPN' &&
      !['ADJ', 'NOUN', 'PROPN'].includes(tokens[k + 2]?.pos ?? '')
    )
      k++;
  }
  // "a spokesman for the Information Commissioner's Office" (BBC, blind round 1028): a body named through its owner
  // runs on past the possessive to its own noun
  if (end >= 0 && isPossessiveMark(tokens[k])) {
    let owned = k + 1;
    while (
      ['NOUN', 'PROPN'].includes(tokens[owned]?.pos ?? '') &&
      !TIME_WORDS.has(tokens[owned]!.lower)
    )
      owned++;
    if (owned > k + 1) return owned - 1;
  }
  return end;
}

/**
 * The whole description that starts at the determiner `det` and has its head at `head`: coordinated heads ("a
 * college graduate and resident"), up to two phrases of place or group ("of the village", "for the Harbour Trust",
 * "close to the inquiry") and a participle with its phrase before the clause's verb ("registered from Ireland");
 * never a "who" clause.
 */
export function describedFrom(tokens: Token[], det: number, head: number): number {
  let end = head;
  while (tokens[end + 1]?.lower === 'and' && tokens[end + 2]?.pos === 'NOUN') end += 2;
  for (let pieces = 0; pieces < 2; pieces++) {
    let at = end + 1;
    if (tokens[at]?.lower === 'close' && tokens[at + 1]?.lower === 'to') at++;
    // ("a person familiar with the plan": an adjective with its preposition, as "close to")
    else if (tokens[at]?.lower === 'familiar' && tokens[at + 1]?.lower === 'with') at++;
    if (!LINKS.has(tokens[at]?.lower ?? '')) break;
    const to = objectEnd(tokens, at + 1);
    if (to < 0) break;
    end = to;
  }
  // "a user registered from Ireland shared …": the participle's phrase, when the clause's own verb follows it
  const made = tokens[end + 1];
  if (made && isPastParticiple(made) && LINKS.has(tokens[end + 2]?.lower ?? '')) {
    const to = objectEnd(tokens, end + 3);
    const next = tokens[to + 1];
    if (to > 0 && next && (next.pos === 'VERB' || next.pos === 'AUX')) end = to;
  }
  return end - det > 12 ? head : end;
}

/**
 * "one analyst who asked not to be named said", "said one banker who attended the symposium.": a relative clause with
 * no comma, right after a description, that runs to the verb of saying or to the end of the tag is part of who
 * speaks (labellers kept it in 8 articles of 13 over Reuters-21578 rounds 1108-1378, and left it out in one of the
 * session-49 batches: a majority, not a rule of theirs; "A military spokesman who was not authorized to give his name
 * countered" was left out). The clause's last word when `who` opens one, else -1.
 */
export function restrictiveClauseEnd(tokens: Token[], who: number): number {
  if (tokens[who]?.lower !== 'who' || !/^(?:VERB|AUX|ADV)$/.test(tokens[who + 1]?.pos ?? ''))
    return -1;
  let inner = false;
  for (let k = who + 1; k < tokens.length && k <= who + 12; k++) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' || isQuoteChar(t.lower))
      return inner && (t.lower === '.' || t.lower === ',') ? k - 1 : -1;
    // (the next verb of the sentence's own, not one chained to the clause's: "asked not to be named said")
    const chained = tokens[k - 1]!.lower === 'to' || tokens[k - 1]!.pos === 'AUX';
    if (t.pos === 'VERB' && inner && !chained) {
      // (an adverb before the verb is the sentence's: "… with other nations also said")
      let end = k - 1;
      while (tokens[end]!.pos === 'ADV') end--;
      return isReportingVerb(tokens, k) ? end : -1;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX') inner = true;
  }
  return -1;
}

/** describedFrom, with the restrictive relative clause after it when it has one (see restrictiveClauseEnd). */
export function describedWithClause(tokens: Token[], det: number, head: number): number {
  const end = describedFrom(tokens, det, head);
  const clause = restrictiveClauseEnd(tokens, end + 1);
  return clause > 0 ? clause : end;
}

/** The determiner opening the phrase whose head is at `k`, past describing words ("a former senior aide"). */
export function determinerOf(tokens: Token[], k: number): number {
  let d = k - 1;
  while (
    d >= 0 &&
    (['ADJ', 'NOUN', 'NUM', 'PROPN'].includes(tokens[d]!.pos) || isNameOf(tokens, d)) &&
    tokens[d]!.lower !== 'one'
  )
    d--;
  // "a college graduate and resident": the first of two coordinated heads
  if (tokens[d]?.lower === 'and' && tokens[d - 1]?.pos === 'NOUN')
    return determinerOf(tokens, d - 1);
  return tokens[d]?.lower === '-' ? determinerOf(tokens, d) : d;
}

/**
 * "A spokesman for the Harbour Trust said the pier would shut. “…,” he said.": the unnamed person a sentence's
 * subject introduces ("a"/"an"/"one" and a noun for a person), as the article describes them, with where it stands;
 * null when the subject is anything else.
 */
export function unnamedSubject(
  tokens: Token[],
  text: string,
  subject: Phrase,
  isPersonNoun: (noun: string) => boolean,
  cited = false,
): { at: number; display: string; head: string } | null {
  const det = tokens[subject.from]!;
  // ("The council's chief executive said in a statement …": "the" and an owner's possessive describe one person too)
  // (… and so do a name's possessive and a relative: "Ion's father, who is a senator, urged …")
  const owned =
    (det.lower === 'the' &&
      tokens.slice(subject.from + 1, subject.to).some((t) => isPossessiveMark(t))) ||
    (det.pos === 'PROPN' &&
      isPossessiveMark(tokens[subject.from + 1]) &&
      subject.to === subject.from + 2);
  if (!INDEFINITE.has(det.lower) && !owned) return null;
  let head = owned
    ? tokens.findIndex((t, k) => k > subject.from && isPossessiveMark(t)) + 1
    : subject.from + 1;
  // "One of the victims from Saraf Jidad, who was around 80, recalled …": one of a group, named by the group's noun
  if (det.lower === 'one' && tokens[head]?.lower === 'of' && tokens[head + 1]?.lower === 'the')
    head += 2;
  // ("a UKIP spokesman", "a Google spokesperson": a name may modify the head like an adjective)
  while (head < subject.to && ['ADJ', 'NOUN', 'NUM', 'PROPN'].includes(tokens[head]!.pos)) {
    // ("A Department for Constitutional Affairs spokeswoman": a body's name may join its words with "for" or "of")
    // (… or "and": "A Department for Work and Pensions spokeswoman confirmed …", BBC, blind round 981)
    const joined =
      tokens[head]!.pos === 'PROPN' &&
      /^(?:for|of|and)$/.test(tokens[head + 1]?.lower ?? '') &&
      tokens[head + 2]?.pos === 'PROPN' &&
      head + 2 < subject.to;
    if (joined) {
      head += 2;
      continue;
    }
    const next = tokens[head + 1]?.pos;
    // (a name of several words too: "A Fox News spokesman")
    // (… and a name, or a nationality the tagger reads as one, after an adjective, short of the head: "A leading
    // Spanish broker said", Reuters-21578, round 1480)
    if (
      next !== 'ADJ' &&
      next !== 'NOUN' &&
      !(next === 'PROPN' && (tokens[head]!.pos === 'PROPN' || head + 1 < subject.to))
    )
      break;
    head++;
  }
  // (a text may stop on the determiner: "… according to a", found by the property test of cut texts)
  const noun = tokens[head];
  if (!noun || noun.pos !== 'NOUN' || startsUpper(text, noun) || !isPersonNoun(noun.lower))
    return null;
  const end = describedWithClause(tokens, subject.from, head);
  // introduced as a source ("A witness told reporters …"): someone the next quotes may well be from, unlike "A
  // resident asked the mayor …", after which "she said" is more likely the mayor
  // (or cited with "according to", `cited`)
  let verb = end + 1;
  // (past a relative clause set off by commas: "…, who was around 80 years old, recalled")
  if (tokens[verb]?.lower === ',' && tokens[verb + 1]?.lower === 'who') {
    let close = verb + 2;
    while (close < tokens.length && close < verb + 16 && tokens[close]!.lower !== ',') close++;
    if (tokens[close]?.lower === ',') verb = close + 1;
  }
  while (/^(?:ADV|AUX|PART)$/.test(tokens[verb]?.pos ?? '')) verb++;
  if (!cited && (tokens[verb]?.pos !== 'VERB' || !STATING.has(tokens[verb]!.lemma))) return null;
  return { at: det.start, display: text.slice(det.start, tokens[end]!.end), head: noun.lower };
}

/**
 * `"…," said one dealer at a top European bank.`: someone not named, described after the verb as a subject before it
 * would be ("A dealer at a small foreign bank said"), phrases of place and group included (Reuters-21578, rounds
 * 1133, 1140, 1147).
 */
export function describedAfterTag(tokens: Token[], np: Phrase): Phrase {
  const unnamed = INDEFINITE.has(tokens[np.from]!.lower) && isPersonNoun(tokens[np.to]!.lower);
  return unnamed ? { from: np.from, to: describedWithClause(tokens, np.from, np.to) } : np;
}

const NOMINAL = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * `"…," a spokesman for a company buying on behalf of the Soviet Union said.` (Reuters-21578, round 1154): between a
 * quotation and its verb, someone not named ("a", "an" or "one" and a noun for a person) with a phrase of place or
 * group or a participle's phrase after the noun, no comma anywhere: all of it is who speaks, but for a time at its end
 * (a relative clause is left to the labeller: "a Japanese banker who declined to be named" is kept whole, "A military
 * spokesman who was not authorized to give his name" is not). The phrase, or null.
 */
export function describedBeforeTag(tokens: Token[], np: Phrase): Phrase | null {
  if (!INDEFINITE.has(tokens[np.from]!.lower)) return null;
  let head = np.from + 1;
  while (head < np.to && NOMINAL.has(tokens[head + 1]!.pos)) head++;
  const noun = tokens[head]!;
  const next = tokens[head + 1];
  if (head >= np.to || noun.pos !== 'NOUN' || !isPersonNoun(noun.lower) || !next) return null;
  const opens = next.pos === 'ADP' || (next.pos === 'VERB' && /(?:ing|ed)$/.test(next.lower));
  if (!opens || tokens.slice(head + 1, np.to + 1).some((x) => x.pos === 'PUNCT')) return null;
  let to = np.to;
  if (TIME_WORD.test(tokens[to]!.lower)) {
    to--;
    while (to > head && (TIME_LEAD.has(tokens[to]!.lower) || tokens[to]!.pos === 'ADP')) to--;
  }
  return to > head ? { from: np.from, to } : null;
}

// the words after a description's head that open its phrase of place or group ("a lawyer for the driver"), or its
// relative clause or place ("one broker who …", "one broker here")
const DESCRIPTION_LINKS: ReadonlySet<string> = new Set([...LINKS, 'who', 'here']);

/**
 * The words of a written description in lower case and where its head stands: "one broker here" → head 1 ("broker"),
 * "a senior central bank official" → 4, "A lawyer for the driver" → 1 ("lawyer").
 */
export function descriptionHead(display: string): { words: string[]; head: number } {
  const words = display.toLowerCase().split(/\s+/);
  let head = 1;
  while (head + 1 < words.length && !DESCRIPTION_LINKS.has(words[head + 1]!)) head++;
  return { words, head: Math.min(head, words.length - 1) };
}
