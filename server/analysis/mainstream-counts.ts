import { fromFirstContact } from './calibration.ts';

/**
 * How often each basis was right on mainstream news: [sentences, right] on blind rounds 560–764 (sessions 33–36: US
 * political news of 2015–16 from the "fake_or_real_news" set and BBC News stories of 2004–05, 13,219 sentences
 * labelled by hand before the analyzer saw them), counted with the rules of session 37. Some of those rules were
 * drawn from these rounds, so the shares are if anything high. Counts only, no text. Only the bases calibration.ts
 * rates from first contact are counted (framing in an opinion piece is rated apart, and these rounds hold few).
 *
 * The confidence of a label stays the share right on first contact with Wikinews (calibration.ts), which is what
 * the held-back sets measure. But a teacher pastes in mainstream news, where some bases fall far below it:
 * a fact with framing words too weak to decide (`fact:near`, 0.83 there) was right 52% of the time here, a fact
 * marked by a headline, a quotation or a "but" (`fact:marked`, 0.84) 63%. The quiz goes by the lower of the two
 * (quiz/confidence.ts), so it does not teach a coin toss as an answer.
 */
const MAINSTREAM_COUNTS: Readonly<Record<string, readonly [number, number]>> = {
  'attributed:speech-quote': [4162, 4139],
  'fact:clean': [1377, 1164],
  'fact:source-words': [1225, 737],
  'framing:isolated': [915, 587],
  'attributed:named-source': [738, 734],
  'fact:among-framing': [665, 401],
  'attributed:inside': [534, 444],
  'fact:marked': [523, 332],
  'fact:near': [456, 235],
  'attributed:reporting-verb': [334, 322],
  'fact:long': [324, 256],
  'attributed:framed:other-verb': [299, 252],
  'attributed:named-source:speech-verb': [296, 283],
  'attributed:framed': [263, 250],
  'attributed:reporting-verb:other-verb': [243, 198],
  'attributed:named-source:other-verb': [214, 164],
  'attributed:fragment': [111, 83],
  'attributed:according-to': [79, 77],
  'fact:lone-cue': [65, 42],
  'attributed:reportedly': [11, 11],
};

/** Fewer sentences than this say too little about a basis to lower a confidence by. */
export const MAINSTREAM_MIN_SENTENCES = 20;

/**
 * The share of sentences with this basis labelled right on mainstream news (MAINSTREAM_COUNTS), to two places;
 * undefined for a basis seen there fewer than MAINSTREAM_MIN_SENTENCES times or rated apart from first contact.
 */
export function mainstreamShare(basis: string): number | undefined {
  const counts = fromFirstContact(basis) ? MAINSTREAM_COUNTS[basis] : undefined;
  if (!counts || counts[0] < MAINSTREAM_MIN_SENTENCES) return undefined;
  return Math.round((counts[1] / counts[0]) * 100) / 100;
}
