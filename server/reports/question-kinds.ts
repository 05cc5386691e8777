import type { QuestionType } from '../quiz/types.ts';

const KINDS: Record<QuestionType, string> = {
  classify: 'Fact, attributed or framing?',
  speaker: 'Who said it?',
  'spot-framing': 'Spot the framing',
  'source-kind': 'Named or anonymous source?',
  'quote-type': 'Speech or scare quotes?',
  rewrite: 'Rewrite neutrally (open)',
};

/** The teacher-facing name of a question type. */
export function questionKind(type: QuestionType): string {
  return KINDS[type];
}
