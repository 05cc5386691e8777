import { applyOverrides, labelText } from '../quiz/index.ts';
import type { Lesson } from '../store/types.ts';

/** What the 409 page tells a teacher whose save came from an older version of the lesson. */
export interface StaleConflict {
  yourVersion: number;
  savedVersion: number;
  savedAt: string;
  /** Where the saved lesson and the teacher's unsaved input differ, one line each. */
  changes: string[];
}

/**
 * Compares the lesson as saved by someone else with the teacher's input put on top of it (`draft`):
 * the title, and for each sentence its label, confirmation and quote corrections.
 */
export function staleChanges(saved: Lesson, draft: Lesson, yourVersion: number): StaleConflict {
  const changes: string[] = [];
  if (saved.title !== draft.title)
    changes.push(`Title: saved as “${saved.title}”, yours is “${draft.title}”.`);
  const before = applyOverrides(saved.analysis, saved.overrides).sentences;
  const after = applyOverrides(draft.analysis, draft.overrides).sentences;
  const confirmed = (l: Lesson, i: number) =>
    l.overrides.some((o) => o.sentenceIndex === i && o.confirmed);
  after.forEach((mine, k) => {
    const theirs = before[k];
    if (!theirs) return;
    const n = mine.index + 1;
    if (theirs.label !== mine.label)
      changes.push(
        `Sentence ${n}: saved as ${labelText(theirs.label)}, yours is ${labelText(mine.label)}.`,
      );
    if (confirmed(saved, mine.index) !== confirmed(draft, mine.index))
      changes.push(
        `Sentence ${n}: the saved version ${confirmed(saved, mine.index) ? 'confirms' : 'does not confirm'} the label.`,
      );
    mine.quotes.forEach((q, j) => {
      const other = theirs.quotes[j];
      if (other && (other.type !== q.type || other.speaker !== q.speaker))
        changes.push(
          `Sentence ${n}, quote ${j + 1}: saved as ${other.type} by ${other.speaker ?? 'no one named'}, yours is ${q.type} by ${q.speaker ?? 'no one named'}.`,
        );
    });
  });
  return { yourVersion, savedVersion: saved.version, savedAt: saved.updatedAt, changes };
}
