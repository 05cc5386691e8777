import type { Evidence, Label } from '../analysis/index.ts';

export type QuestionType =
  'classify' | 'speaker' | 'spot-framing' | 'source-kind' | 'quote-type' | 'rewrite';

export interface Choice {
  /** Stable within the question, so a stored answer still means the same choice after a reshuffle. */
  id: string;
  text: string;
}

interface QuestionBase {
  /** Deterministic: derived from the question's type and content, so unchanged questions keep their id when a lesson is edited. */
  id: string;
  type: QuestionType;
  /** Index of the sentence in the lesson's analysis the question is about. */
  sentenceIndex: number;
  prompt: string;
  /** The sentence (or quote) shown with the question. */
  excerpt: string;
  choices: Choice[];
  /** Shown only after the student has answered. */
  explanation: string;
  /** The deciding words, offsets into the sentence text, highlighted in feedback. */
  evidence: Evidence[];
}

export interface ClassifyQuestion extends QuestionBase {
  type: 'classify';
  multiple: false;
  correct: [Label];
}
export interface SpeakerQuestion extends QuestionBase {
  type: 'speaker';
  multiple: false;
  correct: [string];
  quote: string;
}
export interface SpotFramingQuestion extends QuestionBase {
  type: 'spot-framing';
  multiple: true;
  correct: string[];
}
export interface SourceKindQuestion extends QuestionBase {
  type: 'source-kind';
  multiple: false;
  correct: ['named' | 'anonymous'];
  source: string;
}
export interface QuoteTypeQuestion extends QuestionBase {
  type: 'quote-type';
  multiple: false;
  correct: ['speech' | 'term'];
  quote: string;
}
export interface RewriteQuestion extends QuestionBase {
  type: 'rewrite';
  multiple: false;
  /** Open answer: read by the teacher, never auto-scored. */
  correct: [];
}

export type Question =
  | ClassifyQuestion
  | SpeakerQuestion
  | SpotFramingQuestion
  | SourceKindQuestion
  | QuoteTypeQuestion
  | RewriteQuestion;
