import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '../server/analysis/index.ts';

// A profiling aid, not a figure: analyzes the seed article over and over for SECONDS (default 10) after a warm-up,
// so that `node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile-analyzer.ts` shows where the
// analyzer's own time goes. Read the profile of the main thread (the larger file); the first seconds load the
// wink-nlp model. Session 5 found most of the time outside the parse spread thin over per-word rules, so look at
// time per file as well as per function, and prefer a cheap test that skips work (a word or literal the rule needs)
// to rewriting a rule.
const SECONDS = Number(process.env.SECONDS ?? 10);
const seed = readFileSync(
  fileURLToPath(new URL('../content/000_01eb33c84de12762.txt', import.meta.url)),
  'utf8',
);
for (let i = 0; i < 20; i++) analyzeArticle(seed);
const start = Date.now();
let runs = 0;
while (Date.now() - start < SECONDS * 1000) {
  analyzeArticle(seed);
  runs++;
}
console.log(`${runs} analyses, ${((Date.now() - start) / runs).toFixed(2)} ms each (wall)`);
