// The learned label stage: features of each sentence from the earlier stages' evidence, and the fitted model.
export { FEATURES, labelFeatures, type SentenceEvidence } from './features.ts';
