import type { QuestionType } from './types.ts';

/** How a teacher shapes a lesson: how many questions, of which kinds, and which fresh set. */
export interface LessonSelection {
  /** How many questions the lesson asks (fewer when the article offers fewer). */
  count: number;
  /** The question kinds the teacher wants; never empty. */
  kinds: QuestionType[];
  /** 0 for the first set; each "make a fresh set" adds one. */
  round: number;
}

/** Every question kind, in the order the teacher's form lists them. */
export const QUESTION_TYPES: readonly QuestionType[] = [
  'classify',
  'spot-framing',
  'source-kind',
  'speaker',
  'quote-type',
  'rewrite',
];

/** About one lesson period: a dozen questions read and answered in 15–20 minutes. */
export const DEFAULT_COUNT = 12;
export const MIN_COUNT = 3;
export const MAX_COUNT = 40;

/** What a new lesson (and the bundled one) starts with. */
export const DEFAULT_SELECTION: LessonSelection = {
  count: DEFAULT_COUNT,
  kinds: [...QUESTION_TYPES],
  round: 0,
};

/** True for one of the question kinds (a form field may hold anything). */
export function isQuestionType(value: unknown): value is QuestionType {
  return (QUESTION_TYPES as readonly unknown[]).includes(value);
}
