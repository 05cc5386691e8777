import type { SentenceEvidence } from './evidence.ts';
import type { LabelFeature } from './feature.ts';

const hasSpeech = (s: SentenceEvidence | undefined) =>
  s !== undefined && s.quotes.some((q) => q.type === 'speech');

/** The sentence's kind, its place in the article and what its neighbours were found to be. */
export const PLACE_FEATURES: readonly LabelFeature[] = [
  {
    name: 'kind:headline',
    why: 'headlines compress reports and drop verbs of saying',
    value: (c) => c.e.segment.kind === 'headline',
  },
  {
    name: 'kind:caption',
    why: 'captions describe a picture, nearly always fact',
    value: (c) => c.e.segment.kind === 'caption',
  },
  {
    name: 'pos:first',
    why: 'the first body sentence is the news itself, usually fact',
    value: (c) => c.first,
  },
  {
    name: 'pos:relative',
    why: 'where in the article (0–1): closing sentences give background and views',
    value: (c) => c.relative,
  },
  {
    name: 'prev:attributed',
    why: 'a continuation carries the previous sentence’s source',
    value: (c) => c.prev?.rules === 'attributed',
  },
  {
    name: 'prev:speech',
    why: 'a speech quote before often goes on in this sentence',
    value: (c) => hasSpeech(c.prev),
  },
  {
    name: 'prev:framing',
    why: 'a writer who judged once tends to go on',
    value: (c) => c.prev?.rules === 'framing',
  },
  {
    name: 'prev:same-paragraph',
    why: 'carrying a source works within a paragraph',
    value: (c) => c.prev !== undefined && c.prev.segment.paragraph === c.e.segment.paragraph,
  },
  {
    name: 'next:attributed',
    why: 'a speaker named after the words ("…, he added." in the next sentence)',
    value: (c) => c.next?.rules === 'attributed',
  },
  {
    name: 'next:speech',
    why: 'a long quotation spans sentences',
    value: (c) => hasSpeech(c.next),
  },
];
