import { NAME_PARTICLES } from '../../lexicon/name-particles.ts';
import type { AnalyzedSentence, Quote } from '../../types.ts';

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
  return nameParts(words) === 2 ? 'name' : 'long';
}

// Particles that join a person's surname ("de", "van", "bin"), written in either case; "of", "the", "and" join a
// body's name and are left out.
const PERSON_PARTICLES: ReadonlySet<string> = new Set(
  [...NAME_PARTICLES].filter((p) => !['and', 'for', 'of', 'on', 'the'].includes(p)),
);

/**
 * The words of a name less what only a person's name holds between its first and last word: a middle initial
 * ("George W. Bush") or a surname particle ("Jacqueline De León", "Bill de Blasio"). Such a name is a given name and
 * a surname, like "Ana Ruiz", not a run of three words that may hold a title or a body ("Broadcaster Piers Morgan",
 * "Counter Terrorism Command"). On first contact, rounds 1–16, all 13 such speakers were right (rounds 3, 7, 9, 10,
 * 15, 16), while the three-word runs left were right 20 of 36 times.
 */
function nameParts(words: readonly string[]): number {
  const inner = (w: string) => /^\p{Lu}\.$/u.test(w) || PERSON_PARTICLES.has(w.toLowerCase());
  return words.filter((w, i) => i === 0 || i === words.length - 1 || !inner(w)).length;
}

/**
 * How often a speaker of each form was right on FIRST CONTACT (`eval/first-contact.json`, written by
 * `npx tsx eval/first-contact/replay.ts`; `npm run eval` prints the sums, "First-contact speaker counts by form"):
 * [speech quotes typed speech, right]. For each pool round 1–8 and the rounds 9–18 kept outside the project, the analyzer as it was before
 * any fix drawn from the round found the speakers of the round's articles, scored against today's gold. On the
 * project's own gold speakers are right 99% of the time, on first contact 74%: these counts say what a fresh
 * article shows. A pronoun in an article whose speakers are in doubt counts apart, as `pronoun:doubtful`
 * (speakersInDoubt). Re-measure when the speaker rules change.
 */
const FIRST_CONTACT: Record<SpeakerForm | typeof PRONOUN_IN_DOUBT, [number, number]> = {
  name: [809, 777],
  phrase: [135, 38],
  none: [90, 0],
  'one-word': [76, 14],
  pronoun: [101, 75],
  'pronoun:doubtful': [71, 52],
  long: [65, 45],
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

/** Forms that say the analyzer found no person's name: no speaker, a phrase, one word, a run of three or more. */
export const WEAK_FORMS: ReadonlySet<SpeakerForm> = new Set(['none', 'phrase', 'one-word', 'long']);

/**
 * An article's speakers are in doubt when more than this share of its speech quotes have a weak form (WEAK_FORMS).
 * Chosen by leaving each round out (rounds 1–13): a tenth to a third rate the held-out rounds alike.
 */
export const DOUBT_SHARE = 0.2;

/**
 * True when the analyzer failed to name more than DOUBT_SHARE of an article's speakers. "He said" finds its man
 * among the people the article named before; where many speakers came out as no one, a phrase or a fragment, that
 * list is unreliable, and a pronoun lands on a region, a body or the wrong man (a sea named before for the
 * president who spoke of it, the tail of an agency's name for its director). On first contact, rounds 1–13, names reached through a
 * pronoun were right 39 of 40 times outside such articles and 18 of 26 inside them (misses in rounds 9, 10 and 11);
 * left together they sat at 0.86 while a round whose articles were clear had them all right.
 */
export function speakersInDoubt(
  quotes: readonly Pick<Quote, 'type' | 'speaker' | 'speakerBasis'>[],
): boolean {
  const speech = quotes.filter((q) => q.type === 'speech');
  const weak = speech.filter((q) => WEAK_FORMS.has(speakerForm(q.speaker, q.speakerBasis ?? '')));
  return speech.length > 0 && weak.length > DOUBT_SHARE * speech.length;
}

/** A pronoun's form is rated apart in an article whose speakers are in doubt (speakersInDoubt). */
export const PRONOUN_IN_DOUBT = 'pronoun:doubtful';

/** The key a speaker's counts and confidence go by: its form, and for a pronoun whether its article is in doubt. */
export function speakerKey(form: SpeakerForm, doubtful: boolean): string {
  return form === 'pronoun' && doubtful ? PRONOUN_IN_DOUBT : form;
}

/**
 * The article's sentences with each speaker reached through a pronoun rated in its article (speakerKey): whether the
 * article's speakers are in doubt is known only once every quote has its speaker. Others are returned as they are.
 */
export function rateSpeakersInArticle(sentences: AnalyzedSentence[]): AnalyzedSentence[] {
  if (!speakersInDoubt(sentences.flatMap((s) => s.quotes))) return sentences;
  const confidence = formConfidence(PRONOUN_IN_DOUBT);
  return sentences.map((s) =>
    s.quotes.some(
      (q) => q.type === 'speech' && speakerForm(q.speaker, q.speakerBasis ?? '') === 'pronoun',
    )
      ? Object.assign({}, s, {
          quotes: s.quotes.map((q) =>
            q.type === 'speech' && speakerForm(q.speaker, q.speakerBasis ?? '') === 'pronoun'
              ? { ...q, speakerConfidence: confidence }
              : q,
          ),
        })
      : s,
  );
}
