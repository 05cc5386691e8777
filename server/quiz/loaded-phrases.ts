import type { AnalyzedSentence, Evidence, Span } from '../analysis/index.ts';
import { isAttributionCue, sentenceEvidence } from './evidence.ts';
import { widen } from './widen.ts';
import { overlaps, type Word } from './words.ts';

/** A loaded phrase of the sentence and the evidence it contains. */
export interface LoadedPhrase extends Span {
  evidence: Evidence[];
}

const MAX_WORDS = 6;
// Cues that are not a phrase to tick: scare quotes get their own question, a rhetorical question is a whole sentence.
const NOT_PHRASES = new Set(['scare-quote', 'rhetorical-question']);

function wordRange(words: Word[], span: Span): [number, number] | null {
  const inside = words.flatMap((w, i) => (overlaps(w, span) ? [i] : []));
  return inside.length ? [inside[0]!, inside.at(-1)!] : null;
}

/**
 * The writer's loaded wording as phrases of 2–6 words where possible, built from the sentence's framing
 * evidence outside any quote; overlapping or touching phrases are merged.
 */
export function loadedPhrases(
  sentence: AnalyzedSentence,
  words: Word[],
  quoteSpans: Span[],
): LoadedPhrase[] {
  const free = (w: Word) => !quoteSpans.some((q) => overlaps(q, w));
  const evidence = sentenceEvidence(
    sentence,
    (cue) => !isAttributionCue(cue) && !NOT_PHRASES.has(cue),
  ).filter((e) => !quoteSpans.some((q) => overlaps(q, e)));
  const phrases: { range: [number, number]; evidence: Evidence[] }[] = [];
  for (const e of evidence) {
    const range = wordRange(words, e);
    if (!range || range[1] - range[0] + 1 > MAX_WORDS) continue;
    const [a, b] = widen(sentence.text, words, range, free);
    const last = phrases.at(-1);
    if (
      last &&
      a <= last.range[1] + 1 &&
      Math.max(b, last.range[1]) - last.range[0] + 1 <= MAX_WORDS
    ) {
      last.range = [last.range[0], Math.max(b, last.range[1])];
      last.evidence.push(e);
    } else if (!last || a > last.range[1]) {
      phrases.push({ range: [a, b], evidence: [e] });
    }
  }
  return phrases.map(({ range, evidence }) => ({
    start: Math.min(words[range[0]]!.start, ...evidence.map((e) => e.start)),
    end: Math.max(words[range[1]]!.end, ...evidence.map((e) => e.end)),
    evidence,
  }));
}
