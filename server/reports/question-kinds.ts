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

const SHORT: Record<QuestionType, string> = {
  classify: 'Label',
  speaker: 'Speaker',
  'spot-framing': 'Loaded',
  'source-kind': 'Source',
  'quote-type': 'Quotes',
  rewrite: 'Rewrite',
};

/** A one-word name of a question type, for narrow column headers. */
export function questionKindShort(type: QuestionType): string {
  return SHORT[type];
}

/** The first words of a question's sentence, for headers and lists. */
export function shortExcerpt(text: string, max = 70): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}
