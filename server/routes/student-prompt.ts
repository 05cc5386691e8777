import type { SentenceKind } from '../analysis/index.ts';
import type { Question } from '../quiz/index.ts';

/** What a phone shows above the sentence: a short heading and, when needed, one line of detail. */
export interface ShortPrompt {
  heading: string;
  /** The quote or source the question is about, or a one-line instruction. */
  detail: string | null;
  /** Headline or caption: shown as a tag on the sentence, so it is judged as one. */
  tag: string | null;
}

const TAGS: Record<SentenceKind, string | null> = {
  headline: 'Headline',
  caption: 'Photo caption',
  body: null,
};

/** The question's prompt cut to a phone-sized heading; the full prompt stays in the question data. */
export function shortPrompt(question: Question, kind: SentenceKind): ShortPrompt {
  const tag = TAGS[kind];
  switch (question.type) {
    case 'classify':
      return { heading: 'Fact, attributed or framing?', detail: null, tag };
    case 'spot-framing':
      return {
        heading: 'Spot the loaded words',
        detail: 'Tick every phrase that is the writer’s own judgement.',
        tag,
      };
    case 'source-kind':
      return {
        heading: 'Named or anonymous source?',
        detail: `The claim comes from “${question.source}”.`,
        tag,
      };
    case 'quote-type':
      return {
        heading: 'Speech or scare quotes?',
        detail: `The quote marks around “${question.quote}”.`,
        tag,
      };
    case 'speaker':
      return { heading: 'Who said it?', detail: `“${question.quote}”`, tag };
    case 'rewrite':
      return {
        heading: 'Rewrite it in neutral words',
        detail: 'Keep what can be checked; drop the writer’s judgement.',
        tag,
      };
  }
}
