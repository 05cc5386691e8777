import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleAnalysis } from '../server/analysis/index.ts';
import { parseCheckthat, scoreCheckthat, SUBJECTIVITY } from './checkthat.ts';
import { scoreLines } from './format.ts';
import { present } from './paths.ts';

/** Scores the analyzer on one CheckThat! English subjectivity file (framing → SUBJ) and prints the figures. */
export function reportCheckthat(
  dir: string,
  file: string,
  analyzeLines: (text: string) => ArticleAnalysis,
): void {
  const path = join(dir, file);
  if (!present(path))
    return void console.log(`\neval: ${path} is absent: CheckThat! figures skipped`);
  const rows = parseCheckthat(readFileSync(path, 'utf8'));
  const scores = scoreCheckthat(rows, analyzeLines);
  console.log(
    `\nCheckThat! subjectivity, ${file} (${rows.length} sentences; framing → SUBJ, fact/attributed → OBJ)`,
  );
  console.log(scoreLines(scores, SUBJECTIVITY).join('\n'));
}
