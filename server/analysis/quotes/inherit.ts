import type { QuoteUnit } from './units.ts';
import type { QuoteType, Segment } from '../types.ts';
import { ANONYMOUS_HEADS, TITLES, isBodyWord } from '../lexicon/people.ts';
import { endsInLegalForm } from '../lexicon/abbreviations.ts';
import { UPPER_START } from '../grammar/letters.ts';

const ABOUT_SOMEONE = /^\s*(?:he|she|his|her)\b/i;
// a sentence telling that someone gave no comment: "were unavailable for comment", "declined to comment"
const NO_COMMENT =
  /\b(?:unavailable|not available|declined|refused|could not be reached|did not respond|would not)\b[^.;]*\bcomment/i;
const CONTRAST_OPENING = /^\s*(?:But|However|Yet)\b/;

/** A quotation with the type and speaker decided for it. */
export interface Found {
  unit: QuoteUnit;
  type: QuoteType;
  speaker: string | null;
  /** How the speaker was found ("tag:name", "previous", "none"): what its speaker confidence is measured on. */
  basis: string;
  /** A label cue ("as a", "so-called") or a title-case name made it a term. */
  labelled?: boolean;
}

// the ways a speaker is found from words before the quotation ("X concludes: “…”", "X said that “…”")
const INTRODUCED_BEFORE = /^(?:verb|verb-far|colon|clause|speech-noun):/;

/**
 * Fills the speaker of speech quotes that name none: the quotation carried on, the speech just before or after, or,
 * for a paragraph that is only a quotation, whoever the sentence before it reports ("…, Zapata said." then "“…”").
 */
