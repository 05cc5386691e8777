import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FEATURES } from '../../server/analysis/quotes/speakers/learned/features.ts';
import { projectRoot } from '../paths.ts';
import type { Group } from './speakers-examples.ts';
import { fitSpeakerModel, type FitOptions } from './speakers-fit.ts';
import { asFirst, type Fold } from './speakers-folds.ts';
import { chosenMargin, foldSums } from './speakers-report.ts';

/** Fits on every group and writes the weights, with how they were measured, into the analyzer. */
export function writeSpeakerWeights(
  groups: readonly Group[],
  folds: readonly Fold[],
  fit: FitOptions,
  margin: number | undefined,
  argv: readonly string[],
): void {
  const { sum, total } = foldSums(folds);
  const { at, best } = chosenMargin(folds, margin);
  const all = groups.flatMap((g) => g.examples);
  const w = fitSpeakerModel(all.map(asFirst), FEATURES.length, fit);
  const features = Object.fromEntries(FEATURES.map((name, i) => [name, Number(w[i]!.toFixed(4))]));
  const out = resolve(projectRoot, 'server/analysis/quotes/speakers/learned/weights.ts');
  const header = [
    '/**',
    ' * Weights of the learned speaker choice (quotes/speakers/learned/), written by',
    ` * \`npm run train:speakers -- ${argv.join(' ')}\` on ${new Date().toISOString().slice(0, 10)}.`,
    ` * Fitted on ${all.length} gold speech quotations in ${groups.length} groups (${groups.map((g) => g.name).join(', ')}).`,
    ` * Leave-one-group-out: rules ${sum((f) => f.rules)}/${total}, model at margin ${best}: first contact ${sum((f) => f.rulesFirst)} → ${at >= 0 ? sum((f) => f.first[at]!) : '?'}, today ${sum((f) => f.rules)} → ${at >= 0 ? sum((f) => f.today[at]!) : '?'},`,
    ` * model without the rules' pick ${sum((f) => f.noRules)}/${total}.`,
    ' */',
  ].join('\n');
  writeFileSync(
    out,
    `${header}\nexport const SPEAKER_WEIGHTS: unknown = ${JSON.stringify({ margin: best, features }, null, 2)};\n`,
  );
  console.log(`train:speakers: wrote ${out}`);
}
