/**
 * Nouns for an instruction someone issues, whose agent after "by" speaks the words it quotes: "an order by Admiral
 * Jane Roe directing units to “join the search”". Chosen by hand from the round 11 misses (a coast guard order) and
 * their common synonyms in news writing.
 */
export const DIRECTIVE_NOUNS: ReadonlySet<string> = new Set([
  'order',
  'orders',
  'directive',
  'instruction',
  'instructions',
  'decree',
  'memo',
  'memorandum',
  'proclamation',
]);
