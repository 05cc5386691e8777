import type { AnalyzedSentence, ArticleAnalysis, Label } from '../server/analysis/index.ts';
import type { Gold } from './gold.ts';
import {
  collapse,
  matchQuotes,
  matchRanges,
  overlapping,
  sameSpeaker,
  segmentationCounts,
  trimRange,
} from './metrics.ts';
import type { SegmentationCounts } from './metrics.ts';

export interface Miss {
  index: number;
  gold: string;
  predicted: string;
  text: string;
}

export interface ArticleCounts {
  sentences: number;
  labelCorrect: number;
  kindCorrect: number;
  segmentation: SegmentationCounts;
  quotes: number;
  quotesFound: number;
  quoteTypeCorrect: number;
  speech: number;
  speakerCorrect: number;
}

export interface ArticleResult {
  counts: ArticleCounts;
  /** Gold and predicted label per gold sentence; "none" when no predicted sentence overlaps it. */
  labelPairs: [Label, Label | 'none'][];
  mislabelled: Miss[];
  wrongSpeakers: Miss[];
}

/** Compares one article's analysis with its gold labels. Pure: the caller reads the files. */
export function evaluateArticle(
  text: string,
  gold: Gold,
  analysis: ArticleAnalysis,
): ArticleResult {
  const pred = analysis.sentences;
  const predRanges = pred.map((s) => trimRange(text, s));
  const matches = matchRanges(gold.sentences, predRanges);
  const counts: ArticleCounts = {
    sentences: gold.sentences.length,
    labelCorrect: 0,
    kindCorrect: 0,
    segmentation: segmentationCounts(gold.sentences, predRanges),
    quotes: 0,
    quotesFound: 0,
    quoteTypeCorrect: 0,
    speech: 0,
    speakerCorrect: 0,
  };
  const result: ArticleResult = { counts, labelPairs: [], mislabelled: [], wrongSpeakers: [] };
  gold.sentences.forEach((g, i) => {
    const p: AnalyzedSentence | undefined = pred[matches[i] ?? -1];
    const snippet = collapse(text.slice(g.start, g.end));
    result.labelPairs.push([g.label, p?.label ?? 'none']);
    if (p?.label === g.label) counts.labelCorrect++;
    else
      result.mislabelled.push({
        index: i,
        gold: g.label,
        predicted: p?.label ?? 'none',
        text: snippet,
      });
    if (p?.kind === g.kind) counts.kindCorrect++;
    // Quotes are looked for in every predicted sentence overlapping the gold one, so a split sentence still finds them.
    const candidates = overlapping(g, predRanges).flatMap((k) => pred[k]?.quotes ?? []);
    const goldQuotes = g.quotes.map((q) => ({ ...q, text: collapse(text.slice(q.start, q.end)) }));
    const found = matchQuotes(goldQuotes, candidates);
    goldQuotes.forEach((q, k) => {
      const hit = found[k] ?? null;
      counts.quotes++;
      if (hit) counts.quotesFound++;
      if (hit?.type === q.type) counts.quoteTypeCorrect++;
      if (q.type !== 'speech') return;
      counts.speech++;
      if (hit && sameSpeaker(q.speaker, hit.speaker)) counts.speakerCorrect++;
      else
        result.wrongSpeakers.push({
          index: i,
          gold: q.speaker ?? 'null',
          predicted: hit ? (hit.speaker ?? 'null') : 'quote not found',
          text: q.text,
        });
    });
  });
  return result;
}

/** Adds article counts together for the overall figures (micro-averaged). */
export function sumCounts(all: readonly ArticleCounts[]): ArticleCounts {
  const zero: ArticleCounts = {
    sentences: 0,
    labelCorrect: 0,
    kindCorrect: 0,
    segmentation: { exact: 0, gold: 0, boundaryHits: 0, predBoundaries: 0, goldBoundaries: 0 },
    quotes: 0,
    quotesFound: 0,
    quoteTypeCorrect: 0,
    speech: 0,
    speakerCorrect: 0,
  };
  return all.reduce((a, c) => {
    const seg = { ...a.segmentation };
    for (const k of Object.keys(seg) as (keyof SegmentationCounts)[]) seg[k] += c.segmentation[k];
    return {
      sentences: a.sentences + c.sentences,
      labelCorrect: a.labelCorrect + c.labelCorrect,
      kindCorrect: a.kindCorrect + c.kindCorrect,
      segmentation: seg,
      quotes: a.quotes + c.quotes,
      quotesFound: a.quotesFound + c.quotesFound,
      quoteTypeCorrect: a.quoteTypeCorrect + c.quoteTypeCorrect,
      speech: a.speech + c.speech,
      speakerCorrect: a.speakerCorrect + c.speakerCorrect,
    };
  }, zero);
}
