import type { AnalyzedSentence, ArticleAnalysis, Label, Quote } from '../server/analysis/index.ts';
import type { Judged } from './calibration.ts';
import { quizConfidence } from '../server/quiz/confidence.ts';
import type { Gold } from './gold.ts';
import { zeroCounts, type ArticleCounts } from './counts.ts';
import { collapse, matchRanges, overlapping, segmentationCounts, trimRange } from './metrics.ts';
import { matchQuotes, sameSpeaker } from './quote-metrics.ts';

export interface Miss {
  index: number;
  gold: string;
  predicted: string;
  text: string;
}

export interface ArticleResult {
  counts: ArticleCounts;
  /** Gold and predicted label per gold sentence; "none" when no predicted sentence overlaps it. */
  labelPairs: [Label, Label | 'none'][];
  /** The analyzer's confidence in each gold sentence it found, and whether its label was right. */
  judged: Judged[];
  /** The analyzer's confidence in the speaker of each gold speech quote it found, and whether the speaker was right. */
  speakerJudged: Judged[];
  mislabelled: Miss[];
  wrongSpeakers: Miss[];
  /** Gold sentences no predicted sentence matches exactly; `predicted` holds the overlapping pieces. */
  missedSentences: Miss[];
  /** Gold quotations not found, or found with the other type; `gold` and `predicted` are the types. */
  quoteMisses: Miss[];
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
    ...zeroCounts(),
    sentences: gold.sentences.length,
    segmentation: segmentationCounts(gold.sentences, predRanges),
  };
  const result: ArticleResult = {
    counts,
    labelPairs: [],
    judged: [],
    speakerJudged: [],
    mislabelled: [],
    wrongSpeakers: [],
    missedSentences: [],
    quoteMisses: [],
  };
  const exact = new Set(predRanges.map((r) => `${r.start}:${r.end}`));
  gold.sentences.forEach((g, i) => {
    const p: AnalyzedSentence | undefined = pred[matches[i] ?? -1];
    const snippet = collapse(text.slice(g.start, g.end));
    result.labelPairs.push([g.label, p?.label ?? 'none']);
    if (p)
      result.judged.push({
        confidence: p.confidence,
        quizConfidence: quizConfidence(p),
        // what decided the label, where the analyzer says ("attributed:speech-quote"), else the label
        basis: 'basis' in p && typeof p.basis === 'string' ? p.basis : p.label,
        correct: p.label === g.label,
        sentence: p,
      });
    if (p?.label === g.label) counts.labelCorrect++;
    else
      result.mislabelled.push({
        index: i,
        gold: g.label,
        predicted: p?.label ?? 'none',
        text: snippet,
      });
    if (p?.kind === g.kind) counts.kindCorrect++;
    if (!exact.has(`${g.start}:${g.end}`))
      result.missedSentences.push({
        index: i,
        gold: 'sentence',
        predicted: overlapping(g, predRanges)
          .map((k) => collapse(text.slice(predRanges[k]!.start, predRanges[k]!.end)))
          .join(' | '),
        text: snippet,
      });
    // Quotes are looked for in every predicted sentence overlapping the gold one, so a split sentence still finds them.
    const candidates = overlapping(g, predRanges).flatMap((k) => pred[k]?.quotes ?? []);
    const goldQuotes = g.quotes.map((q) => ({ ...q, text: collapse(text.slice(q.start, q.end)) }));
    const found = matchQuotes<
      Pick<Quote, 'text' | 'type' | 'speaker' | 'speakerConfidence' | 'speakerBasis'>
    >(goldQuotes, candidates);
    goldQuotes.forEach((q, k) => {
      const hit = found[k] ?? null;
      counts.quotes++;
      if (hit) counts.quotesFound++;
      if (hit?.type === q.type) counts.quoteTypeCorrect++;
      else
        result.quoteMisses.push({
          index: i,
          gold: q.type,
          predicted: hit ? hit.type : 'not found',
          text: q.text,
        });
      if (q.type !== 'speech') return;
      counts.speech++;
      const right = !!hit && sameSpeaker(q.speaker, hit.speaker);
      // a quote the analyzer took for a term has no speaker to ask about, so no speaker confidence
      if (hit?.type === 'speech')
        result.speakerJudged.push({
          confidence: hit.speakerConfidence ?? 0,
          basis: hit.speakerBasis ?? 'unknown',
          correct: right,
          speaker: hit.speaker,
          quote: hit,
        });
      if (right) counts.speakerCorrect++;
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