export function inherit(
  found: Found[],
  segments: Segment[],
  reporter: (seg: number) => string | null = () => null,
  subject: (seg: number, anyone: boolean) => string | null = () => null,
  pointedBack: (seg: number) => string | null = () => null,
  issuer: (seg: number) => string | null = () => null,
  // the named subject of a sentence even when it holds a quotation (the callbacks above skip those)
  quotingSubject: (seg: number) => string | null = () => null,
  // whether the verb governing a quotation's clause has a speaker of its own (quotes/speakers/governing.ts)
  governed: (f: Found) => boolean = () => false,
): void {
  const para = (f: Found): number => segments[f.unit.openSeg]!.paragraph;
  found.forEach((f, i) => {
    if (f.type !== 'speech' || f.speaker || f.unit.depth > 0) return;
    const carried = found.find((g) => g.unit === f.unit.continues);
    if (carried?.speaker) return void ([f.speaker, f.basis] = [carried.speaker, 'carried']);
    let decided = false;
    for (let j = i - 1; j >= 0; j--) {
      const g = found[j]!;
      if (g.unit.depth > 0) continue;
      // "…," said Ann Berg; she called it a "cruel act" and urged people to "stand together": a term of the same
      // sentence between the quotation and the speech before it is stepped over
      if (g.type === 'term' && g.unit.closeSeg === f.unit.openSeg) continue;
      if (para(g) === para(f) || (para(g) === para(f) - 1 && opensParagraph(f, segments))) {
        // "“…,” Ruiz replied. Reyes added that the money ran out. “We asked twice.”": a sentence between them that
        // reports someone else hands the words on to that person
        const said = g.type === 'speech' ? g.speaker : null;
        // (… and one that reports the same speaker again keeps the words with that speaker: "“…” The Tories, he
        // said, can cut crime. “…”", not with the sentence's subject)
        const candidate =
          reportedBetween(g, f, reporter) ??
          subjectJustBefore(g, f, said, subject, segments) ??
          reporterOfEmbedded(g, f, said, quotingSubject, segments);
        // (a person the words themselves name, "he (Kerr) looked at", is talked about, not talking)
        const between =
          candidate && candidate !== said && !namedInWords(f, segments, candidate)
            ? candidate
            : null;
        // ("“It was the only honourable course,” the leader said. / “This was long overdue.” Those were the words of
        // his deputy, Carol Finn.": a next sentence pointing back at words that fill their sentence names their
        // speaker, whoever spoke before)
        const next = f.unit.closeSeg + 1;
        const named =
          !between && segments[next]?.paragraph === para(f) && fillsSentence(f, segments, found)
            ? pointedBack(next)
            : null;
        if (between) [f.speaker, f.basis, decided] = [between, 'sentence-before', true];
        else if (named) [f.speaker, f.basis, decided] = [named, 'next-sentence:name', true];
        else {
          f.speaker = g.type === 'speech' ? g.speaker : null;
          f.basis = f.speaker ? 'previous' : 'none';
          decided = true;
        }
      }
      break;
    }
    const before = f.unit.openSeg - 1;
    // … and "The ministry issued a statement on Monday:" closing the paragraph before leads in its subject's words,
    // as does "His family released a statement on Tuesday." without the colon (the statement's words follow)
    if (!decided && opensParagraph(f, segments) && segments[before]?.paragraph === para(f) - 1)
      f.speaker =
        reporter(before) ??
        issuer(before) ??
        (/:\s*$/.test(segments[before]!.text) ? subject(before, true) : null);
    if (!decided && f.speaker) f.basis = 'paragraph';
  });
  // "“We will not back down.” Jane Roe said this on Monday.": a quotation that fills its sentence, with no speaker
  // of its own or before it, goes to whoever the next sentence of its paragraph reports, or to whom a next sentence
  // pointing back at it names ("Those were the words of Jane Roe."), in the paragraph after too
  for (const f of found) {
    if (f.type !== 'speech' || f.speaker || f.unit.depth > 0 || !fillsSentence(f, segments, found))
      continue;
    const next = f.unit.closeSeg + 1;
    if (!segments[next]) continue;
    const sameParagraph = segments[next]!.paragraph === para(f);
    const nextParagraph = segments[next]!.paragraph === para(f) + 1 && opensParagraph(f, segments);
    // "He said he hoped to lead by Christmas. “I think that is sufficient time.” But a spokesman said …": a next
    // sentence opening on a contrast answers the words, it does not introduce them, when the one before reports
    const before = f.unit.openSeg - 1;
    // (asked only when needed: finding who a sentence reports walks all its verbs)
    const reportedBefore = () =>
      segments[before]?.paragraph === para(f) &&
      !found.some((g) => g.unit.closeSeg === before || g.unit.openSeg === before) &&
      !!reporter(before);
    // ("“…” Labour representatives were unavailable for comment.": those who gave no comment said none of it)
    const reportedNext =
      sameParagraph && !NO_COMMENT.test(segments[next]!.text) ? reporter(next) : null;
    const answered = CONTRAST_OPENING.test(segments[next]!.text) && reportedBefore();
    // … and "Mr Gopinath said the planes will connect cities. “We have chosen the ATR aircraft …” Filippo Bagnato, ATR's
    // chief executive, has said that …": words between two reports go on from the one before them
    const between = !!reportedNext && !answered && reportedBefore();
    const reported = !answered && !between ? reportedNext : null;
    if (reported) [f.speaker, f.basis] = [reported, 'next-sentence'];
    // (a person's name, so kept as named: not read as the start of a body's longer name)
    const named = !reported && (sameParagraph || nextParagraph) ? pointedBack(next) : null;
    if (named) [f.speaker, f.basis] = [named, 'next-sentence:name'];
  }
  // "Ann Berg also attacked the plan on the radio. “It shows no grasp of the facts. …”": a quotation filling its
  // sentences right after a sentence of the same paragraph with no quotation, and no speaker before or after it, is
  // the words of whom that sentence reports, else of the person its subject names
  for (const f of found) {
    if (f.type !== 'speech' || f.speaker || f.unit.depth > 0 || !fillsSentence(f, segments, found))
      continue;
    const before = f.unit.openSeg - 1;
    if (segments[before]?.paragraph !== para(f)) continue;
    if (found.some((g) => g.unit.closeSeg === before || g.unit.openSeg === before)) continue;
    // "Tom Reyes died on Monday. “He was a kind man.”": words opening on "he" or "she" speak about the subject
    const about = ABOUT_SOMEONE.test(segments[f.unit.openSeg]!.text.slice(f.unit.openAt + 1));
    const speaker = reporter(before) ?? (about ? null : subject(before, false));
    if (speaker && !namedInWords(f, segments, speaker))
      [f.speaker, f.basis] = [speaker, 'sentence-before'];
  }
  for (let i = found.length - 2; i >= 0; i--) {
    const f = found[i]!;
    const next = found[i + 1]!;
    if (
      f.type === 'speech' &&
      !f.speaker &&
      next.type === 'speech' &&
      next.speaker &&
      para(f) === para(next) &&
      next.unit.openSeg - f.unit.closeSeg <= 1 &&
      // ("“… Wait until when?” Then an unseen announcer concludes: “…”": a speaker introduced before their own words
      // is named for those, not for the words before, BASIL round 1791)
      // (words that fill their sentences, before a sentence of its own: a quotation inside a clause, "by … David Bell,
      // for not doing enough to promote the “…”", goes on to the next one's speaker as before)
      !(
        next.unit.openSeg > f.unit.closeSeg &&
        INTRODUCED_BEFORE.test(next.basis ?? '') &&
        fillsSentence(f, segments, found)
      ) &&
      // ("Forty MPs wrote to the minister, appealing to her to “think again”. Lord Roe, who began the letter,
      // said: “…”": words inside a clause whose verb has its own subject are that subject's, not the next speaker's)
      (fillsSentence(f, segments, found) || !governed(f))
    )
      [f.speaker, f.basis] = [next.speaker, 'next'];
  }
  // "…,” said Matthew Herren. The base station turns it into pages. “It downloads from the satellite …”": a quotation
  // filling its sentences, still with no speaker, after a sentence or two that report no one and have no person as
  // subject, goes on with the last speaker quoted
  found.forEach((f, i) => {
    if (f.type !== 'speech' || f.speaker || f.unit.depth > 0 || !fillsSentence(f, segments, found))
      return;
    const g = found
      .slice(0, i)
      .reverse()
      .find((x) => x.unit.depth === 0 && x.type === 'speech');
    if (!g?.speaker || f.unit.openSeg - g.unit.closeSeg > 3) return;
    for (let s = g.unit.closeSeg + 1; s < f.unit.openSeg; s++)
      if (reporter(s) || subject(s, false)) return;
    [f.speaker, f.basis] = [g.speaker, 'previous'];
  });
  // "“Needles get put right close up to my spine. …”" in a profile of a walker who has been the only one quoted: a
  // quotation filling its sentences, still with no speaker, in an article whose every speech quotation before it
  // (two at least) went to one person, is that person's too; a second speaker makes it unsure, and it stays so. On
  // BBC rounds 47–227 (labelled by hand before the rules saw them) it gave 22 quotations their speaker, none wrongly
  let sole: string | null = null;
  let quoted = 0;
  for (const f of found) {
    if (f.type !== 'speech' || f.unit.depth > 0) continue;
    if (f.speaker) {
      if (sole !== null && f.speaker !== sole) return;
      [sole, quoted] = [f.speaker, quoted + 1];
    } else if (sole && quoted >= 2 && fillsSentence(f, segments, found))
      [f.speaker, f.basis] = [sole, 'sole-speaker'];
  }
}

