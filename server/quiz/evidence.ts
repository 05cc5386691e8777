import type { AnalyzedSentence, Cue, Evidence, Span } from '../analysis/index.ts';
import { trimEnd } from './trim-end.ts';

const ATTRIBUTION_CUES: ReadonlySet<Cue> = new Set<Cue>([
  'speech-quote',
  'reporting-verb',
  'according-to',
  'reportedly',
  'named-source',
  'anonymous-source',
]);

/** True for cues that make a sentence attributed; every other cue is a framing cue. */
export function isAttributionCue(cue: Cue): boolean {
  return ATTRIBUTION_CUES.has(cue);
}

/** True when the span lies inside the sentence and has text. */
export function isValidSpan(sentence: AnalyzedSentence, span: Span): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.end <= sentence.text.length &&
    span.start < span.end
  );
}

/**
 * Turns a span of the sentence (a quote, a source) into evidence with the sentence's own words, without the
 * trailing comma or full stop a quote often carries ("… not necessary," → "… not necessary").
 */
export function spanEvidence(sentence: AnalyzedSentence, span: Span, cue: Cue): Evidence {
  const raw = sentence.text.slice(span.start, span.end);
  const trimmed = trimEnd(raw);
  const text = trimmed.trimStart() || raw;
  const start = span.start + raw.indexOf(text);
  return { start, end: start + text.length, text, cue };
}

/**
 * The sentence's evidence whose offsets really point at its text, in text order and without repeats:
 * feedback highlights these offsets, so a span that does not match is worse than none.
 */
export function sentenceEvidence(
  sentence: AnalyzedSentence,
  keep: (cue: Cue) => boolean,
): Evidence[] {
  const seen = new Set<string>();
  return sentence.evidence
    .filter(
      (e) =>
        keep(e.cue) && isValidSpan(sentence, e) && sentence.text.slice(e.start, e.end) === e.text,
    )
    .filter((e) => {
      const key = `${e.start}:${e.end}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
