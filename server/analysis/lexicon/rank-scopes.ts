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
