// Usage: npm run train:labels -- [--round N=DIR ...] [--cache FILE] [--first-contact] [--write]
// Fits the sentence-label model (multinomial logistic regression over the stages' evidence, server/analysis/labels/)
// on the gold and the rounds given, prints leave-one-round-out figures (each round scored by a model fitted on all the
// others, the rules alone beside it), and with --write stores the weights fitted on everything in
// server/analysis/labels/fitted.ts. Reads ../shared and the round directories; writes no article text.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTrainArgs } from './labels-args.ts';
import { loadRows, type Row } from './labels-data.ts';
import { articlesDir, goldDir } from '../paths.ts';
import { reportCv } from './labels-report.ts';

const parsed = parseTrainArgs(process.argv.slice(2));
if ('error' in parsed) {
  console.log(parsed.error);
  process.exit(1);
}
const args = parsed;

function extract(): Row[] {
  const rows = loadRows(
    goldDir,
    articlesDir,
    () => 'gold',
    (g) => g.round ?? null,
  );
  for (const [round, dir] of [...args.rounds].sort((a, b) => a[0] - b[0])) {
    if (!existsSync(join(dir, 'gold'))) {
      console.log(`train: ${dir}/gold not found (round ${round})`);
      process.exit(1);
    }
    rows.push(
      ...loadRows(
        join(dir, 'gold'),
        join(dir, 'articles'),
        () => `round ${round}`,
        () => round,
      ),
    );
  }
  return rows;
}

function cached(): Row[] {
  if (args.cache && existsSync(args.cache)) {
    const raw = JSON.parse(readFileSync(args.cache, 'utf8')) as (Omit<Row, 'x'> & {
      x: number[] | null;
    })[];
    return raw.map((r) => ({ ...r, x: r.x ? Float64Array.from(r.x) : null }));
  }
  const rows = extract();
  if (args.cache)
    writeFileSync(
      args.cache,
      JSON.stringify(rows.map((r) => ({ ...r, x: r.x ? [...r.x] : null }))),
    );
  return rows;
}

const rows = cached();
const groups = new Set(rows.map((r) => r.group)).size;
console.log(`train: ${rows.length} gold sentences in ${groups} groups`);
// the project's gold is one group, so without a labelled round there is nothing to hold out (the fit threw
// "no rows to fit" with a stack trace); --cache has already written the vectors by now
if (groups < 2) {
  console.log(
    'train: needs at least two groups to hold one out: give a labelled round with --round N=DIR',
  );
  process.exit(1);
}
await reportCv(rows, args);
