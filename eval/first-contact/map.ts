import {
  sentenceWords,
  type AnalyzedSentence,
  type ArticleAnalysis,
  type Evidence,
} from '../../server/analysis/index.ts';
import {
  basisInArticle,
  basisOf,
  FACT_BASES,
  isOpinion,
} from '../../server/analysis/calibration.ts';
import { isMarkedFact } from '../../server/analysis/fact-marks.ts';
import { collapse, matchRanges, trimRange } from '../metrics.ts';

const REPORT_CUES = new Set(['reporting-verb', 'according-to', 'reportedly']);

// The up-front test of sources/up-front.ts, read from an old analysis's cue offsets and today's parse: the first
// report cue comes after a verb outside the quotes, and is no closing tag.
function reportInside(s: AnalyzedSentence): boolean {
  const first = s.evidence
    .filter((e) => REPORT_CUES.has(e.cue))
    .sort((a, b) => a.start - b.start)[0];
  if (!first) return false;
  const words = sentenceWords(s.text);
  const quoted = (w: { start: number; end: number }) =>
    s.quotes.some((q) => w.start >= q.start && w.end <= q.end);
  const at = words.findIndex((w) => w.end > first.start);
  if (at < 0) return false;
  const rest = words.slice(at + 1);
  if (rest.length <= 6 && rest.every((w) => w.pos !== 'VERB')) return false;
  return words.slice(0, at).some((w) => !quoted(w) && w.pos === 'VERB');
}

/**
 * The basis today's rules would give an old analyzer's label of a sentence. Where today's analyzer gives the same
 * label, its basis; otherwise the basis that label had then: a fact keeps the basis the old analyzer recorded (from
 * round 5 on), else one today's rules report counts as holding source words and one they frame as near-cues; an old
 * report or framing label is based on the old evidence, as basisOf reads it, and framing on the old article's context.
 */
export function mappedBasis(
  old: AnalyzedSentence,
  now: AnalyzedSentence | undefined,
  opinion: boolean,
): string {
  if (old.label === 'framing')
    return basisInArticle(
      now?.label === 'framing' ? (now.basis ?? 'framing:none') : basisOf('framing', old.evidence),
      opinion,
    );
  if (now && now.label === old.label) return now.basis ?? now.label;
  const evidence: Evidence[] = old.evidence;
  if (old.label === 'fact') {
    // A fact today's rules label otherwise was mostly a miss that a rule drawn from that very round fixed later.
    // On an unseen article the next such miss finds no rule and stays where the analyzer puts it, so it counts
    // where the analyzer put it then (a registry that "shows no such flight": a clean fact then, a report now).
    // Moved to source-words or near-cues, the misses left `fact:clean` looking surer than first contact was.
    // A clean or long fact with a mark of another voice (fact-marks.ts) is rated as today's rules rate it: the mark
    // is read from the sentence itself, which the old analyzer saw as today's does.
    if (old.basis === 'fact:clean' || old.basis === 'fact:long')
      return isMarkedFact(old.text, old.kind === 'headline') ? 'fact:marked' : old.basis;
    if (old.basis && FACT_BASES.has(old.basis)) return old.basis;
    // an analyzer too old to record a basis: the words were there, the rule was not
    return now?.label === 'attributed' ? 'fact:source-words' : 'fact:near';
  }
  return basisOf('attributed', evidence, {
    nearCues: now?.label === 'framing' || now?.basis === 'fact:near',
    inside: reportInside(old),
    length: old.text.length,
    text: old.text,
  });
}

/**
 * The speaker basis of an old quote: its own where the old analyzer said one; "none" for no speaker; else the way
 * today's analyzer finds the same quote's speaker (a different speaker found by a path nobody recorded counts under
 * today's path for that quote: an approximation, said in docs/labels.md).
 */
export function mappedSpeakerBasis(
  old: AnalyzedSentence['quotes'][number],
  now: AnalyzedSentence | undefined,
): string {
  if (old.speakerBasis) return old.speakerBasis;
  if (old.speaker === null) return 'none';
  const same = now?.quotes.find(
    (q) => q.type === 'speech' && collapse(q.text) === collapse(old.text),
  );
  return same?.speakerBasis ?? 'unknown';
}

/** The old analysis with every sentence and speech quote given its basis by today's rules (mappedBasis). */
export function withTodaysBases(
  text: string,
  old: ArticleAnalysis,
  now: ArticleAnalysis,
): ArticleAnalysis {
  const nowRanges = now.sentences.map((s) => trimRange(text, s));
  const at = matchRanges(
    old.sentences.map((s) => trimRange(text, s)),
    nowRanges,
  );
  const opinion = isOpinion(old.sentences.map((s) => s.label));
  return {
    ...old,
    sentences: old.sentences.map((s, i) => {
      const match = now.sentences[at[i] ?? -1];
      return {
        ...s,
        basis: mappedBasis(s, match, opinion),
        quotes: s.quotes.map((q) =>
          q.type === 'speech' ? { ...q, speakerBasis: mappedSpeakerBasis(q, match) } : q,
        ),
      };
    }),
  };
}
