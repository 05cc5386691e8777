import { MARGINS, SURE, type Fold } from './speakers-folds.ts';

const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
const row = (cells: (string | number)[]) =>
  console.log(cells.map((c) => String(c).padStart(9)).join(''));

/** Sums of the folds' counts. */
export function foldSums(folds: readonly Fold[]) {
  const sum = (pick: (f: Fold) => number) => folds.reduce((s, f) => s + pick(f), 0);
  return { sum, total: sum((f) => f.n) };
}

/** The margin reported: the one asked for, else the best on the first-contact view (the one like unseen text). */
export function chosenMargin(folds: readonly Fold[], margin: number | undefined) {
  const { sum } = foldSums(folds);
  const at =
    margin !== undefined
      ? MARGINS.indexOf(margin)
      : MARGINS.reduce((b, _, i) => (sum((f) => f.first[i]!) > sum((f) => f.first[b]!) ? i : b), 0);
  return { at, best: margin ?? MARGINS[at]! };
}

/** Prints the leave-one-group-out tables (first contact, today) and the summary lines. */
export function printSpeakerReport(folds: readonly Fold[], margin: number | undefined): void {
  const { sum, total } = foldSums(folds);
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
  const { at, best } = chosenMargin(folds, margin);
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
}
