import type { SegmentationCounts } from './metrics.ts';

/** What one article contributes to the overall figures. */
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

/** Counts of an article with nothing in it yet. */
export function zeroCounts(): ArticleCounts {
  return {
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
}

/** Adds article counts together for the overall figures (micro-averaged). */
export function sumCounts(all: readonly ArticleCounts[]): ArticleCounts {
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
  }, zeroCounts());
}
