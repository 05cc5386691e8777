import type { Phrase } from '../../grammar/phrases.ts';
import { startsUpper, type Token } from '../../grammar/token.ts';
import { isNameOf } from '../../grammar/name-of.ts';
import {
  describedFrom,
  describedWithClause,
  determinerOf,
  INDEFINITE,
  restrictiveClauseEnd,
} from './description-phrase.ts';
import type { SpeakerContext } from './context.ts';

// how far back an unnamed person may have been introduced ("A source close to the inquiry told …" … "the source said")
const LOOK_BACK = 10;
// nouns that say only that a person speaks, so they point back to whoever the article introduced just before with a
// "who" clause ("a graduate who asked not to be named … the source said"), whatever that description's head
const ANY_PERSON = new Set(['source', 'person', 'individual', 'man', 'woman', 'interviewee']);
const ANY_PERSON_BACK = 3;
const ANAPHORIC = new Set(['the', 'this', 'that']);
// nouns for people that news copy clips once it has written them whole ("a sports TV executive" … "the exec said",
// Dragnet page of a media column on NBC's Olympics, blind round 973), by their clipped form
// (a Map: an object read by a word made at run time was a slow keyed look-up, at every word of ten sentences back)
const CLIPPED: ReadonlyMap<string, string> = new Map([
  ['exec', 'executive'],
  ['execs', 'executives'],
  ['prof', 'professor'],
]);

/** A noun as written whole ("exec" → "executive"); any other word as it is. */
function unclipped(lower: string): string {
  return CLIPPED.get(lower) ?? lower;
}

/** Whether the phrase is "the", lower-case describing words or an age, and a lower-case noun ("the source"). */
function bareDescription(tokens: Token[], text: string, np: Phrase): boolean {
  if (tokens[np.from]!.lower !== 'the' || np.to === np.from || np.to - np.from > 5) return false;
  const head = tokens[np.to]!;
  if (head.pos !== 'NOUN' || startsUpper(text, head) || !/^\p{Ll}+$/u.test(head.lower))
    return false;
  for (let k = np.from + 1; k < np.to; k++) {
    const t = tokens[k]!;
    // (a nation's or a place's adjective may describe too: "the Chinese journalist said", Reuters-21578, round 1227;
    // the words must then stand in the description found, indefiniteAntecedent)
    // (… and a body's name right after "the": "the Bank of Japan official told Reuters", round 1238)
    const national =
      t.pos === 'ADJ' ||
      (t.pos === 'PROPN' &&
        tokens
          .slice(np.from + 1, k)
          .every((x, j) => x.pos === 'PROPN' || isNameOf(tokens, np.from + 1 + j)));
    if (isNameOf(tokens, k)) continue;
    if (
      (startsUpper(text, t) && !national) ||
      !['ADJ', 'NOUN', 'NUM', 'PUNCT', 'PROPN'].includes(t.pos)
    )
      return false;
  }
  return true;
}

