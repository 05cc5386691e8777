import { analyzeArticle } from '../../server/analysis/index.ts';
import type { ArticleAnalysis, Segment } from '../../server/analysis/index.ts';
import type { QuoteCandidates } from '../../server/analysis/quotes/speakers/learned/candidates.ts';
import { recordSpeakerCandidates } from '../../server/analysis/quotes/speakers/learned/record.ts';
import { collapse } from '../metrics.ts';

/** One part of a speech quotation the analyzer found, with the candidates its speaker was chosen from. */
export interface QuotePart {
  /** The segment (sentence) the part lies in. */
  seg: number;
  /** The part's words, white space collapsed, as the eval compares quotations. */
  text: string;
  quote: QuoteCandidates;
}

/** Analyzes an article while recording every speech quotation's speaker candidates, part by part. */
export function analyzeRecording(text: string): { analysis: ArticleAnalysis; parts: QuotePart[] } {
  let segments: readonly Segment[] = [];
  let quotes: QuoteCandidates[] = [];
  recordSpeakerCandidates((s, q) => ([segments, quotes] = [s, q]));
  let analysis;
  try {
    analysis = analyzeArticle(text);
  } finally {
    recordSpeakerCandidates(null);
  }
  const parts = quotes.flatMap((quote) =>
    quote.found.unit.parts.map((p) => ({
      seg: p.seg,
      text: collapse(segments[p.seg]!.text.slice(p.start, p.end)),
      quote,
    })),
  );
  return { analysis, parts };
}
