import { analyzeArticle, analyzeLines } from '../server/analysis/index.ts';
import { reportArticles } from './articles-report.ts';
import { reportCheckthat } from './checkthat-report.ts';
import { recordFirstContact } from './record.ts';
import { articlesDir, checkthatDir, goldDir, present, sharedDir } from './paths.ts';

// Usage: npm run eval [-- --train] [-- --gold DIR] [-- --record-round N]
// --record-round N writes the figures of round N's freshly labelled pool articles into their gold files as first contact.
// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) =>
  process.exit(err.code === 'EPIPE' ? 0 : 1),
);
const args = process.argv.slice(2);
const goldAt = args.indexOf('--gold');
const gold = goldAt >= 0 ? args[goldAt + 1] : undefined;
const recordAt = args.indexOf('--record-round');
const record = recordAt >= 0 ? Number(args[recordAt + 1]) : undefined;
if (record !== undefined && !(Number.isInteger(record) && record > 0)) {
  console.log(`eval: --record-round needs a round number, got "${args[recordAt + 1] ?? ''}"`);
  process.exit(1);
}

if (!present(sharedDir)) {
  console.log(
    `eval: ${sharedDir} is absent, so there is nothing to measure against (it holds the articles and CheckThat! data).`,
  );
} else {
  console.log(`eval: gold from ${gold ?? goldDir}, articles from ${articlesDir}`);
  const scored = reportArticles(gold ?? goldDir, articlesDir, analyzeArticle);
  if (record !== undefined) {
    const date = new Date().toISOString().slice(0, 10);
    console.log('\n' + recordFirstContact(gold ?? goldDir, scored, record, date).join('\n'));
  }
  reportCheckthat(checkthatDir, 'dev_en.tsv', analyzeLines);
  if (args.includes('--train')) reportCheckthat(checkthatDir, 'train_en.tsv', analyzeLines);
}
