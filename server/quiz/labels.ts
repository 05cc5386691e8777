import type { Label } from '../analysis/index.ts';
import type { Choice } from './types.ts';

/** The three labels, in the order the quiz, the review form and the reports list them. */
export const LABELS: readonly Label[] = ['fact', 'attributed', 'framing'];

/** True for one of the three labels (a form field or a stored response may hold anything). */
export function isLabel(value: unknown): value is Label {
  return (LABELS as readonly unknown[]).includes(value);
}

/** What students see for each label, in the order the quiz lists them before shuffling. */
export const LABEL_CHOICES: readonly Choice[] = [
  { id: 'fact', text: 'Reported fact' },
  { id: 'attributed', text: 'Attributed quote or claim' },
  { id: 'framing', text: 'Editorial framing' },
];

/** The student-facing name of a label. */
export function labelText(label: Label): string {
  return LABEL_CHOICES.find((c) => c.id === label)?.text ?? label;
}
