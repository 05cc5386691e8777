import type { Question, QuestionType } from './types.ts';

// Within a sentence: "speech or scare quotes?" before "who said it?", whose prompt presumes speech.
const TYPE_ORDER: readonly QuestionType[] = [
  'classify',
  'source-kind',
  'quote-type',
  'speaker',
  'spot-framing',
  'rewrite',
];
// At most this many questions of one type in a row, when another type is left to ask.
const MAX_RUN = 2;

/**
 * Reading order (by sentence), with types interleaved: after MAX_RUN questions of one type the next
 * question of another type comes forward. A sentence's classify question always comes before the other
 * questions about it, which would give its label away.
 */
export function orderQuestions(questions: readonly Question[]): Question[] {
  const pending = [...questions].sort(
    (a, b) =>
      a.sentenceIndex - b.sentenceIndex || TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type),
  );
  const classifyPending = new Set(
    pending.filter((q) => q.type === 'classify').map((q) => q.sentenceIndex),
  );
  const ordered: Question[] = [];
  while (pending.length > 0) {
    const ready = pending.filter(
      (q) => q.type === 'classify' || !classifyPending.has(q.sentenceIndex),
    );
    const recent = ordered.slice(-MAX_RUN);
    const runType =
      recent.length === MAX_RUN && recent.every((q) => q.type === recent[0]!.type)
        ? recent[0]!.type
        : null;
    const next = ready.find((q) => q.type !== runType) ?? ready[0]!;
    pending.splice(pending.indexOf(next), 1);
    if (next.type === 'classify') classifyPending.delete(next.sentenceIndex);
    ordered.push(next);
  }
  return ordered;
}
