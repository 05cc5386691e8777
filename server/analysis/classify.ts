/**
 * One label per sentence, decided in this order (docs/labels.md):
 * 1. attributed — the attribution module says the main claim rests on a source. Framing words outside the quote
 *    don't override it; they only lower the confidence. The one exception is a report resting only on an aim told as
 *    someone's ("they want to …", `yieldsToFraming`): there framing strong enough to frame decides.
 * 2. framing — the writer's own cues outside any quote are strong enough: combined strength 1 − Π(1 − w) ≥ 0.5,
 *    so one strong cue (scaffolding, loaded word, speculation) decides, a lone intensifier or scare quote does not.
 *    A sentence that gives figures is anchored in checkable detail and needs 0.75: a mild evaluation beside a
 *    number, or a forecast beside words that report, tells a projection. The writer's own forecast, with nothing
 *    that reports, frames beside figures too ("Inflation could climb to 14%", ownForecast). Digits inside a name
 *    ("Xbox 2", "G7", "3G") are no figure, nor is the year a forecast points to ("likely to start in 2014")
 *    (givesFigure).
 *    Evidence: the cues; weak ones (valenced nouns and verbs) only when the others alone would not decide.
 * 3. fact — otherwise. Evidence is empty: nothing in the sentence departs from neutral report.
 * Once the whole article is labelled (calibration.ts, rateInArticle), a framing label resting on one evaluative,
 * loaded, generalising or scaffolding word in an article of eight sentences or more that otherwise reports becomes a
 * fact (`fact:lone-cue`): on first contact such words were description far more often than judgement. In an
 * article where nearly half the sentences frame (a column, a review, a match sketch), every fact becomes framing
 * (`framing:voice`): what no source carries there is told in the writer's voice. A question the writer asks in
 * their own voice, outside any quotation, is framing too (`framing:own-question`, own-question.ts).
 * Confidence is how often a label with the same basis (the label and the cue that decided it) was right on first
 * contact with articles the rules were not drawn from (calibration.ts), so 0.9 means right about nine times in ten.
 */
import { asReported, isWeak, strength } from './framing/index.ts';
import { basisOf, calibratedConfidence, type BasisHints } from './calibration.ts';
import type { Attribution, Evidence, Label, Segment } from './types.ts';
import { countWords } from './grammar/word-count.ts';
import { FIGURE_LEADS } from './lexicon/figure-leads.ts';
import { ANY_CAPITAL, UPPER_START } from './grammar/letters.ts';

export interface Classification {
  label: Label;
  confidence: number;
  /** What decided the label: "attributed:speech-quote", "framing:loaded", "fact:clean", "fact:long", "fact:near". */
  basis: string;
  evidence: Evidence[];
}

function verdict(label: Label, evidence: Evidence[], hints: BasisHints = {}): Classification {
  const basis = basisOf(label, evidence, hints);
  return { label, confidence: calibratedConfidence(label, basis), basis, evidence };
}

/** The minimum combined strength of framing cues that makes a sentence framing. */
export const FRAMING_THRESHOLD = 0.5;

/** The threshold for a sentence that gives a figure (a digit): one loaded word still decides, a hedge does not. */
export const ANCHORED_THRESHOLD = 0.75;

/** The framing cues as the rules weigh them: a headline's or caption's present tense reads as reported. */
export function weighedFraming(segment: Segment, found: Evidence[]): Evidence[] {
  return segment.kind === 'body' ? found : found.map(asReported);
}

/**
 * True when the sentence gives a figure: digits that count or measure ("4%", "£2bn", "in 2005", "30 per cent"), not
 * digits inside a name ("Xbox 2", "PlayStation 3", "G7", "3G", "Formula 1"), which anchor nothing.
 */
// the words of a forecast: a modal or "likely", "expected", "set to"
const FORECAST = /\b(?:may|might|could|will|would|likely|expected|set to)\b/i;

// the words before such a year: a preposition of time, or another year and a word joining the two ("into 2005, even
// 2006", "in 2005 or 2006")
const FORECAST_YEAR_LEAD =
  /\b(?:in|by|until|into|before|through|till)\s(?:(?:19|20)\d\d,?\s(?:or|and|even|and even|if not)\s)?$/;

export function givesFigure(text: string): boolean {
  for (const m of text.matchAll(/\d[\d.,]*/g)) {
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const after = text[m.index + m[0].length] ?? '';
    // glued to letters ("G7", "3G", "MP3") or following a capitalised word ("Xbox 2", "Formula 1")
    if (/\p{L}-?$/u.test(before) || ANY_CAPITAL.test(after)) continue;
    const word = /(\S+)\s$/.exec(before)?.[1] ?? '';
    if (UPPER_START.test(word) && !FIGURE_LEADS.has(word.toLowerCase())) continue;
    // a year a forecast points to ("are likely to start in 2014", "may start allowing it in 2015", "could stretch
    // into 2005, even 2006") dates the forecast, it measures nothing ("was dropped in 2007" still anchors a report of
    // the past)
    if (/^(?:19|20)\d\d[.,]?$/.test(m[0]) && FORECAST_YEAR_LEAD.test(before) && FORECAST.test(text))
      continue;
    return true;
  }
  return false;
}

/**
 * The writer's own forecast: a speculation cue ("could", "likely", "may") in a sentence where nothing reports, no
 * source and no word that often reports. Beside a figure it still frames ("Inflation could climb to 14%", "Up to 1.4m
 * workers could take part in a strike"): across blind rounds 560–1099 the labellers read such forecasts as the
 * writer's (replayed: 45 sentences right that were wrong, 16 wrong that were right), where a forecast beside words
 * that report ("could reach 4% of output, the figures listed show") stays a projection of someone's.
 */
function ownForecast(attribution: Attribution, framing: Evidence[]): boolean {
  return (
    !attribution.attributed &&
    attribution.sourceWords !== true &&
    framing.some((e) => e.cue === 'speculation')
  );
}

/** One label per sentence by the documented rule order, with a confidence in 0..1 and the deciding spans. */
export function classifySentence(
  segment: Segment,
  attribution: Attribution,
  found: Evidence[],
): Classification {
  // A headline or caption tells a past event in the present tense, so its tense says nothing about the writer.
  const framing = weighedFraming(segment, found);
  const framed = strength(framing);
  const threshold =
    givesFigure(segment.text) && !ownForecast(attribution, framing)
      ? ANCHORED_THRESHOLD
      : FRAMING_THRESHOLD;
  if (attribution.attributed && !(attribution.yieldsToFraming && framed >= threshold))
    return verdict('attributed', attribution.cues, {
      nearCues: framed >= FRAMING_THRESHOLD,
      inside: attribution.upFront === false,
      length: segment.text.length,
      text: segment.text,
    });
  if (framed >= threshold) {
    // Show students the deciding words: weak cues only when the strong ones alone would not have decided.
    const strong = framing.filter((e) => !isWeak(e));
    const evidence = strength(strong) >= FRAMING_THRESHOLD ? strong : framing;
    return verdict('framing', evidence);
  }
  // a fact with framing near-cues below the threshold is less sure than a clean one
  return verdict('fact', [], {
    nearCues: framed > 0,
    words: countWords(segment.text),
    sourceWords: attribution.sourceWords === true,
    text: segment.text,
    headline: segment.kind === 'headline',
  });
}
