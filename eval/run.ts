import { analyzeArticle, analyzeLines } from '../server/analysis/index.ts';
import { reportArticles } from './articles-report.ts';
import { reportCheckthat } from './checkthat-report.ts';
import { articlesDir, checkthatDir, goldDir, present, sharedDir } from './paths.ts';

// Usage: npm run eval [-- --train] [-- --gold DIR]
// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) =>
  process.exit(err.code === 'EPIPE' ? 0 : 1),
);
const args = process.argv.slice(2);
const goldAt = args.indexOf('--gold');
const gold = goldAt >= 0 ? args[goldAt + 1] : undefined;

if (!present(sharedDir)) {
  console.log(
    `eval: ${sharedDir} is absent, so there is nothing to measure against (it holds the articles and CheckThat! data).`,
  );
} else {
  console.log(`eval: gold from ${gold ?? goldDir}, articles from ${articlesDir}`);
  reportArticles(gold ?? goldDir, articlesDir, analyzeArticle);
  reportCheckthat(checkthatDir, 'dev_en.tsv', analyzeLines);
  if (args.includes('--train')) reportCheckthat(checkthatDir, 'train_en.tsv', analyzeLines);
}
