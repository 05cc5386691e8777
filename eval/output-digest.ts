// Usage: npx tsx eval/output-digest.ts [--out FILE] [ARTICLES_DIR ...]
// Proves a refactor output-identical: analyzes every article we hold (the bundled lessons, ../shared's articles and
// pool, and each ARTICLES_DIR given, e.g. a dev round's articles/) and the CheckThat! train and dev sentences as
// lines, and prints a sha256 of the analyzer's JSON per source and overall. Run it before and after a change and
// compare the digests; `--out FILE` also writes the whole JSON (keep FILE outside the project: it holds article
// text) for a diff when they differ. Reads only; CheckThat! text is measured, never copied.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyzeArticle, analyzeLines } from '../server/analysis/index.ts';
import { parseCheckthat } from './checkthat.ts';
import { articlesDir, checkthatDir, contentDir, poolDir, present, projectRoot } from './paths.ts';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : undefined;
if (outAt >= 0 && !out) {
  console.log('output-digest: --out needs a file name');
  process.exit(1);
}
// (without --out, outAt is -1 and outAt + 1 is the first folder: only skip the pair when the flag is there)
const given = outAt >= 0 ? args.filter((_, i) => i !== outAt && i !== outAt + 1) : args;
const dirs = [contentDir, articlesDir, poolDir, ...given];

const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);
const parts: string[] = [];
// `all` (and --out) name our own folders as the project sees them ("../shared/data/articles") and a given folder as
// it was typed, not by absolute paths, so that two checkouts (main and a worktree) give the same `all` alike
const show = (what: string, json: string, stableName = what) => {
  parts.push(`== ${stableName}\n${json}`);
  console.log(`${sha(json)}  ${what}`);
};

for (const dir of dirs) {
  if (!present(dir)) {
    console.log(`(absent)          ${dir}`);
    continue;
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const analyses = files.map((f) => analyzeArticle(readFileSync(join(dir, f), 'utf8')));
  const count = `(${files.length} articles)`;
  show(
    `${dir} ${count}`,
    JSON.stringify(analyses),
    `${given.includes(dir) ? dir : relative(projectRoot, dir)} ${count}`,
  );
}
for (const name of ['train_en.tsv', 'dev_en.tsv']) {
  const path = join(checkthatDir, name);
  if (!present(path)) continue;
  const rows = parseCheckthat(readFileSync(path, 'utf8'));
  show(
    `CheckThat ${name} (${rows.length} lines)`,
    JSON.stringify(analyzeLines(rows.map((r) => r.sentence).join('\n'))),
  );
}
const all = parts.join('\n');
console.log(`${sha(all)}  all`);
if (out) writeFileSync(out, all);