/** "the aide to Lyng": "the", a noun, a preposition and a name; the noun's place and the name's words, else null. */
function servedName(
  tokens: Token[],
  text: string,
  np: Phrase,
): { head: number; names: string[] } | null {
  const head = np.from + 1;
  if (tokens[np.from]!.lower !== 'the' || np.to - np.from > 5 || np.to < head + 2) return null;
  if (tokens[head]!.pos !== 'NOUN' || tokens[head + 1]!.pos !== 'ADP') return null;
  const names = tokens.slice(head + 2, np.to + 1);
  if (!names.every((t) => t.pos === 'PROPN' && startsUpper(text, t))) return null;
  return { head, names: names.map((t) => t.lower) };
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
  const text = ctx.segments[seg]!.text;
  // ("an aide to Agriculture Secretary Richard Lyng said … the aide to Lyng said": the noun and the name it serves
  // point back to the description that holds that name, Reuters-21578, round 1269)
  const served = servedName(tokens, text, np);
  if (served) {
    const described = indefiniteAntecedent(ctx, seg, { from: np.from, to: served.head });
    const words = described?.toLowerCase().split(/\s+/) ?? [];
    return served.names.every((w) => words.includes(w)) ? described : null;
  }
  if (!bareDescription(tokens, text, np)) return null;
  const noun = unclipped(tokens[np.to]!.lower);
  const general = ANY_PERSON.has(noun);
  // "“…,” the official said": the words describing the noun here or in the nearest mention of it with "the" ("The mining
  // sector official also said …") tell which person introduced before is meant ("One Mexican mining sector
  // official", not "an official in the ministry's metallurgy department" named in between, Reuters-21578, round
  // 1192); and a chain of such mentions keeps the first one in reach (round 1177)
  const modifiers = tokens.slice(np.from + 1, np.to).map((x) => x.lower);
  let describing: string[] | null = modifiers.length ? modifiers : null;
  let floor = seg - LOOK_BACK;
  let first: string | null = null;
  for (let s = seg; s >= 0 && s >= floor; s--) {
    const own = ctx.tokens[s]!;
    const text = ctx.segments[s]!.text;
    for (let k = s === seg ? np.from - 1 : own.length - 1; k > 0; k--) {
      if (ctx.quoted[s]![k]) continue;
      const t = own[k]!;
      if (unclipped(t.lower) === noun && t.pos === 'NOUN') {
        const det = determinerOf(own, k);
        const word = own[det]?.lower ?? '';
        const words = own.slice(det + 1, k).map((x) => x.lower);
        if (ANAPHORIC.has(word)) {
          if (!describing && words.length) describing = words;
          floor = Math.min(floor, s - LOOK_BACK);
          continue;
        }
        if (!INDEFINITE.has(word)) return first;
        const described = text.slice(own[det]!.start, own[describedWithClause(own, det, k)]!.end);
        if (!describing || describing.every((w) => words.includes(w))) return described;
        first ??= described;
        continue;
      }
      // "… a graduate and resident of the city who asked not to be named": the description that ends right before
      // the "who", back to its head noun
      if (!general || seg - s > ANY_PERSON_BACK || t.lower !== 'who') continue;
      for (let head = k - 1; head > 0 && k - head <= 8; head--) {
        if (own[head]!.pos !== 'NOUN') continue;
        const det = determinerOf(own, head);
        if (!INDEFINITE.has(own[det]?.lower ?? '') || describedFrom(own, det, head) !== k - 1)
          continue;
        const clause = restrictiveClauseEnd(own, k);
        return text.slice(own[det]!.start, own[clause > 0 ? clause : k - 1]!.end);
      }
    }
  }
  return first ?? (general ? null : onlyIntroduced(ctx, seg, floor, noun, describing));
}

/**
 * "One Reagan administration official said …" and, thirty sentences on, "“…,” the official said" (Reuters-21578,
 * round 1418): past the reach of the search, the one person the article introduced with the noun (and the describing
 * words used since) is still the one meant, when the article introduced no other.
 */
function onlyIntroduced(
  ctx: SpeakerContext,
  seg: number,
  below: number,
  noun: string,
  describing: string[] | null,
): string | null {
  const found = new Set<string>();
  for (let s = 0; s < below && s < seg; s++) {
    const own = ctx.tokens[s]!;
    for (let k = 1; k < own.length; k++) {
      const t = own[k]!;
      if (ctx.quoted[s]![k] || t.pos !== 'NOUN' || unclipped(t.lower) !== noun) continue;
      const det = determinerOf(own, k);
      if (!INDEFINITE.has(own[det]?.lower ?? '')) continue;
      const words = own.slice(det + 1, k).map((x) => x.lower);
      if (describing && !describing.every((w) => words.includes(w))) continue;
      const text = ctx.segments[s]!.text;
      found.add(text.slice(own[det]!.start, own[describedWithClause(own, det, k)]!.end));
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}
