import { attributeSentences } from './sources/index.ts';
import { rateInArticle } from './calibration.ts';
import { classifySentence } from './classify.ts';
import { findFramingCues } from './framing/index.ts';
import { primeTokens, sentenceTokens } from './grammar/tokens.ts';
import { findQuotes } from './quotes/index.ts';
import { segmentArticle, segmentLines } from './segment/index.ts';
import type { ArticleAnalysis, Segment } from './types.ts';

function analyzeSegments(segments: Segment[]): ArticleAnalysis['sentences'] {
  const quotes = findQuotes(segments);
  const attributions = attributeSentences(segments, quotes);
  return segments.map((segment, i) => {
    const sentenceQuotes = quotes[i] ?? [];
    const attribution = attributions[i] ?? { attributed: false, cues: [], sources: [] };
    const framing = findFramingCues(segment.text, sentenceQuotes, sentenceTokens(segment));
    const verdict = classifySentence(segment, attribution, framing);
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
  const sentences = rateInArticle(analyzeSegments(segmentArticle(text)));
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
  return { title: '', sentences: segments.flatMap((segment) => analyzeSegments([segment])) };
}
