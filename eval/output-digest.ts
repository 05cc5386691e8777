// Usage: npx tsx eval/output-digest.ts [--out FILE] [ARTICLES_DIR ...]
// Proves a refactor output-identical: analyzes every article we hold (the bundled lessons, ../shared's articles and
// pool, and each ARTICLES_DIR given, e.g. a dev round's articles/) and the CheckThat! train and dev sentences as
// lines, and prints a sha256 of the analyzer's JSON per source and overall. Run it before and after a change and
// compare the digests; `--out FILE` also writes the whole JSON (keep FILE outside the project: it holds article
// text) for a diff when they differ. Reads only; CheckThat! text is measured, never copied.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle, analyzeLines } from '../server/analysis/index.ts';
import { parseCheckthat } from './checkthat.ts';
import { articlesDir, checkthatDir, contentDir, poolDir, present } from './paths.ts';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : undefined;
if (outAt >= 0 && !out) {
  console.log('output-digest: --out needs a file name');
  process.exit(1);
}
const dirs = [
  contentDir,
  articlesDir,
  poolDir,
  ...args.filter((_, i) => i !== outAt && i !== outAt + 1),
];

const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);
const parts: string[] = [];
const show = (what: string, json: string) => {
  parts.push(`== ${what}\n${json}`);
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
  show(`${dir} (${files.length} articles)`, JSON.stringify(analyses));
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
