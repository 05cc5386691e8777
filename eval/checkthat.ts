import type { ArticleAnalysis, Label } from '../server/analysis/index.ts';
import { classScores, type Scores } from './scores.ts';

export type Subjectivity = 'OBJ' | 'SUBJ';
export const SUBJECTIVITY: readonly Subjectivity[] = ['OBJ', 'SUBJ'];

export interface CheckthatRow {
  id: string;
  sentence: string;
  label: Subjectivity;
}

// A few rows are wrapped CSV-style ("… ""quoted"" …") although the README says there is no quoting.
function unquote(field: string): string {
  return /^".*"$/s.test(field) ? field.slice(1, -1).replace(/""/g, '"') : field;
}

/** Parses a CheckThat! subjectivity TSV (header row, tab-separated; CSV-quoted fields are unwrapped); rows without OBJ/SUBJ are skipped. */
export function parseCheckthat(tsv: string): CheckthatRow[] {
  const [header = '', ...lines] = tsv.split(/\r?\n/);
  const cols = header.split('\t');
  const [id, sentence, label] = ['sentence_id', 'sentence', 'label'].map((c) => cols.indexOf(c));
  if (
    id === undefined ||
    sentence === undefined ||
    label === undefined ||
    Math.min(id, sentence, label) < 0
  ) {
    throw new Error(`checkthat: header "${header}" lacks sentence_id, sentence or label`);
  }
  return lines.flatMap((line) => {
    const f = line.split('\t');
    const l = f[label];
    const s = unquote(f[sentence] ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    return (l === 'OBJ' || l === 'SUBJ') && s ? [{ id: f[id] ?? '', sentence: s, label: l }] : [];
  });
}

/** The labelling guide's mapping: the writer's framing is subjective, facts and attributed claims are objective. */
export function toSubjectivity(label: Label): Subjectivity {
  switch (label) {
    case 'framing':
      return 'SUBJ';
    case 'fact':
    case 'attributed':
      return 'OBJ';
  }
}

/** Runs the analyzer on every sentence as one line each and scores it against the gold labels. */
export function scoreCheckthat(
  rows: readonly CheckthatRow[],
  analyzeLines: (text: string) => ArticleAnalysis,
): Scores<Subjectivity> {
  const predicted = analyzeLines(rows.map((r) => r.sentence).join('\n')).sentences;
  if (predicted.length !== rows.length)
    throw new Error(`checkthat: ${predicted.length} analyses for ${rows.length} sentences`);
  const pairs = rows.map(
    (r, i) => [r.label, toSubjectivity(predicted[i]?.label ?? 'fact')] as const,
  );
  return classScores(pairs, SUBJECTIVITY);
}
