import { FEATURES, RULE_FEATURES } from '../../server/analysis/quotes/speakers/learned/features.ts';
import type { Example, Group } from './speakers-examples.ts';
import { choose, fitSpeakerModel, type FitOptions } from './speakers-fit.ts';

/** The margins by which the model must beat the rules' pick, each reported. */
export const MARGINS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7];
// a probability the model's rating of the rules' answer is read as sure at
export const SURE = 0.9;

/** One held-out group's counts. */
export interface Fold {
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

/** The quotation as the rules read it at first contact, where that was recorded, else as they read it today. */
export const asFirst = (e: Example): Example => (e.first ? { ...e.first } : e);

const right = (e: Example, w: Float64Array | null, m: number): boolean => {
  if (!w || !e.features) return e.ruleRight;
  return e.positive![choose(w, e, m).pick]!;
};

/**
 * Leave-one-group-out: for each group, the model fitted on every other group (on first-contact views, with today's
 * too when `mix`), and the same without the features that carry the rules' own answer.
 */
export function crossValidate(groups: readonly Group[], fit: FitOptions, mix: boolean): Fold[] {
  return groups.map((held) => {
    const train = groups
      .filter((g) => g !== held)
      .flatMap((g) =>
        mix ? [...g.examples.map(asFirst), ...g.examples] : g.examples.map(asFirst),
      );
    const w = fitSpeakerModel(train, FEATURES.length, fit);
    const v = fitSpeakerModel(train, FEATURES.length, {
      ...fit,
      without: new Set([...(fit.without ?? []), ...RULE_FEATURES]),
    });
    const ex = held.examples;
    const count = (ok: (e: Example) => boolean) => ex.filter(ok).length;
    // the rules' own answer at first contact, where the model gives it at least SURE
    const rated = ex.map(asFirst).filter((e) => e.features && choose(w, e, 1).p >= SURE);
    return {
      name: held.name,
      n: ex.length,
      rules: count((e) => e.ruleRight),
      rulesFirst: count((e) => asFirst(e).ruleRight),
      today: MARGINS.map((m) => count((e) => right(e, w, m))),
      first: MARGINS.map((m) => count((e) => right(asFirst(e), w, m))),
      noRules: count((e) => right(e, v, 0)),
      sure: [rated.length, rated.filter((e) => e.ruleRight).length],
      quotes: ex.map(asFirst).filter((e) => e.features).length,
      right: ex.map(asFirst).filter((e) => e.features && e.ruleRight).length,
    };
  });
}
