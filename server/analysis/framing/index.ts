// The framing stage: the writer's own voice in a sentence, as weighted evidence.
export { findFramingCues, framingCuesOfSentences } from './framing.ts';
export { asReported, isWeak, strength, weightOf } from './weights.ts';
