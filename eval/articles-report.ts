import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleAnalysis } from '../server/analysis/index.ts';
import { evaluateArticle, type ArticleResult } from './article-eval.ts';
import { detailLines, summaryLines, type NamedResult } from './article-lines.ts';
import { sumCounts } from './counts.ts';
import { loadGold, offsetProblem, type Gold } from './gold.ts';
import { contentDir, present } from './paths.ts';

type Analyze = (text: string) => ArticleAnalysis;

/** One article's result, or why it was skipped: a bad gold file must not hide the others' figures. */
function evaluateGold(gold: Gold, articlesDir: string, analyze: Analyze): ArticleResult | string {
  const dir = gold.dir === 'content' ? contentDir : articlesDir;
  const path = join(dir, gold.article);
  if (!present(path)) return `article ${gold.article} not found in ${dir}`;
  const text = readFileSync(path, 'utf8');
  const problem = offsetProblem(gold, text);
  if (problem) return problem;
  try {
    return evaluateArticle(text, gold, analyze(text));
  } catch (err) {
    return `the analyzer failed: ${err instanceof Error ? err.message : String(err)}`;
  }
}

/** Evaluates every gold file against the analyzer and prints per-article and overall figures. */
export function reportArticles(goldDir: string, articlesDir: string, analyze: Analyze): void {
  if (!present(goldDir)) return void console.log(`eval: no gold directory at ${goldDir}`);
  if (!present(articlesDir))
    return void console.log(`eval: ${articlesDir} is absent: articles skipped`);
  const results: NamedResult[] = [];
  for (const entry of loadGold(goldDir)) {
    const result =
      'error' in entry
        ? `bad gold file: ${entry.error}`
        : evaluateGold(entry.gold, articlesDir, analyze);
    if (typeof result === 'string') {
      console.log(`eval: ${entry.file}: skipped, ${result}`);
      continue;
    }
    const name = 'gold' in entry ? entry.gold.article : entry.file;
    results.push({ name, result });
    console.log(`\n${name}\n${summaryLines(result.counts).join('\n')}`);
  }
  if (results.length === 0) return void console.log(`eval: no usable gold files in ${goldDir}`);
  console.log(`\nOverall, ${results.length} article(s)`);
  console.log(summaryLines(sumCounts(results.map((r) => r.result.counts))).join('\n'));
  console.log(detailLines(results).join('\n'));
}
