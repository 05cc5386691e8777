import { phraseAfter, phraseText, possessor, type Phrase } from '../../grammar/phrases.ts';
import { subjectBefore } from '../../grammar/subjects.ts';
import { personName } from '../../grammar/names.ts';
import {
  isPastParticiple,
  isPossessiveMark,
  startsUpper,
  type Token,
} from '../../grammar/token.ts';
import { isReportingVerb } from '../../grammar/verbs.ts';
import { MADE_DOCUMENTS, SPEAKING_TEXTS } from '../../lexicon/speaking-texts.ts';
import { ORG_WORDS } from '../../lexicon/people.ts';
import { BARE_DAY } from '../../lexicon/subject-pieces.ts';
import { issuingVerbWords } from '../../grammar/issuing-verb.ts';
import type { SpeakerContext } from './context.ts';
import { bodyByKind } from './body-reference.ts';
import { namedBodyOfDescription } from './body-name.ts';

// how far back a text may have been introduced: the same noun ("the statement" … "a statement from …") across a few
// paragraphs (twelve sentences: "Oxfam says in a report" … eleven sentences on, "The report said"), another text noun
// ("the statement" … "an official release from …") only in the sentences just before
const SAME_NOUN_BACK = 12;
const OTHER_NOUN_BACK = 2;

/** Whether the phrase is "the" and a text noun, lower-case words only between ("the statement", "the joint letter"). */
function bareText(tokens: Token[], text: string, np: Phrase): boolean {
  if (tokens[np.from]!.lower !== 'the' || np.to === np.from) return false;
  const noun = tokens[np.to]!.lower;
  if (!(SPEAKING_TEXTS.has(noun) || MADE_DOCUMENTS.has(noun)) || startsUpper(text, tokens[np.to]))
    return false;
  for (let k = np.from + 1; k < np.to; k++) {
    const t = tokens[k]!;
    if (startsUpper(text, t) || (t.pos !== 'ADJ' && t.pos !== 'NOUN')) return false;
  }
  return true;
}

/** The speaker string for a maker's phrase: a person's fullest name, a body's name as written. */
function makerName(ctx: SpeakerContext, seg: number, np: Phrase): string {
  const tokens = ctx.tokens[seg]!;
  const text = ctx.segments[seg]!.text;
  const name = personName(tokens, text, np);
  if (name) return ctx.people.fullest(phraseText(tokens, text, name));
  // ("The company denied the allegations in a statement": the body the kind stands for, when the article named it)
  const body = bodyByKind(ctx, seg, np);
  if (body) return body;
  // ("the Harbour Trust" is the Harbour Trust; "the district" stays a description, "district" names nothing)
  const the = tokens[np.from]!.lower === 'the' && np.from < np.to;
  const from = the && startsUpper(text, tokens[np.to]) ? np.from + 1 : np.from;
  // ("the group released a report" after "the International Crisis Group": the one body whose name the kind closes,
  // as a speaker written so is read, Dragnet page of the New York Times, blind round 949)
  return namedBodyOfDescription(ctx, phraseText(tokens, text, { from, to: np.to }));
}

// the words of a text's "of" phrase: "a statement of joint understanding" (or a participle: "of shared intent")
const AFTER_TEXT = new Set(['ADJ', 'NOUN', 'DET']);

type Found = { maker: string } | { unknown: true } | null;

/**
 * Who made the text mentioned at `k` of sentence `s`: "an official release from the Harbour Trust" → the trust, "the
 * mayor's statement" → the mayor, "the council said in a statement" → the council; { unknown } for a text with no
 * maker named ("a leaked memo"), null for a definite mention that only points further back ("Asked about the
 * statement, …"). A text by two makers ("a joint letter by Ann Roe and Tom Hale") is named as the article first
 * described it, without its makers ("joint letter").
 */
