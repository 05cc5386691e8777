import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleAnalysis } from '../server/analysis/index.ts';
import { evaluateArticle, type ArticleResult } from './article-eval.ts';
import { basisLines, calibrationLines, heldOutLines } from './calibration.ts';
import { detailLines, summaryLines, type NamedResult } from './article-lines.ts';
import { sumCounts } from './counts.ts';
import { loadGold, offsetProblem, type Gold } from './gold.ts';
import { asLessonText } from './lesson-text.ts';
import { contentDir, poolDir, present } from './paths.ts';
import { poolLines, roundLines, type ScoredGold } from './rounds.ts';

type Analyze = (text: string) => ArticleAnalysis;

/** One article's result, or why it was skipped: a bad gold file must not hide the others' figures. */
function evaluateGold(gold: Gold, articlesDir: string, analyze: Analyze): ArticleResult | string {
  const dir = gold.dir === 'content' ? contentDir : gold.dir === 'pool' ? poolDir : articlesDir;
  const path = join(dir, gold.article);
  if (!present(path)) return `article ${gold.article} not found in ${dir}`;
  const text = readFileSync(path, 'utf8');
  const problem = offsetProblem(gold, text);
  if (problem) return problem;
  const lesson = asLessonText(text, gold);
  try {
    return evaluateArticle(lesson.text, lesson.gold, analyze(lesson.text));
  } catch (err) {
    return `the analyzer failed: ${err instanceof Error ? err.message : String(err)}`;
  }
}

/**
 * Evaluates every gold file against the analyzer and prints per-article, overall and per-round figures.
 * Returns the scored gold files, so a caller can record first-contact figures.
 */
export function reportArticles(
  goldDir: string,
  articlesDir: string,
  analyze: Analyze,
): ScoredGold[] {
  if (!present(goldDir)) {
    console.log(`eval: no gold directory at ${goldDir}`);
    return [];
  }
  if (!present(articlesDir)) {
    console.log(`eval: ${articlesDir} is absent: articles skipped`);
    return [];
  }
  const results: NamedResult[] = [];
  const scored: ScoredGold[] = [];
  for (const entry of loadGold(goldDir)) {
    const result =
      'error' in entry
        ? `bad gold file: ${entry.error}`
        : evaluateGold(entry.gold, articlesDir, analyze);
    if (typeof result === 'string' || 'error' in entry) {
      console.log(`eval: ${entry.file}: skipped, ${String(result)}`);
      continue;
    }
    const name = entry.gold.article;
    const round = entry.gold.round ?? 0;
    results.push({
      name,
      result: { ...result, judged: result.judged.map((j) => ({ ...j, round })) },
    });
    scored.push({ file: entry.file, gold: entry.gold, counts: result.counts });
    console.log(`\n${name}\n${summaryLines(result.counts).join('\n')}`);
  }
  if (results.length === 0) {
    console.log(`eval: no usable gold files in ${goldDir}`);
    return scored;
  }
  console.log(`\nOverall, ${results.length} article(s)`);
  console.log(summaryLines(sumCounts(results.map((r) => r.result.counts))).join('\n'));
  const original = scored.filter((s) => s.gold.dir !== 'pool');
  if (original.length < scored.length) {
    console.log(`\nWithout the pool articles, ${original.length} article(s)`);
    console.log(summaryLines(sumCounts(original.map((s) => s.counts))).join('\n'));
  }
  console.log(roundLines(scored).join('\n'));
  console.log(poolLines(scored, poolDir).join('\n'));
  const judged = results.flatMap((r) => r.result.judged);
  console.log(
    [...calibrationLines(judged), ...heldOutLines(judged), ...basisLines(judged)].join('\n'),
  );
  const speakers = results.flatMap((r) => r.result.speakerJudged);
  console.log(
    [
      ...calibrationLines(speakers, 'speech quotes', 'Speaker confidence calibration'),
      ...basisLines(
        speakers,
        'Speaker confidence by basis (speech quotes, right, accuracy, mean confidence given)',
      ),
    ].join('\n'),
  );
  console.log(detailLines(results).join('\n'));
  return scored;
}
