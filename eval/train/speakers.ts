import { join } from 'node:path';
import { goldDir, articlesDir, present } from '../paths.ts';
import { parseSpeakerTrainArgs } from './speakers-args.ts';
import { collectGroups } from './speakers-data.ts';
import type { Group } from './speakers-examples.ts';
import type { FitOptions } from './speakers-fit.ts';
import { firstContactOf } from './speakers-first-contact.ts';
import { crossValidate } from './speakers-folds.ts';
import { printSpeakerReport } from './speakers-report.ts';
import { writeSpeakerWeights } from './speakers-write.ts';

// Usage: npm run train:speakers -- [--round N=DIR …] [--first-contact DIR] [--no-gold] [--margin M] [--write]
// Each DIR holds gold/ and articles/ (as `npm run eval -- --gold DIR/gold --articles DIR/articles`). The project's gold
// (eval/gold with ../shared) is one group per pool round, plus one for the rest. Prints leave-one-group-out figures:
// the rules alone against the model trained on every other group, with and without the rules' pick among its features.
// --write fits on everything and writes server/analysis/quotes/speakers/learned/weights.ts.

function fail(message: string): never {
  console.error(`train:speakers: ${message}`);
  process.exit(1);
}

const argv = process.argv.slice(2);
const args = parseSpeakerTrainArgs(argv);
if ('error' in args) fail(args.error);
const fit: FitOptions = { iterations: 400, rate: 1, l2: 0.002, without: args.without };
const groups: Group[] = [];
if (!args.noGold) {
  if (!present(articlesDir)) fail(`${articlesDir} is absent: pass --no-gold or provide ../shared`);
  groups.push(
    ...collectGroups(
      goldDir,
      articlesDir,
      (r) => (r ? `gold-r${r}` : 'gold'),
      firstContactOf(args.firstDir),
    ),
  );
}
for (const [n, dir] of args.rounds)
  groups.push(
    ...collectGroups(
      join(dir, 'gold'),
      join(dir, 'articles'),
      () => `round${n}`,
      firstContactOf(args.firstDir, n),
    ),
  );
if (groups.length < 2) fail('needs at least two groups to hold one out');

const folds = crossValidate(groups, fit, args.mix);
printSpeakerReport(folds, args.margin);
if (args.write) writeSpeakerWeights(groups, folds, fit, args.margin, argv);
