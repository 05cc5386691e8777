import { NAME_PARTICLES } from '../../lexicon/name-particles.ts';

/**
 * The form of a speaker as the analyzer names it, which on first contact tells a right speaker from a wrong one far
 * better than how it was found (no way of finding one was right nine times in ten there, and a way sure in some
 * rounds failed in others): `name`, two capitalised words ("Ana Ruiz"); `pronoun`, a name of two or more words
 * reached through a pronoun ("he said" → the man named before: the wrong man about one time in five); `long`, three
 * or more ("Patricia Ann Spearman", but also "Counter Terrorism Command" for the person named before it); `one-word`
 * ("Erdogan" for "Recep Tayyip Erdoğan", "Part", "Virgin"); `phrase`, a lower-case word other than a name's particle
 * ("Wooster professor", "a tweet") or words the analyzer kept as written, finding no name in them; `none` (no speaker
 * found). The counts of each are in FIRST_CONTACT.
 */
export type SpeakerForm = 'name' | 'pronoun' | 'long' | 'one-word' | 'phrase' | 'none';

/**
 * The form of a speaker's name (SpeakerForm); `basis` is how it was found (quotes/speakers: "verb:pronoun",
 * "tag:phrase", "previous"), which tells a name reached through a pronoun and words kept as written.
 */
export function speakerForm(speaker: string | null, basis = ''): SpeakerForm {
  if (speaker === null || basis === 'none') return 'none';
  const words = speaker.split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return 'none';
  // "al-Amiri": a particle joined by a hyphen counts as the particle
  const lower = (w: string) => /^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w.split('-')[0]!);
  // "Harbour Board said": capitalised words the analyzer kept as written, finding no name (1 right of 9 on first contact)
  if (words.some(lower) || basis.endsWith(':phrase')) return 'phrase';
  if (words.length === 1) return 'one-word';
  // "…, he said": two capitalised words 98% right found directly, 83% through a pronoun
  if (basis.endsWith(':pronoun')) return 'pronoun';
  return words.length === 2 ? 'name' : 'long';
}

/**
 * How often a speaker of each form was right on FIRST CONTACT (`eval/first-contact.json`, written by
 * `npx tsx eval/first-contact/replay.ts`; `npm run eval` prints the sums, "First-contact speaker counts by form"):
 * [speech quotes typed speech, right]. For each pool round 1–8 and the rounds 9–13 kept outside the project, the analyzer as it was before
 * any fix drawn from the round found the speakers of the round's articles, scored against today's gold. On the
 * project's own gold speakers are right 97% of the time, on first contact 74%: these counts say what a fresh
 * article shows. Re-measure when the speaker rules change.
 */
const FIRST_CONTACT: Record<SpeakerForm, [number, number]> = {
  name: [362, 351],
  pronoun: [66, 57],
  long: [35, 22],
  'one-word': [36, 6],
  phrase: [53, 12],
  none: [58, 0],
};

// A form seen n times counts as n quotes against PRIOR_WEIGHT quotes at the prior, as the sentence confidence does.
// Leaving each round out (rounds 1–11), 1 gives the lowest calibration error (0.021 against 0.025 at 2, 0.034 at 4);
// every form has been seen at least 29 times, so the weight moves little but a form still unseen.
const PRIOR_WEIGHT = 1;

/**
 * A speaker's confidence from counts of [quotes, right] per form: its form's share right, smoothed toward the share
 * right of every speaker found ("none" left out: it has its own count), rounded to two places, at most 0.99. The
 * eval rates each round with the other rounds' counts.
 */
export function speakerConfidenceFrom(
  counts: Readonly<Partial<Record<string, readonly [number, number]>>>,
  form: SpeakerForm,
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

/** The confidence of a speaker of this form (speakerConfidenceFrom, FIRST_CONTACT). */
export function formConfidence(form: SpeakerForm): number {
  return speakerConfidenceFrom(FIRST_CONTACT, form);
}
