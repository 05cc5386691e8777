import type { LabelFeature } from './feature.ts';

/** How the sentence ends, opens and divides. */
export const PUNCTUATION_FEATURES: readonly LabelFeature[] = [
  {
    name: 'punct:question',
    why: 'ends in a question mark',
    value: (c) => /\?["'”’)]*$/.test(c.e.segment.text),
  },
  {
    name: 'punct:colon',
    why: 'a colon introduces a statement or a list',
    value: (c) => c.e.segment.text.includes(':'),
  },
  {
    name: 'punct:quote-start',
    why: 'opens with a quote mark',
    value: (c) => /^["'“‘]/.test(c.e.segment.text),
  },
];
