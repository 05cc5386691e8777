import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  FEATURES,
  FEATURE_INDEX as F,
} from '../../server/analysis/quotes/speakers/learned/features.ts';
import { goldDir, articlesDir, present, projectRoot } from '../paths.ts';
import { collectGroups, type Example, type Group } from './speakers-data.ts';
import { choose, fitSpeakerModel, type FitOptions } from './speakers-fit.ts';

// Usage: npm run train:speakers -- [--round N=DIR …] [--no-gold] [--margin M] [--write]
// Each DIR holds gold/ and articles/ (as `npm run eval -- --gold DIR/gold --articles DIR/articles`). The project's gold
// (eval/gold with ../shared) is one group per pool round, plus one for the rest. Prints leave-one-group-out figures:
// the rules alone against the model trained on every other group, with and without the rules' pick among its features.
// --write fits on everything and writes server/analysis/quotes/speakers/learned/weights.ts.

const FIT: FitOptions = { iterations: 400, rate: 1, l2: 0.002 };
const MARGINS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7];
// the features that carry the rules' own answer
const RULE_FEATURES = new Set([
  F.rulePick,
  F.rulePickTag,
  F.rulePickLeft,
  F.rulePickInherited,
  F.rulePickOther,
  F.noneRuleNone,
]);

function fail(message: string): never {
  console.error(`train:speakers: ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const rounds: [string, string][] = [];
let margin: number | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--round') {
    const m = /^(\d+)=(.+)$/.exec(args[++i] ?? '');
    if (!m) fail(`--round needs N=DIR, got "${args[i] ?? ''}"`);
    if (!present(join(m[2]!, 'gold'))) fail(`no gold/ in "${m[2]!}"`);
    rounds.push([m[1]!, m[2]!]);
  } else if (a === '--margin') {
    margin = Number(args[++i]);
    if (!(margin >= 0 && margin <= 1))
      fail(`--margin needs a number from 0 to 1, got "${args[i] ?? ''}"`);
  } else if (a !== '--write' && a !== '--no-gold') fail(`unknown argument "${a}"`);
}

const groups: Group[] = [];
if (!args.includes('--no-gold')) {
  if (!present(articlesDir)) fail(`${articlesDir} is absent: pass --no-gold or provide ../shared`);
  groups.push(...collectGroups(goldDir, articlesDir, (r) => (r ? `gold-r${r}` : 'gold')));
}
for (const [n, dir] of rounds)
  groups.push(...collectGroups(join(dir, 'gold'), join(dir, 'articles'), () => `round${n}`));
if (groups.length < 2) fail('needs at least two groups to hold one out');

const right = (e: Example, w: Float64Array | null, m: number): boolean => {
  if (!w || !e.features) return e.ruleRight;
  return e.positive![choose(w, e, m).pick]!;
};

interface Fold {
  name: string;
  n: number;
  rules: number;
  withRules: number[];
  noRules: number;
  sure: [number, number];
}

const folds: Fold[] = groups.map((held) => {
  const train = groups.filter((g) => g !== held).flatMap((g) => g.examples);
  const w = fitSpeakerModel(train, FEATURES.length, FIT);
  const v = fitSpeakerModel(train, FEATURES.length, { ...FIT, without: RULE_FEATURES });
  const ex = held.examples;
  const count = (ok: (e: Example) => boolean) => ex.filter(ok).length;
  const sure: [number, number] = [0, 0];
  return {
    name: held.name,
    n: ex.length,
    rules: count((e) => e.ruleRight),
    withRules: MARGINS.map((m) => count((e) => right(e, w, m))),
    noRules: count((e) => right(e, v, 0)),
    sure,
  };
});

const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
console.log(
  'Leave-one-group-out speech-quote speakers (held-out group: rules alone vs model fitted on the others)',
);
console.log(
  ['group', 'quotes', 'rules', ...MARGINS.map((m) => `m>${m}`), 'no-rules']
    .map((s) => s.padStart(9))
    .join(''),
);
for (const f of folds)
  console.log(
    [f.name, f.n, f.rules, ...f.withRules, f.noRules].map((s) => String(s).padStart(9)).join(''),
  );
const sum = (pick: (f: Fold) => number) => folds.reduce((s, f) => s + pick(f), 0);
const total = sum((f) => f.n);
console.log(
  [
    'total',
    total,
    sum((f) => f.rules),
    ...MARGINS.map((_, i) => sum((f) => f.withRules[i]!)),
    sum((f) => f.noRules),
  ]
    .map((s) => String(s).padStart(9))
    .join(''),
);
const best =
  margin ??
  MARGINS[
    MARGINS.reduce(
      (b, _, i) => (sum((f) => f.withRules[i]!) > sum((f) => f.withRules[b]!) ? i : b),
      0,
    )
  ]!;
const at = MARGINS.indexOf(best);
if (at >= 0) {
  const up = folds.filter((f) => f.withRules[at]! > f.rules).length;
  const down = folds.filter((f) => f.withRules[at]! < f.rules).length;
  console.log(
    `margin ${best}: rules ${sum((f) => f.rules)}/${total} (${pct(
      sum((f) => f.rules),
      total,
    )}) → model ${sum((f) => f.withRules[at]!)}/${total} (${pct(
      sum((f) => f.withRules[at]!),
      total,
    )}); groups up ${up}, down ${down}, same ${folds.length - up - down}`,
  );
}
console.log(
  `without the rules' pick (argmax): ${sum((f) => f.noRules)}/${total} (${pct(
    sum((f) => f.noRules),
    total,
  )})`,
);

if (args.includes('--write')) {
  const all = groups.flatMap((g) => g.examples);
  const w = fitSpeakerModel(all, FEATURES.length, FIT);
  const features = Object.fromEntries(FEATURES.map((name, i) => [name, Number(w[i]!.toFixed(4))]));
  const out = resolve(projectRoot, 'server/analysis/quotes/speakers/learned/weights.ts');
  const header = [
    '/**',
    ' * Weights of the learned speaker choice (quotes/speakers/learned/), written by',
    ` * \`npm run train:speakers -- ${args.join(' ')}\` on ${new Date().toISOString().slice(0, 10)}.`,
    ` * Fitted on ${all.length} gold speech quotations in ${groups.length} groups (${groups.map((g) => g.name).join(', ')}).`,
    ` * Leave-one-group-out: rules ${sum((f) => f.rules)}/${total}, model at margin ${best} ${at >= 0 ? sum((f) => f.withRules[at]!) : '?'}/${total},`,
    ` * model without the rules' pick ${sum((f) => f.noRules)}/${total}.`,
    ' */',
  ].join('\n');
  writeFileSync(
    out,
    `${header}\nexport const SPEAKER_WEIGHTS: unknown = ${JSON.stringify({ margin: best, features }, null, 2)};\n`,
  );
  console.log(`train:speakers: wrote ${out}`);
}
