import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleAnalysis, Label } from '../server/analysis/index.ts';
import {
  evaluateArticle,
  sumCounts,
  type ArticleCounts,
  type ArticleResult,
} from './article-eval.ts';
import { confusionTable, frac, pct, truncate } from './format.ts';
import { loadGold, offsetProblem } from './gold.ts';
import { ratio } from './metrics.ts';
import { present } from './paths.ts';
import { confusionMatrix } from './scores.ts';

const LABELS: readonly Label[] = ['fact', 'attributed', 'framing'];

function summary(c: ArticleCounts): string[] {
  const s = c.segmentation;
  return [
    `  labels ${frac(c.labelCorrect, c.sentences)}   kinds ${frac(c.kindCorrect, c.sentences)}`,
    `  segmentation exact ${frac(s.exact, s.gold)}   boundaries P ${pct(ratio(s.boundaryHits, s.predBoundaries))} R ${pct(ratio(s.boundaryHits, s.goldBoundaries))}`,
    `  quotes found ${frac(c.quotesFound, c.quotes)}   quote type ${frac(c.quoteTypeCorrect, c.quotes)}   speakers ${frac(c.speakerCorrect, c.speech)}`,
  ];
}

/** Evaluates every gold file against the analyzer and prints per-article and overall figures. */
export function reportArticles(
  goldDir: string,
  articlesDir: string,
  analyze: (text: string) => ArticleAnalysis,
): void {
  if (!present(goldDir))
    return void console.log(`eval: no gold directory at ${goldDir}: article figures skipped`);
  if (!present(articlesDir))
    return void console.log(`eval: ${articlesDir} is absent: article figures skipped`);
  const results: { name: string; result: ArticleResult }[] = [];
  for (const entry of loadGold(goldDir)) {
    if ('error' in entry) {
      console.log(`eval: ${entry.file}: skipped, bad gold file: ${entry.error}`);
      continue;
    }
    const path = join(articlesDir, entry.gold.article);
    if (!present(path)) {
      console.log(
        `eval: ${entry.file}: skipped, article ${entry.gold.article} not found in ${articlesDir}`,
      );
      continue;
    }
    const text = readFileSync(path, 'utf8');
    const problem = offsetProblem(entry.gold, text);
    if (problem) {
      console.log(`eval: ${entry.file}: skipped, ${problem}`);
      continue;
    }
    const result = evaluateArticle(text, entry.gold, analyze(text));
    results.push({ name: entry.gold.article, result });
    console.log(`\n${entry.gold.article} (${entry.file})`);
    console.log(summary(result.counts).join('\n'));
  }
  if (results.length === 0) return void console.log(`eval: no usable gold files in ${goldDir}`);
  console.log(`\nOverall, ${results.length} article(s)`);
  console.log(summary(sumCounts(results.map((r) => r.result.counts))).join('\n'));
  const pairs = results.flatMap((r) => r.result.labelPairs);
  const matrix = confusionMatrix<Label | 'none'>(pairs, [...LABELS, 'none']);
  console.log('\nLabel confusion (rows gold, columns predicted; none = no overlapping sentence)');
  console.log(
    confusionTable(matrix, LABELS, [...LABELS, 'none'])
      .map((l) => '  ' + l)
      .join('\n'),
  );
  console.log('\nMislabelled sentences');
  for (const { name, result } of results) {
    for (const m of result.mislabelled)
      console.log(
        `  ${name.slice(0, 24)} #${m.index} ${m.gold} → ${m.predicted}: ${truncate(m.text)}`,
      );
  }
  console.log('\nSpeech quotes with a wrong speaker');
  for (const { name, result } of results) {
    for (const m of result.wrongSpeakers)
      console.log(
        `  ${name.slice(0, 24)} #${m.index} ${m.gold} → ${m.predicted}: “${truncate(m.text, 60)}”`,
      );
  }
}
