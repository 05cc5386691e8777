import type { Found } from '../../inherit.ts';
import type { SpeakerContext } from '../context.ts';
import { fullBodyName } from '../body-name.ts';
import { withoutLongTitle } from '../person-name.ts';
import { speakerCandidates } from './candidates.ts';
import { candidateProbabilities, parseSpeakerModel, type SpeakerModel } from './model.ts';
import { candidateRecorder } from './record.ts';
import { SPEAKER_WEIGHTS } from './weights.ts';

const MODEL: SpeakerModel | null =
  SPEAKER_WEIGHTS === null ? null : parseSpeakerModel(SPEAKER_WEIGHTS);

const PERSON_FORMS = /^(?:name|pronoun|title|description)$/;

/**
 * Weighs the speakers the rules gave every speech quotation against the other people, bodies and descriptions
 * around it, with the fitted model; where the model prefers another candidate by more than its margin, that
 * candidate speaks. Returns the model's probability of each decided quotation's final speaker. Does nothing (an
 * empty map) when no weights are fitted and no training harness records candidates.
 */
export function learnedSpeakers(ctx: SpeakerContext, found: Found[]): Map<Found, number> {
  const out = new Map<Found, number>();
  const recorder = candidateRecorder();
  if (!MODEL && !recorder) return out;
  ctx.inside = undefined;
  // a mention's speaker is settled as the rules settle theirs (quotes.ts, canonicalSpeakers)
  const settle = (speaker: string, form: string) =>
    withoutLongTitle(
      ctx,
      PERSON_FORMS.test(form) && /\s/.test(speaker) ? speaker : fullBodyName(ctx, speaker),
    );
  const quotes = speakerCandidates(ctx, found, settle);
  recorder?.(ctx.segments, quotes);
  if (!MODEL) return out;
  for (const q of quotes) {
    const p = candidateProbabilities(MODEL.weights, q.candidates);
    let best = 0;
    for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
    if (best !== q.rule && p[best]! - p[q.rule]! > MODEL.margin) {
      q.found.speaker = q.candidates[best]!.speaker;
      q.found.basis = q.found.speaker ? 'learned' : 'none';
      out.set(q.found, p[best]!);
    } else out.set(q.found, p[q.rule]!);
  }
  return out;
}