/** Whether the quotation's own words name this person by the last word of their name ("he (Kerr) looked at"). */
function namedInWords(f: Found, segments: Segment[], person: string): boolean {
  const last = person.split(/\s+/).pop()!;
  if (!UPPER_START.test(last)) return false;
  const named = new RegExp(`\\b${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u');
  return f.unit.parts.some((p) => named.test(segments[p.seg]!.text.slice(p.start, p.end)));
}

/**
 * The person reported by the latest sentence without quotations that stands between quotation `g` and quotation `f`,
 * when that person is not `g`'s speaker; else null.
 */
function reportedBetween(
  g: Found,
  f: Found,
  reporter: (seg: number) => string | null,
): string | null {
  for (let s = f.unit.openSeg - 1; s > g.unit.closeSeg; s--) {
    const other = reporter(s);
    if (other) return other;
  }
  return null;
}

/**
 * "“…,” Forster told BBC Wales Sport. Ruddock, though, is keen to protect his players. “At this stage …”": the person
 * a sentence right before the quotation names as its subject, standing between it and quotation `g`, when that is
 * not `g`'s speaker and the words do not open on "he" or "she" (which speak about the subject); else null.
 */
function subjectJustBefore(
  g: Found,
  f: Found,
  speaker: string | null,
  subject: (seg: number, anyone: boolean) => string | null,
  segments: Segment[],
): string | null {
  const before = f.unit.openSeg - 1;
  const opens = /^[\s*_]*$/.test(segments[f.unit.openSeg]!.text.slice(0, f.unit.openAt));
  if (before <= g.unit.closeSeg || !opens) return null;
  if (ABOUT_SOMEONE.test(segments[f.unit.openSeg]!.text.slice(f.unit.openAt + 1))) return null;
  const named = subject(before, false);
  return named && named !== speaker ? named : null;
}

/**
 * "Mr Lewis … reminded MPs that Ian McCartney had described Oliver Letwin as a “21st Century Fagin”. “Given the
 * outrage …?”": a short quotation `g` that closes the sentence before is a word its subject relayed from someone
 * else, so a quotation filling the next sentence is the subject's own; null when the subject is `g`'s speaker, `g`
 * is longer than a phrase, or the words open on "he" or "she".
 */
function reporterOfEmbedded(
  g: Found,
  f: Found,
  speaker: string | null,
  subject: (seg: number) => string | null,
  segments: Segment[],
): string | null {
  const before = f.unit.openSeg - 1;
  // (a closed quotation only: words left unclosed may be carried on to a speaker of their own)
  if (g.unit.closeSeg !== before || g.unit.openSeg !== before || !fillsSentence(f, segments))
    return null;
  const words = segments[before]!.text.slice(g.unit.openAt + 1, g.unit.closeAt)
    .trim()
    .split(/\s+/);
  // ("Magnani indicates Kirchner, described by Wikipedia as “a Peronist with leftist leanings”, might …": words
  // someone described a thing as are relayed whatever their length)
  if (words.length > 4 && !g.basis.startsWith('describing')) return null;
  if (ABOUT_SOMEONE.test(segments[f.unit.openSeg]!.text.slice(f.unit.openAt + 1))) return null;
  const named = subject(before);
  return named && named !== speaker ? named : null;
}

function fillsSentence(f: Found, segments: Segment[], found?: Found[]): boolean {
  const open = segments[f.unit.openSeg]!;
  const close = segments[f.unit.closeSeg]!;
  if (!/^[\s*_]*$/.test(open.text.slice(0, f.unit.openAt))) return false;
  if (f.unit.closeAt >= 0) return /^[\s.!?"”’']*$/.test(close.text.slice(f.unit.closeAt + 1));
  // a quotation left unclosed runs to its sentence's end (`… that's definite. "Italy looks good …`), when the
  // quotations around it are known, but one carried on to words that name their speaker ("“I knew … ¶ “The number …
  // grows,” he said.") is theirs, decided later
  return !!found && !found.some((g) => g.unit.continues === f.unit && g.speaker);
}

function opensParagraph(f: Found, segments: Segment[]): boolean {
  const seg = segments[f.unit.openSeg]!;
  const prev = segments[f.unit.openSeg - 1];
  return (
    (!prev || prev.paragraph !== seg.paragraph) &&
    /^[\s*_]*$/.test(seg.text.slice(0, f.unit.openAt))
  );
}

/**
 * A short bare phrase typed term only for want of a cue becomes speech when its sentence already quotes a speaker:
 * "… ,” she said, asking Cengiz to be “patient and resilient.”", "gave its “deepest sympathies” and said …".
 */
export function shareSentence(found: Found[]): void {
  for (const f of found) {
    if (f.type !== 'term' || f.labelled || f.unit.depth > 0 || f.unit.parts.length !== 1) continue;
    const seg = f.unit.openSeg;
    const other = found.find(
      (g) =>
        g !== f &&
        g.type === 'speech' &&
        g.speaker &&
        g.unit.depth === 0 &&
        (g.unit.openSeg === seg || g.unit.closeSeg === seg),
    );
    if (other) [f.type, f.speaker, f.basis] = ['speech', other.speaker, 'shared'];
  }
}

/**
 * "called the deal “a bad bargain” and “deeply unfair”": a quotation joined to the one before it by "and"/"or" is more
 * of the same words, so it takes that quotation's type and speaker when it found no speaker of its own.
 * Runs after `shareSentence`, so a bare phrase beside a quoted speaker is already speech.
 */
export function joinCoordinated(found: Found[], segments: Segment[]): void {
  for (let i = 1; i < found.length; i++) {
    const f = found[i]!;
    const g = found[i - 1]!;
    if (f.speaker || f.unit.depth > 0 || g.unit.depth > 0 || !g.speaker) continue;
    if (g.unit.closeSeg !== f.unit.openSeg || g.unit.closeAt < 0) continue;
    const between = segments[f.unit.openSeg]!.text.slice(g.unit.closeAt + 1, f.unit.openAt);
    if (!/^\s*,?\s*(?:and|or)\s*$/.test(between)) continue;
    // (a term keeps the speaker whose verb governs it closely, and so does the term joined to it)
    [f.type, f.speaker, f.basis] = [g.type, g.speaker, g.type === 'speech' ? 'previous' : g.basis];
  }
}

/**
 * A quotation over several paragraphs reopens each paragraph with a mark and closes only in the last, where the
 * speaker is often named ("“We rebuilt the school.” / "“It took two years,” the mayor said.") — one quotation, so its
 * earlier paragraphs that found no speaker take the one its later part found. Runs last, after every cue.
 */
export function shareCarriedBack(found: Found[]): void {
  const byUnit = new Map(found.map((f) => [f.unit, f]));
  for (let i = found.length - 1; i >= 0; i--) {
    const later = found[i]!;
    const earlier = later.unit.continues ? byUnit.get(later.unit.continues) : undefined;
    if (!earlier || earlier.speaker || earlier.type !== 'speech') continue;
    if (later.type !== 'speech' || !later.speaker) continue;
    [earlier.speaker, earlier.basis] = [later.speaker, later.basis];
  }
}

/**
 * "The “myth that ageing is a barrier” needs to be “exploded”, the work and pensions minister has said. This was why
 * …, Alan Johnson said.": an office named by description alone, with its holder named as the reporter of the next
 * sentence, is that person (news names the office first and the person after). Only an office: "the spokesman" may
 * be someone else than the next one reported.
 */
export function describedThenNamed(found: Found[], reporter: (seg: number) => string | null): void {
  for (const f of found) {
    if (f.type !== 'speech' || !f.speaker) continue;
    // ("The U.S. military's intelligence chief in Afghanistan": words of place or body before the office, and where
    // it is held after it, describe the office too)
    const words = f.speaker.replace(/\s+(?:in|at)\s+\p{Lu}[\p{L}. ]*$/u, '').split(/\s+/);
    const head = words[words.length - 1]!;
    if (words[0]!.toLowerCase() !== 'the' || head !== head.toLowerCase()) continue;
    if (!TITLES.has(head) || ANONYMOUS_HEADS.has(head)) continue;
    const next = reporter(f.unit.closeSeg + 1);
    // (a person's name: "Texaco Inc", a firm, holds no office, Reuters-21578, round 1132)
    const last = next?.slice(next.lastIndexOf(' ') + 1).toLowerCase() ?? '';
    if (next && /^\p{Lu}\S*\s+\p{Lu}/u.test(next) && !endsInLegalForm(next) && !isBodyWord(last))
      [f.speaker, f.basis] = [next, 'next-sentence'];
  }
}
