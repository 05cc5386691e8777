/**
 * Words of measured quantity (general English): a change or a capacity that a figure can check. A degree word
 * beside them ("decreased sharply", "a dramatic rise") gives a size, not the writer's judgement, and "can" before
 * them ("can weigh fourteen tons") states a capacity.
 */

/**
 * Verbs and nouns of a quantity changing by itself ("inflation rocketed", "a sharp rise"); an agent's act on it
 * ("dramatically reduced the workforce", "cut") is left out: there the degree word grades the act.
 */
export const CHANGE_WORDS: ReadonlySet<string> = new Set([
  'rise',
  'fall',
  'increase',
  'decrease',
  'drop',
  'decline',
  'grow',
  'growth',
  'shrink',
  'slow',
  'climb',
  'jump',
  'plunge',
  'soar',
  'surge',
  'rocket',
  'tumble',
  'contract',
  'expand',
  'accelerate',
  'rebound',
  'fluctuate',
  'gain',
  'loss',
  'slowdown',
  'downturn',
  'spike',
  // a gap or a currency changing ("US trade deficit widens sharply", "The dollar has weakened sharply", BBC, blind
  // rounds 740 and 774); an agent may weaken a law too, but in the blind rounds these verbs told a quantity's change
  'widen',
  'narrow',
  'weaken',
  'strengthen',
]);

/** Verbs of size or capacity: "can weigh", "can reach", "can hold". */
/**
 * Nouns of an amount or a share of a whole ("a significant number", "a sizeable portion"): a grading word before
 * them gives a size, not the writer's judgement of importance.
 */
export const AMOUNT_NOUNS: ReadonlySet<string> = new Set([
  'number',
  'amount',
  'population',
  'portion',
  'proportion',
  'share',
  'part',
  'percentage',
  'fraction',
  'quantity',
  'sum',
  'volume',
  'majority',
  'minority',
]);

export const MEASURE_VERBS: ReadonlySet<string> = new Set([
  'weigh',
  'measure',
  'reach',
  'cost',
  'last',
  'hold',
  'carry',
  'exceed',
  'span',
  'stretch',
  'travel',
  'seat',
  'accommodate',
  'store',
  'generate',
  'produce',
  'grow',
  'live',
  'top',
  'range',
  'vary',
]);

/**
 * Nouns for an amount that someone puts "at" a figure when they estimate it ("officials put the death toll at 40",
 * "placed the value of the painting in the range of …"); chosen by hand from general news usage.
 */
export const ESTIMATED_AMOUNTS: ReadonlySet<string> = new Set([
  'toll',
  'value',
  'cost',
  'number',
  'figure',
  'total',
  'damage',
  'loss',
  'losses',
  'price',
  'count',
]);
