import type { BuildOutcome } from '../lessons/build-job.ts';
import { UPLOAD_ERRORS } from './teacher-upload.ts';

/** Status and message for a lesson that could not be built, each saying what to change. */
export function buildRefusal(outcome: Exclude<BuildOutcome, { ok: true }>): [number, string] {
  switch (outcome.why) {
    case 'upload':
      return UPLOAD_ERRORS[outcome.reason];
    case 'text':
      return [outcome.problem.status, outcome.problem.message];
    case 'no-sentences':
      return [422, 'No sentences were found in that text. Give the article itself.'];
    case 'too-slow':
      return [
        422,
        `Analysing that text took longer than ${(outcome.limitMs / 1000).toLocaleString('en', { maximumFractionDigits: 1 })} seconds, so it was stopped. Shorten it (or split it into two lessons) and try again.`,
      ];
    case 'busy':
      return [
        429,
        'Byline is still analysing other articles. Wait a moment, then send this one again.',
      ];
    case 'failed':
      return [
        422,
        'That text could not be analysed. Check it is a news article (not a table or code), or shorten it, and try again.',
      ];
  }
}
