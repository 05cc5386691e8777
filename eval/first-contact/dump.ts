// Run by replay.ts in a child process: loads the analyzer of an old checkout and writes its analyses of one round's
// articles as JSON. Usage: dump.ts <old root> <gold dir> <articles dir> <round, 0 = every file> <output file>
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [root, goldDir, articlesDir, roundArg, out] = process.argv.slice(2);
if (!root || !goldDir || !articlesDir || !roundArg || !out) {
  console.log('dump: usage: dump.ts <old root> <gold dir> <articles dir> <round> <output file>');
  process.exit(1);
}
const round = Number(roundArg);
const entry = pathToFileURL(join(root, 'server', 'analysis', 'index.ts')).href;
const { analyzeArticle } = (await import(entry)) as { analyzeArticle: (text: string) => unknown };
const analyses: { file: string; analysis: unknown }[] = [];
for (const file of readdirSync(goldDir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as {
    article: string;
    round?: number;
  };
  if (round > 0 && gold.round !== round) continue;
  analyses.push({
    file,
    analysis: analyzeArticle(readFileSync(join(articlesDir, gold.article), 'utf8')),
  });
}
writeFileSync(out, JSON.stringify(analyses));
