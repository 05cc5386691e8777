import { NAME_PARTICLES } from '../../lexicon/name-particles.ts';
import type { Quote } from '../../types.ts';
import { LOWER_START } from '../../grammar/letters.ts';

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
// A lower-case word of a speaker's name; "al-Amiri": a particle joined by a hyphen counts as the particle. (Module
// functions, not closures: tsx names every closure it makes, a property set on each call.)
function lowerWord(w: string): boolean {
  return LOWER_START.test(w) && !NAME_PARTICLES.has(w.split('-')[0]!);
}

export function speakerForm(speaker: string | null, basis = ''): SpeakerForm {
  if (speaker === null || basis === 'none') return 'none';
  const words = speaker.split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return 'none';
  // "Harbour Board said": capitalised words the analyzer kept as written, finding no name (1 right of 9 on first contact)
  if (words.some(lowerWord) || basis.endsWith(':phrase')) return 'phrase';
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
  return words.filter((w, i) => i === 0 || i === words.length - 1 || !innerWord(w)).length;
}

// a middle initial or a surname particle (the initial's pattern a constant: grammar/letters.ts says why)
const INITIAL = /^\p{Lu}\.$/u;
function innerWord(w: string): boolean {
  return INITIAL.test(w) || PERSON_PARTICLES.has(w.toLowerCase());
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
