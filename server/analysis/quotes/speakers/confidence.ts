import type { AnalyzedSentence, Quote } from '../../types.ts';
import { articleContext, speakerFeatures } from './confidence-features.ts';
import { speakerForm, type SpeakerForm } from './confidence-form.ts';
import { modelConfidence } from './confidence-model.ts';

export {
  DOUBT_SHARE,
  speakerForm,
  speakersInDoubt,
  WEAK_FORMS,
  type SpeakerForm,
} from './confidence-form.ts';

/**
 * How often a speaker of each form was right on FIRST CONTACT (`eval/first-contact.json`, written by
 * `npx tsx eval/first-contact/replay.ts`; `npm run eval` prints the sums, "First-contact speaker counts by form"):
 * [speech quotes typed speech, right]. For each pool round 1–8 and the rounds 9–19 kept outside the project, the analyzer as it was before
 * any fix drawn from the round found the speakers of the round's articles, scored against today's gold. On the
 * project's own gold speakers are right 99% of the time, on first contact 74%: these counts say what a fresh
 * article shows. A pronoun in an article whose speakers are in doubt counts apart, as `pronoun:doubtful`
 * (speakersInDoubt). Re-measure when the speaker rules change.
 */
const FIRST_CONTACT: Record<SpeakerForm | typeof PRONOUN_IN_DOUBT, [number, number]> = {
  name: [873, 833],
  phrase: [164, 59],
  none: [92, 0],
  'one-word': [81, 18],
  pronoun: [101, 75],
  'pronoun:doubtful': [85, 59],
  long: [74, 51],
};

// A form seen n times counts as n quotes against PRIOR_WEIGHT quotes at the prior, as the sentence confidence does.
// Leaving each round out (rounds 1–13), 1 gives the lowest calibration error (0.017 against 0.020 at 2, 0.026 at 4);
// every form has been seen at least 26 times, so the weight moves little but a form still unseen.
const PRIOR_WEIGHT = 1;

/**
 * A speaker's confidence from counts of [quotes, right] per form: its form's share right, smoothed toward the share
 * right of every speaker found ("none" left out: it has its own count), rounded to two places, at most 0.99. The
 * eval rates each round with the other rounds' counts.
 */
export function speakerConfidenceFrom(
  counts: Readonly<Partial<Record<string, readonly [number, number]>>>,
  form: string,
): number {
  let [found, foundRight] = [0, 0];
  for (const [f, [n, right]] of Object.entries(counts) as [string, [number, number]][])
    if (f !== 'none') [found, foundRight] = [found + n, foundRight + right];
  const prior = found ? foundRight / found : 0.5;
  const [n, right] = counts[form] ?? [0, 0];
  const p = (right + PRIOR_WEIGHT * prior) / (n + PRIOR_WEIGHT);
  // never certain: a few hundred right answers say nothing of the next article's oddities
  return Math.min(0.99, Math.round(p * 100) / 100);
}

/**
 * The probability that a quote's speaker is right on a fresh article, from the form of the name found
 * (speakerConfidenceFrom, FIRST_CONTACT). `basis` (how it was found) is "none" when no speaker was found.
 */
export function speakerConfidence(basis: string, speaker: string | null): number {
  return formConfidence(speakerForm(speaker, basis));
}

/** The confidence of a speaker of this form, or form in its article (speakerKey; speakerConfidenceFrom, FIRST_CONTACT). */
export function formConfidence(form: string): number {
  return speakerConfidenceFrom(FIRST_CONTACT, form);
}

/** A pronoun's form is rated apart in an article whose speakers are in doubt (speakersInDoubt). */
export const PRONOUN_IN_DOUBT = 'pronoun:doubtful';

/** The key a speaker's counts and confidence go by: its form, and for a pronoun whether its article is in doubt. */
export function speakerKey(form: SpeakerForm, doubtful: boolean): string {
  return form === 'pronoun' && doubtful ? PRONOUN_IN_DOUBT : form;
}

/** A speech quote whose speaker was found: the model rates it (a quote with no speaker keeps its count's 0.01). */
function rated(q: Quote): boolean {
  return q.type === 'speech' && speakerForm(q.speaker, q.speakerBasis ?? '') !== 'none';
}

/**
 * The article's sentences with every found speaker of a speech quote rated by the speaker-confidence model
 * (confidence-model.ts), which reads the article as well as the quote (how many of its speakers came out weak, how
 * far back the speaker was named), so it runs once every quote has its speaker. Held out round by round on first
 * contact it is right more often at ≥ 0.9 than the count table by form and better calibrated (docs/labels.md,
 * "Session 9: confidence"); the table gives the confidence a quote has until then, and a quote with no speaker keeps it.
 */
export function rateSpeakersInArticle(sentences: AnalyzedSentence[]): AnalyzedSentence[] {
  if (!sentences.some((s) => s.quotes.some(rated))) return sentences;
  const context = articleContext(sentences);
  return sentences.map((s) =>
    s.quotes.some(rated)
      ? Object.assign({}, s, {
          quotes: s.quotes.map((q) =>
            rated(q)
              ? { ...q, speakerConfidence: modelConfidence(speakerFeatures(q, s, context)) }
              : q,
          ),
        })
      : s,
  );
}
