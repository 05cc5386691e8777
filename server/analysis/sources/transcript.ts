import { SECTION_LABELS } from '../lexicon/section-labels.ts';
import { WRITER_LABELS } from '../lexicon/interview-labels.ts';
import type { Segment } from '../types.ts';

// "Ana Ruiz: I grew up here.", "Q: Why now?", "((Wikinews)) What is your first priority?": a paragraph opened by a
// speaker's label, one to four capitalised words and a colon, or a name in double brackets as Wikinews prints its
// interviews
const LABEL =
  /^(?:\(\((\p{Lu}[^()]{0,40})\)\)\s*|(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}):\s+)(?=\S)/u;
// an interview has at least two voices, and someone asks ("Labour: 45 seats" and "Greens: 3 seats" list results)
const MIN_SPEAKERS = 2;

/** The speaker's label opening the sentence, lower-cased, or null. */
function labelOf(text: string): string | null {
  // (a label has a colon or opens on "((": most paragraphs have neither, and the pattern need not run)
  if (!text.startsWith('((') && !text.includes(':')) return null;
  const m = LABEL.exec(text);
  const label = (m?.[1] ?? m?.[2])?.trim().toLowerCase();
  return label && !SECTION_LABELS.has(label) ? label : null;
}

const QUESTION = /\?["'”’)]*$/;

/**
 * The interviewer's labels: the voices whose turns are mostly questions, when some other voice mostly answers
 * ("((WN)) What is your role?" against "Jett: My job is …"; the interviewer may be labelled two ways, "((Wikinews))"
 * then "((WN))"). The interviewer writes the article, so its questions are the writer's own words, not a source's.
 */
function interviewers(
  turns: Map<string, { turns: number; asks: number }>,
  bracketedLabels: ReadonlySet<string>,
): Set<string> {
  const askers = [...turns].filter(([, t]) => t.asks * 2 > t.turns).map(([label]) => label);
  if (askers.length >= turns.size) return new Set();
  // ("KATE BOULDUAN: Why not debate?" against "BRIAN FALLON: We have had plenty …", a CNN transcript a news story
  // quotes, PolNeAR round 1755: an interviewer named as a person is someone the writer quotes, whose questions are her
  // words; only the writer's own label, in Wikinews' double brackets or a plain "Q", puts the writer's questions)
  return new Set(askers.filter((label) => bracketedLabels.has(label) || WRITER_LABELS.has(label)));
}

/**
 * Marks the sentences of an interview's turns: each paragraph opened by a speaker's label ("Wikinews: Why did you
 * run?", "Ana Ruiz: I grew up here. The town has given me a lot.") is that speaker's words, question and answer, in
 * an article where at least two voices take turns so and one of them asks. Like a block quotation, a turn carries no
 * quote marks, so only this layout says the words are someone's. The interviewer's turns are left to be read as the
 * writer's ("((Wikinews)) Thank you for your time." reports no one).
 */
export function transcriptTurns(segments: Segment[]): boolean[] {
  const { turnOf, askers } = readTurns(segments);
  return turnOf.map((t) => t !== null && !askers.has(t));
}

/** The sentences of an interviewer's turns (see transcriptTurns): the writer's own questions. */
export function interviewerTurns(segments: Segment[]): boolean[] {
  const { turnOf, askers } = readTurns(segments);
  return turnOf.map((t) => t !== null && askers.has(t));
}

interface Turns {
  turnOf: (string | null)[];
  askers: Set<string>;
}

// The turns of the article read last: an article's analysis asks for its interviewer's turns and then for the
// other voices' (analyze.ts, attribution.ts), and both come from one reading of every paragraph's label
let lastRead: { segments: readonly Segment[]; count: number; turns: Turns } | undefined;

/** The turns of `segments`, read once for the same array of sentences (never changed once segmented). */
function readTurns(segments: Segment[]): Turns {
  if (lastRead?.segments !== segments || lastRead.count !== segments.length)
    lastRead = { segments, count: segments.length, turns: readTurnsOf(segments) };
  return lastRead.turns;
}

/** Each sentence's turn label (null outside any turn) and the interviewer's labels; no turns unless an interview. */
function readTurnsOf(segments: Segment[]): Turns {
  const speakers = new Map<string, { turns: number; asks: number }>();
  const turnOf = segments.map(() => null as string | null);
  let turns = 0;
  let asked = false;
  let label: string | null = null;
  // (a turn asks once, however many of its sentences are questions)
  let turnAsked = false;
  let bracketed = true;
  const bracketedLabels = new Set<string>();
  segments.forEach((segment, i) => {
    if (segments[i - 1]?.paragraph !== segment.paragraph) {
      label = segment.kind === 'body' ? labelOf(segment.text) : null;
      if (label) bracketed &&= segment.text.startsWith('((');
      if (label && segment.text.startsWith('((')) bracketedLabels.add(label);
      turnAsked = false;
      if (label) {
        const seen = speakers.get(label) ?? { turns: 0, asks: 0 };
        speakers.set(label, { turns: seen.turns + 1, asks: seen.asks });
        turns++;
      }
    }
    turnOf[i] = label;
    if (label === null || turnAsked || !QUESTION.test(segment.text)) return;
    speakers.get(label)!.asks++;
    turnAsked = asked = true;
  });
  const interview = speakers.size >= MIN_SPEAKERS && turns >= MIN_SPEAKERS && asked;
  // "((WSS)) : Which past U.S. president(s) do you most admire and why?" line after line, the answers lost from the
  // copy (Wikinews, blind rounds 1666, 1680, 1685, 1687 and 1691): one voice in Wikinews' double brackets asking turn
  // after turn is an interviewer all the same, its questions put to someone, words of the interview as the
  // labellers read them, and no writer's questions that would make the article a column
  if (!interview && speakers.size === 1 && turns >= MIN_SPEAKERS && bracketed) {
    const [only] = speakers.values();
    if (only!.asks * 2 > only!.turns) return { turnOf, askers: new Set() };
  }
  if (!interview) return { turnOf: segments.map(() => null), askers: new Set() };
  return { turnOf, askers: interviewers(speakers, bracketedLabels) };
}
