export { applyOverrides } from './apply-overrides.ts';
export { MAX_REWRITE, MAX_TYPE_SHARE, MIN_PER_TYPE } from './cap-types.ts';
export {
  isSpeakerReliable,
  MIN_CONFIDENCE,
  quizConfidence,
  quizRating,
  speakerConfidenceOf,
  type QuizRating,
  type RatedSentence,
} from './confidence.ts';
export { generateQuestions } from './generate.ts';
export { unaskedLabels } from './unasked-labels.ts';
export { isLabel, LABEL_CHOICES, LABELS, labelText } from './labels.ts';
export { InvalidResponseError, isValidResponse, MAX_OPEN_ANSWER } from './response.ts';
export { scoreAnswer } from './score.ts';
export { shuffleChoices } from './shuffle.ts';
export type * from './types.ts';
export { questionValue, selectQuestions, slotOf, type SelectOptions } from './select.ts';
export {
  DEFAULT_COUNT,
  DEFAULT_SELECTION,
  isQuestionType,
  MAX_COUNT,
  MIN_COUNT,
  QUESTION_TYPES,
  type LessonSelection,
} from './selection.ts';
