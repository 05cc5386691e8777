import type { AnalyzedSentence } from '../analysis/index.ts';
import type { LessonSelection } from './selection.ts';
import type { Question, QuestionType } from './types.ts';
import { MIN_CONFIDENCE, quizConfidence } from './confidence.ts';

// How much a kind teaches on its own: telling the three labels apart is the lesson's core.
const KIND_VALUE: Record<QuestionType, number> = {
  classify: 0.5,
  'spot-framing': 0.45,
  'source-kind': 0.4,
  speaker: 0.35,
  'quote-type': 0.35,
  rewrite: 0.3,
};

// The share each kind gets of a mixed lesson, relative: classify (the core distinction) about a third.
const KIND_SHARE: Record<QuestionType, number> = {
  classify: 2.2,
  'spot-framing': 1.3,
  'source-kind': 1,
  speaker: 1,
  'quote-type': 0.9,
  rewrite: 0.8,
};

export interface SelectOptions {
  /**
   * Slots (`slotOf`) to keep when still offered: the current set, so an edit does not reshuffle the
   * lesson, and a sentence the teacher relabelled keeps its (now different) question.
   */
  keep?: ReadonlySet<string>;
  /** Ids to leave out while others remain (the set a "fresh set" replaces). */
  avoid?: ReadonlySet<string>;
  /** Sentences the teacher corrected or confirmed: they expect to find them in the lesson. */
  preferred?: ReadonlySet<number>;
}

// A stable number in [0, 1) from a string, so a fresh set differs by round but never by run.
function hash01(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) / 2 ** 32;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A question's place in a lesson: its kind and sentence (its id also changes with its answer). */
export function slotOf(q: Question): string {
  return `${q.type}:${q.sentenceIndex}`;
}

/** How worth asking a question is on its own: how sure the label is and how much the answer teaches. */
export function questionValue(q: Question, sentence: AnalyzedSentence | undefined): number {
  // (as sure as the quiz takes it, so a fact with a figure comes before one without; a sentence asked about only so
  // the lesson covers its label, label-cover.ts, counts as just sure enough)
  const certainty = sentence ? Math.max(quizConfidence(sentence), MIN_CONFIDENCE) : 0.5;
  const words = wordCount(q.excerpt);
  // Long sentences crowd a phone screen; very short ones give little to reason about.
  const length = words > 60 ? -0.3 : words > 40 ? -0.1 : words < 6 ? -0.2 : 0.15;
  // a fact has no deciding words by definition, so it is not worth less for showing none
  const factual = q.type === 'classify' && q.correct[0] === 'fact';
  const evidence = q.evidence.length > 0 || factual ? 0.3 : 0;
  const kind = sentence && sentence.kind !== 'body' ? -0.1 : 0;
  return certainty * 0.6 + KIND_VALUE[q.type] + evidence + length + kind;
}

/**
 * Picks a lesson's questions from everything the generator offers: at most `count` of the chosen kinds,
 * one per sentence, kinds and classify answers mixed, spread over the article, in the order asked (the
 * most certain and instructive first). Pure and deterministic for the same input and round.
 */
export function selectQuestions(
  pool: readonly Question[],
  sentences: readonly AnalyzedSentence[],
  selection: LessonSelection,
  options: SelectOptions = {},
): Question[] {
  const kinds = new Set(selection.kinds);
  const byIndex = new Map(sentences.map((s) => [s.index, s]));
  let left = pool.filter((q) => kinds.has(q.type));
  const value = new Map(left.map((q) => [q.id, questionValue(q, byIndex.get(q.sentenceIndex))]));
  const gap = Math.max(1, sentences.length / Math.max(1, selection.count));
  const maxRewrite = Math.max(1, Math.ceil(selection.count / 8));
  const chosen: Question[] = [];
  const perKind = new Map<string, number>();
  const used = new Set<number>();

  const score = (q: Question): number => {
    let s = value.get(q.id)!;
    if (options.keep?.has(slotOf(q))) s += 1;
    if (options.avoid?.has(q.id)) s -= 1;
    if (options.preferred?.has(q.sentenceIndex)) s += 0.4;
    if (selection.round > 0) s += 0.6 * hash01(`${q.id}:${selection.round}`);
    s -= (0.35 * (perKind.get(q.type) ?? 0)) / KIND_SHARE[q.type];
    // Classify answers stay balanced: a set of only facts teaches nothing about framing.
    if (q.type === 'classify') s -= 0.3 * (perKind.get(`classify:${q.correct[0]}`) ?? 0);
    if (chosen.at(-1)?.type === q.type) s -= 0.4;
    const near = Math.min(
      Infinity,
      ...chosen.map((c) => Math.abs(c.sentenceIndex - q.sentenceIndex)),
    );
    if (near < gap / 2) s -= 0.4 * (1 - near / (gap / 2));
    return s;
  };

  while (chosen.length < selection.count) {
    left = left.filter(
      (q) =>
        !used.has(q.sentenceIndex) &&
        (q.type !== 'rewrite' || (perKind.get('rewrite') ?? 0) < maxRewrite),
    );
    if (left.length === 0) break;
    let best = left[0]!;
    let bestScore = score(best);
    for (const q of left.slice(1)) {
      const s = score(q);
      if (s > bestScore || (s === bestScore && q.id < best.id)) [best, bestScore] = [q, s];
    }
    chosen.push(best);
    used.add(best.sentenceIndex);
    perKind.set(best.type, (perKind.get(best.type) ?? 0) + 1);
    if (best.type === 'classify') {
      const key = `classify:${best.correct[0]}`;
      perKind.set(key, (perKind.get(key) ?? 0) + 1);
    }
  }
  return chosen;
}