function makerAt(ctx: SpeakerContext, s: number, k: number, sameNoun: boolean): Found {
  const tokens = ctx.tokens[s]!;
  const text = ctx.segments[s]!.text;
  let det = k - 1;
  // (a day is when the text came, no part of whose it is: "BuzzFeed’s Thursday night report", BASIL round 1795)
  while (
    det >= 0 &&
    (tokens[det]!.pos === 'ADJ' || tokens[det]!.pos === 'NOUN' || BARE_DAY.test(tokens[det]!.lower))
  )
    det--;
  // after the noun: what the text is of ("of joint understanding"), how it came out ("issued", "put out on Friday"),
  // then its maker after "from" or "by"
  let at = k + 1;
  if (tokens[at]?.lower === 'of' && !startsUpper(text, tokens[at + 1]))
    while (
      at + 1 < tokens.length &&
      at - k < 6 &&
      (AFTER_TEXT.has(tokens[at + 1]!.pos) || isPastParticiple(tokens[at + 1]))
    )
      at++;
  if (at > k + 1) at++;
  if (isPastParticiple(tokens[at])) at++;
  // (… its maker maybe set off by a comma: "according to the report, by the International Crisis Group, a research
  // organization", Dragnet page of the New York Times, blind round 949)
  const comma = tokens[at]?.lower === ',' && /^(?:by|from)$/.test(tokens[at + 1]?.lower ?? '');
  if (comma) at++;
  const link = tokens[at]?.lower;
  const author =
    link === 'from' || link === 'by' ? phraseAfter(tokens, at) : ofBody(tokens, text, k);
  if (author && tokens.slice(author.from, author.to + 1).some((t) => startsUpper(text, t))) {
    // "by Ann Roe and Tom Hale": two makers, so the text speaks as itself, as the article first named it
    const after = tokens[author.to + 1]?.lower === ',' ? author.to + 2 : author.to + 1;
    if (tokens[after]?.lower === 'and' && startsUpper(text, tokens[after + 1]))
      return { maker: phraseText(tokens, text, { from: det + 1, to: comma ? at - 2 : at - 1 }) };
    return { maker: makerName(ctx, s, author) };
  }
  if (det >= 0 && isPossessiveMark(tokens[det])) {
    const owner = possessor(tokens, det);
    if (owner) return { maker: makerName(ctx, s, owner) };
  }
  const article = tokens[det]?.lower;
  const verb = article === 'a' || article === 'an' ? madeBy(tokens, det, sameNoun) : -1;
  if (verb >= 0) {
    const subject = subjectBefore(tokens, text, verb);
    if (subject && tokens[subject.from]!.pos !== 'PRON')
      return { maker: makerName(ctx, s, subject) };
  }
  return article === 'the' || article === 'this' ? null : { unknown: true };
}

/**
 * "The report of the Public Sector Divestment Committee also recommended …" (Reuters-21578, round 1197): a body named
 * by its capitalised kind right after the text noun at `k` and "of" made the text; null otherwise.
 */
function ofBody(tokens: Token[], text: string, k: number): Phrase | null {
  if (tokens[k + 1]?.lower !== 'of') return null;
  const body = phraseAfter(tokens, k + 1);
  const kind = body ? tokens[body.to]! : undefined;
  return kind && ORG_WORDS.has(kind.lower) && startsUpper(text, kind) ? body : null;
}

// the words of an object between a verb and "in a statement" ("denied the allegations in a statement")
const OBJECT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The verb whose subject made the text an indefinite article opens at `det`, or -1: a reporting verb before "in",
 * maybe past its object ("the council said in a statement", "the company denied the allegations in a statement"), or,
 * for the same noun as the later mention (`sameNoun`), a verb of putting a text out right before it ("the committee
 * put out a statement", "Big Machine Records issued a statement", AEB page of Fox News, blind round 920).
 */
function madeBy(tokens: Token[], det: number, sameNoun: boolean): number {
  if (tokens[det - 1]?.lower === 'in') {
    let v = det - 2;
    while (v > 0 && v > det - 8 && OBJECT_WORDS.has(tokens[v]!.pos)) v--;
    return isReportingVerb(tokens, v) ? v : -1;
  }
  // (only for the noun the later mention repeats: "sending a message to the city" may be no text at all)
  if (!sameNoun) return -1;
  if (issuingVerbWords(tokens, det - 1) === 1) return det - 1;
  return issuingVerbWords(tokens, det - 2) === 2 ? det - 2 : -1;
}

/**
 * "In a release from the Harbour Trust on Friday, the trust said … “…,” read the statement": a definite text with no
 * maker of its own points back to the text the article introduced before, and speaks for whoever made it. The same
 * noun is looked for a few paragraphs back, any other text noun only in the last sentences; a text introduced with
 * no maker named leaves the phrase as it is.
 */
export function earlierTextMaker(ctx: SpeakerContext, seg: number, np: Phrase): string | null {
  const tokens = ctx.tokens[seg]!;
  if (!bareText(tokens, ctx.segments[seg]!.text, np)) return null;
  return makerBefore(ctx, seg, np.from - 1, tokens[np.to]!.lower);
}

/**
 * "… according to the report, by the International Crisis Group … “…,” it said": whoever made the text the article
 * introduced with `noun` before token `before` of sentence `seg` (the same search as `earlierTextMaker`), or null.
 */
export function makerBefore(
  ctx: SpeakerContext,
  seg: number,
  before: number,
  noun: string,
): string | null {
  // (each definite mention of the same noun on the way keeps the text in reach: "The report of the … Committee
  // recommended …" and six paragraphs of "the report said", Reuters-21578, round 1197)
  let floor = seg - SAME_NOUN_BACK;
  for (let s = seg; s >= 0 && s >= floor; s--) {
    const own = ctx.tokens[s]!;
    const anyNoun = seg - s <= OTHER_NOUN_BACK;
    for (let k = s === seg ? before : own.length - 1; k >= 0; k--) {
      const t = own[k]!;
      if (ctx.quoted[s]![k] || t.pos !== 'NOUN') continue;
      if (t.lower !== noun && !(anyNoun && SPEAKING_TEXTS.has(t.lower))) continue;
      const found = makerAt(ctx, s, k, t.lower === noun);
      if (!found && t.lower === noun) floor = Math.min(floor, s - SAME_NOUN_BACK);
      // (another text noun with no maker, "sending a message", may be no text at all: read on)
      if (found && ('maker' in found || t.lower === noun))
        return 'maker' in found ? found.maker : null;
    }
  }
  return null;
}
