/**
 * Words that give a superlative a scope someone can check: a period, a record, a history ("the worst storm since
 * 1950", "the strongest recorded", "the deadliest on record"). Chosen by hand from general English news usage (no
 * data set).
 */
export const RANK_SCOPES: ReadonlySet<string> = new Set([
  'since',
  'ever',
  'recorded',
  'record',
  'history',
  'decades',
  'century',
  'date',
]);

/**
 * The impact a superlative right before it ranks by a toll someone can count: "the worst-hit areas", "the two
 * worst-affected nations", "among the worst hit" (blind rounds 682, 775, 778 and 835, tsunami, Ebola and school
 * reports: facts each time). Only right after the superlative: "the brightest new star hit top form" praises.
 */
export const IMPACT_WORDS: ReadonlySet<string> = new Set(['hit', 'affected']);
