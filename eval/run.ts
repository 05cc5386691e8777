import { analyzeArticle, analyzeLines } from '../server/analysis/index.ts';
import { reportArticles } from './articles-report.ts';
import { reportCheckthat } from './checkthat-report.ts';
import { parseEvalArgs } from './options.ts';
import { recordFirstContact } from './record.ts';
import { firstContactLines } from './first-contact/lines.ts';
import { loadFirstContact } from './first-contact/record.ts';
import { loadSpeakerRows } from './first-contact/speaker-rows.ts';
import {
  articlesDir,
  checkthatDir,
  firstContactFile,
  firstContactSpeakersFile,
  goldDir,
  present,
  sharedDir,
} from './paths.ts';

// Usage: npm run eval [-- --train] [-- --gold DIR] [-- --articles DIR] [-- --record-round N]
// --articles DIR reads the articles of gold files without a "dir" from DIR (a round kept outside the project);
// it measures that gold alone, so it needs no ../shared and skips CheckThat!.
// --record-round N writes the figures of round N's freshly labelled pool articles into their gold files as first contact.
// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) =>
  process.exit(err.code === 'EPIPE' ? 0 : 1),
);
const options = parseEvalArgs(process.argv.slice(2));
if ('usage' in options) {
  console.log(options.usage);
  process.exit(0);
}
if ('error' in options) {
  console.log(options.error);
  process.exit(1);
}
const gold = options.gold ?? goldDir;

if (!options.articles && !present(sharedDir)) {
  console.log(
    `eval: ${sharedDir} is absent, so there is nothing to measure against (it holds the articles and CheckThat! data).`,
  );
} else {
  const articles = options.articles ?? articlesDir;
  console.log(`eval: gold from ${gold}, articles from ${articles}`);
  const scored = reportArticles(gold, articles, analyzeArticle);
  if (options.record !== undefined) {
    const date = new Date().toISOString().slice(0, 10);
    console.log('\n' + recordFirstContact(gold, scored, options.record, date).join('\n'));
  }
  if (!options.articles) {
    // recorded counts, not a run: printed beside the in-sample and held-out tables they are compared with
    const record = loadFirstContact(firstContactFile);
    const rows = loadSpeakerRows(firstContactSpeakersFile);
    if (typeof rows === 'string') console.log(rows);
    console.log(
      typeof record === 'string'
        ? record
        : firstContactLines(record.rounds, typeof rows === 'string' ? undefined : rows).join('\n'),
    );
    reportCheckthat(checkthatDir, 'dev_en.tsv', analyzeLines);
    if (options.train) reportCheckthat(checkthatDir, 'train_en.tsv', analyzeLines);
  }
}
