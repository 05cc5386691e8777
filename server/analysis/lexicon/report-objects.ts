/**
 * What is attacked in words, not in arms ("attacked the … trade act", "has attacked a key apartheid law"): laws, plans
 * and decisions. Chosen by hand.
 */
export const POLICY_NOUNS: ReadonlySet<string> = new Set(
  'law laws bill act plan plans proposal proposals policy policies decision tax measure measures program programme scheme budget rules legislation ban move'.split(
    ' ',
  ),
);

/**
 * What one agrees with in holding a view ("agreed with the report", "agrees with one analyst's prediction"), as against
 * a party one makes a deal with. Chosen by hand.
 */
export const VIEW_NOUNS: ReadonlySet<string> = new Set(
  'report reports remarks remark view views assessment prediction predictions analysis forecast forecasts statement comments estimate estimates findings conclusion'.split(
    ' ',
  ),
);
