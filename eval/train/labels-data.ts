import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  analyzeArticleFeatures,
  type AnalyzedSentence,
  type Label,
} from '../../server/analysis/index.ts';
import { loadGold, offsetProblem, type Gold } from '../gold.ts';
import { matchRanges, trimRange } from '../metrics.ts';
import { contentDir, poolDir } from '../paths.ts';

export const LABELS: readonly Label[] = ['fact', 'attributed', 'framing'];

/** One gold sentence: the features of the predicted sentence matched to it, the gold label, the rules' label. */
export interface Row {
  /** The fold it belongs to: "gold r3", "gold (original)", "round 17". */
  group: string;
  /** The first-contact round it was labelled in, when it has one (its commit is in first-contact/commits.ts). */
  round: number | null;
  file: string;
  /** Index of the gold sentence in its file. */
  index: number;
  x: Float64Array | null;
  gold: number;
  /** The rules' label now, or -1 when no predicted sentence overlaps the gold one. */
  rules: number;
}

function rowsOf(
  group: string,
  round: number | null,
  file: string,
  gold: Gold,
  text: string,
): Row[] {
  const { analysis, features } = analyzeArticleFeatures(text);
  const pred: AnalyzedSentence[] = analysis.sentences;
  const matches = matchRanges(
    gold.sentences,
    pred.map((s) => trimRange(text, s)),
  );
  return gold.sentences.map((g, index) => {
    const k = matches[index] ?? -1;
    const p = pred[k];
    return {
      group,
      round,
      file,
      index,
      x: p ? (features[k] ?? null) : null,
      gold: LABELS.indexOf(g.label),
      rules: p ? LABELS.indexOf(p.label) : -1,
    };
  });
}

/**
 * The rows of one gold directory. Gold files of the project's eval/gold read their articles where their "dir"
 * says; a round kept outside reads them from its own articles directory. Unusable files are reported and skipped.
 */
export function loadRows(
  goldDir: string,
  articlesDir: string,
  group: (gold: Gold) => string,
  round: (gold: Gold) => number | null,
): Row[] {
  const rows: Row[] = [];
  for (const entry of loadGold(goldDir)) {
    if ('error' in entry) {
      console.log(`train: ${goldDir}/${entry.file}: skipped, ${entry.error}`);
      continue;
    }
    const g = entry.gold;
    const dir = g.dir === 'content' ? contentDir : g.dir === 'pool' ? poolDir : articlesDir;
    const path = join(dir, g.article);
    if (!existsSync(path)) {
      console.log(`train: ${entry.file}: skipped, article ${path} not found`);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    const problem = offsetProblem(g, text);
    if (problem) {
      console.log(`train: ${entry.file}: skipped, ${problem}`);
      continue;
    }
    rows.push(...rowsOf(group(g), round(g), entry.file, g, text));
  }
  return rows;
}
