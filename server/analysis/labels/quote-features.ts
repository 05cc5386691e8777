import type { LabelFeature } from './feature.ts';

/** What the quotes stage found in the sentence. */
export const QUOTE_FEATURES: readonly LabelFeature[] = [
  {
    name: 'quote:term',
    why: 'a quoted term or title is no report by itself',
    value: (c) => c.e.quotes.some((q) => q.type === 'term'),
  },
  {
    name: 'quote:speaker',
    why: 'a speech quote whose speaker was found',
    value: (c) => c.e.quotes.some((q) => q.type === 'speech' && q.speaker !== null),
  },
  {
    name: 'quote:no-speaker',
    why: 'a speech quote nobody was found to have said',
    value: (c) => c.e.quotes.some((q) => q.type === 'speech' && q.speaker === null),
  },
];
