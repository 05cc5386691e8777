/**
 * Words that mark a sentence as stating a rule, a requirement or a work's title rather than the writer's guess or
 * judgement. Chosen by hand from general English usage, not from any data set; each list names the example that
 * motivated it.
 */

// chosen by hand from quantifiers that open a subject a rule applies to; example that motivated it: "all male
// residents over 18 must register" (a requirement, not the writer's prescription)
export const RULE_QUANTIFIERS: ReadonlySet<string> = new Set(['all', 'every', 'each', 'any']);

// chosen by hand from words naming the rule a requirement comes from; example that motivated it: "By law, all
// residents must register", "could be subject to a fine under the park bylaws"
export const RULE_WORDS: ReadonlySet<string> = new Set([
  'law',
  'laws',
  'rule',
  'rules',
  'regulations',
  'bylaws',
  'constitution',
  'statute',
  'under',
]);

// chosen by hand from adjectives of legal liability; example that motivated it: "could be subject to a fine"
export const LIABLE_WORDS: ReadonlySet<string> = new Set(['subject', 'liable']);

// chosen by hand from nouns for creative works whose title follows or opens a sentence; example that motivated it:
// "the documentary Never Tell Anyone was released", "Never Tell Anyone is a documentary by …"
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  'documentary',
  'film',
  'movie',
  'book',
  'novel',
  'memoir',
  'song',
  'album',
  'single',
  'series',
  'show',
  'play',
  'musical',
  'podcast',
  'poem',
  'painting',
  'opera',
]);
