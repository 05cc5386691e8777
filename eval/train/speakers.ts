import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { ArticleAnalysis } from '../../server/analysis/index.ts';
import { join, resolve } from 'node:path';
import { FEATURES, RULE_FEATURES } from '../../server/analysis/quotes/speakers/learned/features.ts';
import { goldDir, articlesDir, present, projectRoot } from '../paths.ts';
import { collectGroups, type Example, type FirstContactOf, type Group } from './speakers-data.ts';
import { choose, fitSpeakerModel, type FitOptions } from './speakers-fit.ts';

// Usage: npm run train:speakers -- [--round N=DIR …] [--first-contact DIR] [--no-gold] [--margin M] [--write]
// Each DIR holds gold/ and articles/ (as `npm run eval -- --gold DIR/gold --articles DIR/articles`). The project's gold
// (eval/gold with ../shared) is one group per pool round, plus one for the rest. Prints leave-one-group-out figures:
// the rules alone against the model trained on every other group, with and without the rules' pick among its features.
// --write fits on everything and writes server/analysis/quotes/speakers/learned/weights.ts.

const FIT0: FitOptions = { iterations: 400, rate: 1, l2: 0.002 };
const MARGINS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7];
// the features that carry the rules' own answer

function fail(message: string): never {
  console.error(`train:speakers: ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const rounds: [string, string][] = [];
let margin: number | undefined;
let firstDir: string | undefined;
// features left out of the fit (kept at weight 0), to measure what they bring
const without = new Set<number>();
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
  } else if (a === '--without') {
    for (const name of (args[++i] ?? '').split(',')) {
      const k = (FEATURES as readonly string[]).indexOf(name);
      if (k < 0) fail(`--without: unknown feature "${name}"`);
      without.add(k);
    }
  } else if (a === '--first-contact') {
    firstDir = args[++i];
    if (!firstDir || !present(firstDir))
      fail(`--first-contact needs a directory, got "${firstDir ?? ''}"`);
  } else if (a !== '--write' && a !== '--no-gold' && a !== '--mix') fail(`unknown argument "${a}"`);
}

/**
 * The first-contact analyses of the replay's cache (`eval/first-contact/replay.ts --cache DIR`: round-N-COMMIT.json,
 * a list of { file, analysis }) for round `round`, or for a gold file's own pool round.
 */
function firstContactOf(round?: string): FirstContactOf {
  if (!firstDir) return () => undefined;
  const byRound = new Map<string, Map<string, ArticleAnalysis>>();
  for (const name of readdirSync(firstDir)) {
    const m = /^round-(\d+)-[0-9a-f]+\.json$/.exec(name);
    if (!m) continue;
    const list = JSON.parse(readFileSync(join(firstDir, name), 'utf8')) as {
      file: string;
      analysis: ArticleAnalysis;
    }[];
    byRound.set(m[1]!, new Map(list.map((x) => [x.file, x.analysis])));
  }
  return (file) => {
    if (round) return byRound.get(round)?.get(file);
    for (const files of byRound.values()) if (files.has(file)) return files.get(file);
    return undefined;
  };
}

const FIT: FitOptions = { ...FIT0, without };
// fit on the first-contact and today's views together (the rules' trust between the two)
const mix = args.includes('--mix');
const groups: Group[] = [];
if (!args.includes('--no-gold')) {
  if (!present(articlesDir)) fail(`${articlesDir} is absent: pass --no-gold or provide ../shared`);
  groups.push(
    ...collectGroups(goldDir, articlesDir, (r) => (r ? `gold-r${r}` : 'gold'), firstContactOf()),
  );
}
for (const [n, dir] of rounds)
  groups.push(
    ...collectGroups(
      join(dir, 'gold'),
      join(dir, 'articles'),
      () => `round${n}`,
      firstContactOf(n),
    ),
  );
if (groups.length < 2) fail('needs at least two groups to hold one out');

// the quotation as the rules read it at first contact, where that was recorded, else as they read it today
const asFirst = (e: Example): Example => (e.first ? { ...e.first } : e);

const right = (e: Example, w: Float64Array | null, m: number): boolean => {
  if (!w || !e.features) return e.ruleRight;
  return e.positive![choose(w, e, m).pick]!;
};

interface Fold {
  name: string;
  n: number;
  /** rules right, today and at first contact */
  rules: number;
  rulesFirst: number;
  /** per margin: the model fitted on first-contact views, scored on today's and on the first-contact view */
  today: number[];
  first: number[];
  /** the model without the rules' pick, argmax */
  noRules: number;
  /** first-contact answers the model rates at least SURE: how many, how many right; of how many rated, right */
  sure: [number, number];
  quotes: number;
  right: number;
}

// a probability the model's rating of the rules' answer is read as sure at
const SURE = 0.9;

const folds: Fold[] = groups.map((held) => {
  const train = groups
    .filter((g) => g !== held)
    .flatMap((g) => (mix ? [...g.examples.map(asFirst), ...g.examples] : g.examples.map(asFirst)));
  const w = fitSpeakerModel(train, FEATURES.length, FIT);
  const v = fitSpeakerModel(train, FEATURES.length, {
    ...FIT,
    without: new Set([...without, ...RULE_FEATURES]),
  });
  const ex = held.examples;
  const count = (ok: (e: Example) => boolean) => ex.filter(ok).length;
  return {
    name: held.name,
    n: ex.length,
    rules: count((e) => e.ruleRight),
    rulesFirst: count((e) => asFirst(e).ruleRight),
    today: MARGINS.map((m) => count((e) => right(e, w, m))),
    first: MARGINS.map((m) => count((e) => right(asFirst(e), w, m))),
    noRules: count((e) => right(e, v, 0)),
    sure: ((): [number, number] => {
      // the rules' own answer at first contact, where the model gives it at least SURE
      const rated = ex.map(asFirst).filter((e) => e.features && choose(w, e, 1).p >= SURE);
      return [rated.length, rated.filter((e) => e.ruleRight).length];
    })(),
    quotes: ex.map(asFirst).filter((e) => e.features).length,
    right: ex.map(asFirst).filter((e) => e.features && e.ruleRight).length,
  };
});

const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
const sum = (pick: (f: Fold) => number) => folds.reduce((s, f) => s + pick(f), 0);
const total = sum((f) => f.n);
const row = (cells: (string | number)[]) =>
  console.log(cells.map((c) => String(c).padStart(9)).join(''));
for (const view of ['first', 'today'] as const) {
  console.log(
    view === 'first'
      ? '\nHeld out, rules as at FIRST CONTACT (today where none was recorded): rules alone vs model by margin'
      : '\nHeld out, rules as TODAY (tuned on these rounds): rules alone vs model by margin, and without the rules’ pick',
  );
  row([
    'group',
    'quotes',
    'rules',
    ...MARGINS.map((m) => `m>${m}`),
    ...(view === 'today' ? ['no-rules'] : []),
  ]);
  const rules = (f: Fold) => (view === 'first' ? f.rulesFirst : f.rules);
  for (const f of folds)
    row([f.name, f.n, rules(f), ...f[view], ...(view === 'today' ? [f.noRules] : [])]);
  row([
    'total',
    total,
    sum(rules),
    ...MARGINS.map((_, i) => sum((f) => f[view][i]!)),
    ...(view === 'today' ? [sum((f) => f.noRules)] : []),
  ]);
}
// the margin is chosen on the first-contact view: the one that reads like unseen text
const at =
  margin !== undefined
    ? MARGINS.indexOf(margin)
    : MARGINS.reduce((b, _, i) => (sum((f) => f.first[i]!) > sum((f) => f.first[b]!) ? i : b), 0);
const best = margin ?? MARGINS[at]!;
const line = (view: 'first' | 'today') => {
  const rules = (f: Fold) => (view === 'first' ? f.rulesFirst : f.rules);
  const up = folds.filter((f) => f[view][at]! > rules(f)).length;
  const down = folds.filter((f) => f[view][at]! < rules(f)).length;
  return `rules ${sum(rules)}/${total} (${pct(sum(rules), total)}) → model ${sum((f) => f[view][at]!)}/${total} (${pct(
    sum((f) => f[view][at]!),
    total,
  )}); groups up ${up}, down ${down}`;
};
if (at >= 0) {
  console.log(`\nmargin ${best}, first contact: ${line('first')}`);
  console.log(`margin ${best}, today: ${line('today')}`);
}
console.log(
  `first-contact answers the model rates >= ${SURE}: ${sum((f) => f.sure[0])}/${sum((f) => f.quotes)} (${pct(
    sum((f) => f.sure[0]),
    sum((f) => f.quotes),
  )}), right ${pct(
    sum((f) => f.sure[1]),
    sum((f) => f.sure[0]),
  )} (all rated: ${pct(
    sum((f) => f.right),
    sum((f) => f.quotes),
  )} right)`,
);
console.log(
  `without the rules' pick (today): ${sum((f) => f.noRules)}/${total} (${pct(
    sum((f) => f.noRules),
    total,
  )})`,
);

if (args.includes('--write')) {
  const all = groups.flatMap((g) => g.examples);
  const w = fitSpeakerModel(all.map(asFirst), FEATURES.length, FIT);
  const features = Object.fromEntries(FEATURES.map((name, i) => [name, Number(w[i]!.toFixed(4))]));
  const out = resolve(projectRoot, 'server/analysis/quotes/speakers/learned/weights.ts');
  const header = [
    '/**',
    ' * Weights of the learned speaker choice (quotes/speakers/learned/), written by',
    ` * \`npm run train:speakers -- ${args.join(' ')}\` on ${new Date().toISOString().slice(0, 10)}.`,
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
