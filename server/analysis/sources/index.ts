// The sources stage: attribution cues and the sources a sentence reports.
export { attributeSentences } from './attribution.ts';
export { interviewerTurns } from './transcript.ts';
