import type { Found } from '../../inherit.ts';
import { pickOverRule } from '../../../scoring/index.ts';
import type { SpeakerContext } from '../context.ts';
import { fullBodyName } from '../body-name.ts';
import { withoutLongTitle } from '../person-name.ts';
import { speakerCandidates } from './candidates.ts';
import { candidateProbabilities, parseSpeakerModel, type SpeakerModel } from './model.ts';
import { candidateRecorder } from './record.ts';
import { SPEAKER_WEIGHTS } from './weights.ts';

// Off at run time, measured (docs/labels.md, "Session 9: learned speaker choice"): overriding the rules gained on
// first contact but lost on the rounds as the rules read them today, and broke 18 of the speaker tests' conventions
// ("a spokesman for Roe" given to Roe), at every margin tried; scoring alone, for `speakerProbability`, took the
// bench from 2.7× to 3.2× a bare parse. The weights stay parsed (a corrupt file fails at load) for the harness.
const SCORE_AT_RUN_TIME = false;

const FITTED: SpeakerModel | null =
  SPEAKER_WEIGHTS === null ? null : parseSpeakerModel(SPEAKER_WEIGHTS);
const MODEL = SCORE_AT_RUN_TIME ? FITTED : null;

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
  // (a training harness records the rules' own answers: the model must not have changed them)
  if (recorder) {
    recorder(ctx.segments, quotes);
    return out;
  }
  if (!MODEL) return out;
  for (const q of quotes) {
    const p = candidateProbabilities(MODEL.weights, q.candidates);
    const pick = pickOverRule(p, q.rule, MODEL.margin);
    if (pick !== q.rule) {
      q.found.speaker = q.candidates[pick]!.speaker;
      q.found.basis = q.found.speaker ? 'learned' : 'none';
    }
    out.set(q.found, p[pick]!);
  }
  return out;
}
