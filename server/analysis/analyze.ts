import { attributeSentences, interviewerTurns } from './sources/index.ts';
import { rateInArticle } from './calibration.ts';
import { classifySentence, weighedFraming } from './classify.ts';
import { framingCuesOfSentences } from './framing/index.ts';
import { primeTokens, sentenceTokens } from './grammar/tokens.ts';
import { labelFeatures, type SentenceEvidence } from './labels/index.ts';
import { findQuotes } from './quotes/index.ts';
import { segmentArticle, segmentLines } from './segment/index.ts';
import type { ArticleAnalysis, Segment } from './types.ts';

// `evidence`, when given, receives what each sentence's label rests on, for the learned label model's trainer; the
// label model does not run when an article is analyzed, so there it is left out and costs nothing per sentence
function analyzeSegments(
  segments: Segment[],
  evidence?: SentenceEvidence[],
  asked: readonly boolean[] = interviewerTurns(segments),
): ArticleAnalysis['sentences'] {
  const quotes = findQuotes(segments);
  const attributions = attributeSentences(segments, quotes);
  const framings = framingCuesOfSentences(
    segments.map((segment, i) => ({
      text: segment.text,
      quotes: quotes[i] ?? [],
      tokens: sentenceTokens(segment),
      asked: asked[i] ?? false,
    })),
  );
  return segments.map((segment, i) => {
    const sentenceQuotes = quotes[i] ?? [];
    const attribution = attributions[i] ?? { attributed: false, cues: [], sources: [] };
    const tokens = sentenceTokens(segment);
    const framing = framings[i]!;
    const verdict = classifySentence(segment, attribution, framing);
    evidence?.push({
      segment,
      tokens,
      quotes: sentenceQuotes,
      attribution,
      framing: weighedFraming(segment, framing),
      rules: verdict.label,
    });
    // the same object as `{ ...segment, ...verdict, quotes, sources }`, but V8 copies a second spread property by
    // property through its slow runtime path (µs per sentence, ~5% of an article's analysis); Object.assign is fast
    return Object.assign({}, segment, verdict, {
      quotes: sentenceQuotes,
      sources: attribution.sources,
    });
  });
}

/** Analyzes a whole article: segmentation, quotes, sources, framing and one label per sentence. */
export function analyzeArticle(text: string): ArticleAnalysis {
  // a framing label is rated by how much the whole article frames (calibration.ts, rateInArticle)
  const segments = segmentArticle(text);
  // (an interviewer's question is put to the one interviewed, not asked by the writer for effect)
  const asked = interviewerTurns(segments);
  const sentences = rateInArticle(analyzeSegments(segments, undefined, asked), asked);
  const headline = sentences.find((s) => s.kind === 'headline');
  return { title: headline?.text ?? sentences[0]?.text ?? '', sentences };
}

/**
 * Analyzes each non-empty line as one standalone sentence, in order. Lines are unrelated, so no quote, pronoun or
 * speaker carries from one line to the next; they still share one parse, which is the expensive part.
 */
export function analyzeLines(text: string): ArticleAnalysis {
  const segments = segmentLines(text);
  primeTokens(segments);
  return {
    title: '',
    sentences: segments.flatMap((segment) => analyzeSegments([segment])),
  };
}

/**
 * The analysis of an article with the label model's feature vector of each sentence (in `FEATURES` order): what
 * eval/train/labels.ts fits the model on.
 */
export function analyzeArticleFeatures(text: string): {
  analysis: ArticleAnalysis;
  features: Float64Array[];
} {
  const evidence: SentenceEvidence[] = [];
  const sentences = analyzeSegments(segmentArticle(text), evidence);
  const rated = rateInArticle(sentences);
  const headline = rated.find((s) => s.kind === 'headline');
  return {
    analysis: { title: headline?.text ?? rated[0]?.text ?? '', sentences: rated },
    features: labelFeatures(evidence),
  };
}
