// The learned label stage: features of each sentence from the earlier stages' evidence.
export type { SentenceEvidence } from './evidence.ts';
export type { LabelFeature } from './feature.ts';
export { labelFeatures } from './label-features.ts';
export { FEATURES } from './table.ts';
