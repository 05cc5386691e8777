import type { Phrase } from '../../grammar/phrases.ts';
import { isPastParticiple, startsUpper, type Token } from '../../grammar/token.ts';
import type { SpeakerContext } from './context.ts';

// how far back an unnamed person may have been introduced ("A source close to the inquiry told …" … "the source said")
const LOOK_BACK = 10;
// nouns that say only that a person speaks, so they point back to whoever the article introduced just before with a
// "who" clause ("a graduate who asked not to be named … the source said"), whatever that description's head
const ANY_PERSON = new Set(['source', 'person', 'individual', 'man', 'woman', 'interviewee']);
const ANY_PERSON_BACK = 3;
const INDEFINITE = new Set(['a', 'an', 'one']);
const ANAPHORIC = new Set(['the', 'this', 'that']);
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
const STATING = new Set(
  'say tell add explain describe recall confirm state claim insist report write testify recount'.split(
    ' ',
  ),
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

/** Whether the phrase is "the", lower-case describing words or an age, and a lower-case noun ("the source"). */
function bareDescription(tokens: Token[], text: string, np: Phrase): boolean {
  if (tokens[np.from]!.lower !== 'the' || np.to === np.from || np.to - np.from > 5) return false;
  const head = tokens[np.to]!;
  if (head.pos !== 'NOUN' || startsUpper(text, head) || !/^\p{Ll}+$/u.test(head.lower))
    return false;
  for (let k = np.from + 1; k < np.to; k++) {
    const t = tokens[k]!;
    if (startsUpper(text, t) || !['ADJ', 'NOUN', 'NUM', 'PUNCT'].includes(t.pos)) return false;
  }
  return true;
}

/** The end of a place or group after "of/for/…": "the Harbour Trust", "the village"; -1 when none, or a time. */
function objectEnd(tokens: Token[], at: number): number {
  let k = at;
  if (tokens[k]?.pos === 'DET') k++;
  let end = -1;
  while (['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[k]?.pos ?? '')) {
    if (TIME_WORDS.has(tokens[k]!.lower) || tokens[k]!.pos === 'NUM') return -1;
    end = k++;
  }
  return end;
}

/**
 * The whole description that starts at the determiner `det` and has its head at `head`: coordinated heads ("a
 * college graduate and resident"), up to two phrases of place or group ("of the village", "for the Harbour Trust",
 * "close to the inquiry") and a participle with its phrase before the clause's verb ("registered from Ireland");
 * never a "who" clause.
 */
function describedFrom(tokens: Token[], det: number, head: number): number {
  let end = head;
  while (tokens[end + 1]?.lower === 'and' && tokens[end + 2]?.pos === 'NOUN') end += 2;
  for (let pieces = 0; pieces < 2; pieces++) {
    let at = end + 1;
    if (tokens[at]?.lower === 'close' && tokens[at + 1]?.lower === 'to') at++;
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

/** The determiner opening the phrase whose head is at `k`, past describing words ("a former senior aide"). */
function determinerOf(tokens: Token[], k: number): number {
  let d = k - 1;
  while (
    d >= 0 &&
    ['ADJ', 'NOUN', 'NUM', 'PROPN'].includes(tokens[d]!.pos) &&
    tokens[d]!.lower !== 'one'
  )
    d--;
  // "a college graduate and resident": the first of two coordinated heads
  if (tokens[d]?.lower === 'and' && tokens[d - 1]?.pos === 'NOUN')
    return determinerOf(tokens, d - 1);
  return tokens[d]?.lower === '-' ? determinerOf(tokens, d) : d;
}

/**
 * "A source close to the inquiry told reporters … “…,” the source said": "the" and a noun with no name behind it
 * points back to the person the article introduced with "a" (or "one") and the same noun, and speaks as that first
 * description ("A source close to the inquiry"); a noun that says only that someone speaks ("the source", "the man")
 * points back to a description the article just gave a "who" clause ("a college graduate and resident of the city
 * who asked not to be named"). Another "the" description of the noun on the way is followed further back; a
 * possessive one ("his lawyer") or none found leaves the phrase as written.
 */
export function indefiniteAntecedent(ctx: SpeakerContext, seg: number, np: Phrase): string | null {
  const tokens = ctx.tokens[seg]!;
  if (!bareDescription(tokens, ctx.segments[seg]!.text, np)) return null;
  const noun = tokens[np.to]!.lower;
  const general = ANY_PERSON.has(noun);
  for (let s = seg; s >= 0 && s >= seg - LOOK_BACK; s--) {
    const own = ctx.tokens[s]!;
    const text = ctx.segments[s]!.text;
    for (let k = s === seg ? np.from - 1 : own.length - 1; k > 0; k--) {
      if (ctx.quoted[s]![k]) continue;
      const t = own[k]!;
      if (t.lower === noun && t.pos === 'NOUN') {
        const det = determinerOf(own, k);
        const word = own[det]?.lower ?? '';
        if (ANAPHORIC.has(word)) continue;
        if (!INDEFINITE.has(word)) return null;
        return text.slice(own[det]!.start, own[describedFrom(own, det, k)]!.end);
      }
      // "… a graduate and resident of the city who asked not to be named": the description that ends right before
      // the "who", back to its head noun
      if (!general || seg - s > ANY_PERSON_BACK || t.lower !== 'who') continue;
      for (let head = k - 1; head > 0 && k - head <= 8; head--) {
        if (own[head]!.pos !== 'NOUN') continue;
        const det = determinerOf(own, head);
        if (!INDEFINITE.has(own[det]?.lower ?? '') || describedFrom(own, det, head) !== k - 1)
          continue;
        return text.slice(own[det]!.start, own[k - 1]!.end);
      }
    }
  }
  return null;
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
): { at: number; display: string; head: string } | null {
  const det = tokens[subject.from]!;
  if (!INDEFINITE.has(det.lower)) return null;
  let head = subject.from + 1;
  while (head < subject.to && ['ADJ', 'NOUN', 'NUM'].includes(tokens[head]!.pos)) {
    if (tokens[head + 1]?.pos !== 'ADJ' && tokens[head + 1]?.pos !== 'NOUN') break;
    head++;
  }
  const noun = tokens[head]!;
  if (noun.pos !== 'NOUN' || startsUpper(text, noun) || !isPersonNoun(noun.lower)) return null;
  const end = describedFrom(tokens, subject.from, head);
  // introduced as a source ("A witness told reporters …"): someone the next quotes may well be from, unlike "A
  // resident asked the mayor …", after which "she said" is more likely the mayor
  let verb = end + 1;
  while (tokens[verb]?.pos === 'ADV' || tokens[verb]?.pos === 'AUX') verb++;
  if (tokens[verb]?.pos !== 'VERB' || !STATING.has(tokens[verb]!.lemma)) return null;
  return { at: det.start, display: text.slice(det.start, tokens[end]!.end), head: noun.lower };
}
