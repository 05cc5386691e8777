import type { Label } from '../server/analysis/index.ts';
import type { ArticleResult } from './article-eval.ts';
import type { ArticleCounts } from './counts.ts';
import { confusionTable, frac, pct, truncate } from './format.ts';
import { ratio } from './metrics.ts';
import { confusionMatrix } from './scores.ts';

const LABELS: readonly Label[] = ['fact', 'attributed', 'framing'];

export interface NamedResult {
  name: string;
  result: ArticleResult;
}

/** Label, kind, segmentation, quote and speaker figures, three lines. */
export function summaryLines(c: ArticleCounts): string[] {
  const s = c.segmentation;
  const bp = pct(ratio(s.boundaryHits, s.predBoundaries));
  const br = pct(ratio(s.boundaryHits, s.goldBoundaries));
  return [
    `  labels ${frac(c.labelCorrect, c.sentences)}   kinds ${frac(c.kindCorrect, c.sentences)}`,
    `  segmentation exact ${frac(s.exact, s.gold)}   boundaries P ${bp} R ${br}`,
    `  quotes found ${frac(c.quotesFound, c.quotes)}   quote type ${frac(c.quoteTypeCorrect, c.quotes)}   speakers ${frac(c.speakerCorrect, c.speech)}`,
  ];
}

/** The confusion matrix over all articles, then each mislabelled sentence and wrong speaker, segmentation and quotation misses, for debugging. */
export function detailLines(results: readonly NamedResult[]): string[] {
  const pairs = results.flatMap((r) => r.result.labelPairs);
  const matrix = confusionMatrix<Label | 'none'>(pairs, [...LABELS, 'none']);
  const out = [
    '',
    'Label confusion (rows gold, columns predicted; none = no overlapping sentence)',
  ];
  out.push(...confusionTable(matrix, LABELS, [...LABELS, 'none']).map((l) => '  ' + l));
  out.push('', 'Mislabelled sentences');
  for (const { name, result } of results) {
    for (const m of result.mislabelled) {
      out.push(
        `  ${name.slice(0, 24)} #${m.index} ${m.gold} → ${m.predicted}: ${truncate(m.text)}`,
      );
    }
  }
  out.push('', 'Speech quotes with a wrong speaker (gold → predicted)');
  for (const { name, result } of results) {
    for (const m of result.wrongSpeakers) {
      out.push(
        `  ${name.slice(0, 24)} #${m.index} ${m.gold} → ${m.predicted}: “${truncate(m.text, 60)}”`,
      );
    }
  }
  out.push('', 'Sentences not segmented exactly (gold ⇒ the predicted sentences over it)');
  for (const { name, result } of results) {
    for (const m of result.missedSentences) {
      out.push(`  ${name.slice(0, 24)} #${m.index} ${truncate(m.text)} ⇒ ${truncate(m.predicted)}`);
    }
  }
  out.push('', 'Quotations not found or of the other type (gold → predicted)');
  for (const { name, result } of results) {
    for (const m of result.quoteMisses) {
      out.push(
        `  ${name.slice(0, 24)} #${m.index} ${m.gold} → ${m.predicted}: “${truncate(m.text, 60)}”`,
      );
    }
  }
  return out;
}
