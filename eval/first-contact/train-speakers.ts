// Usage: npm run train:speaker-confidence [-- --dry-run]
// Fits the speaker-confidence model (server/analysis/quotes/speakers/confidence-model.ts) on every first-contact
// speech quote of eval/first-contact-speakers.json (written by replay.ts: features and whether the speaker was right,
// numbers only), prints how it and the count table by form rate each round when it is left out of the fit and each
// blind round when only the rounds before it are used, and writes the weights with those figures in their header to
// confidence-weights.ts. Reads nothing outside the project.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SPEAKER_FEATURES } from '../../server/analysis/quotes/speakers/confidence-features.ts';
import { formConfidence } from '../../server/analysis/quotes/speakers/confidence.ts';
import { reliability, roundTableLines, type Judged } from '../calibration.ts';
import { pct } from '../format.ts';
import { firstContactFile, firstContactSpeakersFile, projectRoot } from '../paths.ts';
import { heldOutFirstContact, priorRoundsJudged, rateSpeaker } from './lines.ts';
import { loadFirstContact } from './record.ts';
import { beforeOf, fitRounds, modelJudged, othersOf, SPEAKER_FIT } from './speaker-model.ts';
import { loadSpeakerRows } from './speaker-rows.ts';

const dryRun = process.argv.includes('--dry-run');
const unknown = process.argv.slice(2).find((a) => a !== '--dry-run');
if (unknown) {
  console.log(`train:speaker-confidence: unknown argument "${unknown}"`);
  process.exit(1);
}
const rows = loadSpeakerRows(firstContactSpeakersFile);
const record = loadFirstContact(firstContactFile);
for (const loaded of [rows, record])
  if (typeof loaded === 'string') {
    console.log(loaded);
    process.exit(1);
  }
if (typeof rows === 'string' || typeof record === 'string') process.exit(1);
if (rows.features.join() !== SPEAKER_FEATURES.join()) {
  console.log(
    `train:speaker-confidence: ${firstContactSpeakersFile} holds other features than confidence-features.ts; re-run the replay (docs/labels.md)`,
  );
  process.exit(1);
}

const none = formConfidence('none');
const summary = (judged: readonly Judged[]) => {
  const { sure, sureRight, ece } = reliability(judged);
  return `${pct(sure / judged.length)} at ≥ 0.9, ${sure ? pct(sureRight / sure) : 'n/a'} right, ECE ${ece.toFixed(3)}`;
};
const table = heldOutFirstContact(record.rounds, 'speakerForms', rateSpeaker);
const model = modelJudged(rows, othersOf(rows), none);
const tableBefore = priorRoundsJudged(record.rounds, 'speakerForms', rateSpeaker);
const modelBefore = modelJudged(rows, beforeOf, none);
console.log(
  [
    ...roundTableLines(table, 'Count table by form, each round rated by the other rounds'),
    ...roundTableLines(model, 'Model, each round rated by a model fitted on the other rounds'),
    ...roundTableLines(tableBefore, 'Count table, each blind round rated by the rounds before it'),
    ...roundTableLines(
      modelBefore,
      'Model, each blind round rated by a model of the rounds before it',
    ),
  ].join('\n'),
);

const rounds = rows.rounds.map((r) => r.round);
const fitted = fitRounds(rows, rounds);
const quotes = rows.rounds.reduce((n, r) => n + r.rows.filter((x) => x.x.length > 0).length, 0);
const weights = Object.fromEntries(
  SPEAKER_FEATURES.map((f, i) => [f, Math.round(fitted.weights[i]! * 1000) / 1000]),
);
console.log(
  `\nweights (${quotes} found speakers, rounds ${rounds[0]}–${rounds[rounds.length - 1]}):`,
);
console.log(`  bias ${fitted.bias.toFixed(3)}`);
for (const [f, w] of Object.entries(weights)) console.log(`  ${f.padEnd(18)} ${w.toFixed(3)}`);
if (dryRun) process.exit(0);

const out = join(projectRoot, 'server', 'analysis', 'quotes', 'speakers', 'confidence-weights.ts');
const header = [
  '/**',
  ' * Weights of the speaker-confidence model (confidence-model.ts; features in confidence-features.ts): logistic',
  ` * regression, L2 ${SPEAKER_FIT.l2} on standardised features, fitted on the ${quotes} first-contact speech quotes with a speaker`,
  ` * found, rounds ${rounds[0]}–${rounds[rounds.length - 1]} (eval/first-contact-speakers.json), on ${new Date().toISOString().slice(0, 10)} by`,
  ' * `npm run train:speaker-confidence`. Written by that script: re-run it after the replay, never edit by hand.',
  ' * Held out (first contact; share at ≥ 0.9, accuracy there, ECE), the model against the count table by form:',
  ` *   each round rated by the other rounds: ${summary(model)} (table ${summary(table)});`,
  ` *   each blind round by the rounds before it: ${summary(modelBefore)} (table ${summary(tableBefore)}).`,
  ' */',
];
const body = `export const SPEAKER_CONFIDENCE_WEIGHTS: unknown = ${JSON.stringify({ bias: Math.round(fitted.bias * 1000) / 1000, weights })};\n`;
writeFileSync(out, header.join('\n') + '\n' + body);
execFileSync(join(projectRoot, 'node_modules', '.bin', 'prettier'), ['--write', out], {
  cwd: projectRoot,
});
console.log(`\ntrain:speaker-confidence: wrote ${out}`);
