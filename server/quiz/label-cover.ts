import type { AnalyzedSentence } from '../analysis/index.ts';
import { isReliable, MIN_CONFIDENCE, quizConfidence } from './confidence.ts';

// the surer of two sentences: by the quiz's confidence, then the analyzer's; a body sentence before a headline or a
// caption, which a student reads out of the story's flow; else the earlier
function surer(a: AnalyzedSentence, b: AnalyzedSentence): boolean {
  const [qa, qb] = [quizConfidence(a), quizConfidence(b)];
  if (qa !== qb) return qa > qb;
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  return a.kind === 'body' && b.kind !== 'body';
}

/**
 * The least quizConfidence a sentence asked only to cover its label may have: one right more often than wrong by a
 * margin. A fact with framing words too weak to decide (`fact:near`, 0.52–0.55) was asked this way in 48 of 682
 * default lessons on blind rounds 560–843 (labelled by hand before the analyzer saw them) and was a fact in 20 of
 * them, so a student was marked wrong for the right answer more often than not; a fact after a "but" or beside a
 * quotation (`fact:marked`, 0.62) was one in 65 of 112.
 */
export const LABEL_COVER_FLOOR = 0.6;

/**
 * The sentences the quiz asks about: those it is sure enough of (isReliable), and for each label none of them has,
 * the surest sentence of that label the analyzer itself rated MIN_CONFIDENCE or more and the quiz LABEL_COVER_FLOOR
 * or more. A lesson that teaches two
 * labels of three teaches less than one with a less certain question: an opinion piece may state its few facts only
 * in a caption or after a "but", which mainstream news bore out less often (quizConfidence), and it would then ask
 * about no fact at all. On BBC rounds 630–764 the quiz without this left 102 of 370 lessons with no fact to classify,
 * against 23 before the mainstream share was taken into account.
 */
export function askedSentences(sentences: readonly AnalyzedSentence[]): Set<number> {
  const asked = new Set<number>();
  const covered = new Set<string>();
  for (const s of sentences)
    if (isReliable(s)) {
      asked.add(s.index);
      covered.add(s.label);
    }
  const surest = new Map<string, AnalyzedSentence>();
  for (const s of sentences) {
    if (
      covered.has(s.label) ||
      s.confidence < MIN_CONFIDENCE ||
      quizConfidence(s) < LABEL_COVER_FLOOR
    )
      continue;
    const best = surest.get(s.label);
    if (!best || surer(s, best)) surest.set(s.label, s);
  }
  for (const s of surest.values()) asked.add(s.index);
  return asked;
}
