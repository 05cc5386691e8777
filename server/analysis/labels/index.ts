// The learned label stage: features of each sentence from the earlier stages' evidence, and the fitted model.
export { labelFeatures } from './features.ts';
export { FEATURES } from './feature-list.ts';
export type { SentenceEvidence } from './evidence.ts';
