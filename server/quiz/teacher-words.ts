import type { Cue, Evidence, Label } from '../analysis/index.ts';

/** The cue a teacher's marked words stand for under each label; a plain fact has no deciding words. */
const CUE: Record<Label, Cue | null> = {
  fact: null,
  attributed: 'reporting-verb',
  framing: 'loaded',
};

/** Where `phrase` first occurs in `text`, ignoring case, or -1. */
export function findPhrase(text: string, phrase: string): number {
  return text.toLowerCase().indexOf(phrase.toLowerCase());
}

/**
 * The teacher's marked words as evidence of the sentence's label, in text order, with the sentence's own
 * spelling; words not found (the text may have changed) are left out.
 */
export function teacherEvidence(text: string, label: Label, words: readonly string[]): Evidence[] {
  const cue = CUE[label];
  if (!cue) return [];
  const spans = words.flatMap((w) => {
    const start = findPhrase(text, w.trim());
    return start < 0 || w.trim() === '' ? [] : [{ start, end: start + w.trim().length }];
  });
  return spans
    .sort((a, b) => a.start - b.start)
    .filter((s, i, all) => i === 0 || s.start >= all[i - 1]!.end)
    .map((s) => ({ ...s, text: text.slice(s.start, s.end), cue }));
}
