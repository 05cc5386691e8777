import { ATTRIBUTION_FEATURES } from './attribution-features.ts';
import { CLASS_FEATURES } from './class-features.ts';
import type { LabelFeature } from './feature.ts';
import { FRAMING_FEATURES } from './framing-features.ts';
import { PLACE_FEATURES } from './place-features.ts';
import { PUNCTUATION_FEATURES } from './punctuation-features.ts';
import { QUOTE_FEATURES } from './quote-features.ts';
import { WORD_FEATURES } from './word-features.ts';

/**
 * Every feature, named, with why it should matter, in the order of the vector (the fitted weights follow it: append,
 * never reorder). Words enter only as general classes from lexicon/.
 */
export const FEATURES: readonly LabelFeature[] = [
  ...ATTRIBUTION_FEATURES,
  ...FRAMING_FEATURES,
  ...QUOTE_FEATURES,
  ...PLACE_FEATURES,
  ...WORD_FEATURES,
  ...CLASS_FEATURES,
  ...PUNCTUATION_FEATURES,
];
