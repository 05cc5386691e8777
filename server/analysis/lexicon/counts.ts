/**
 * Words that give a rough count in place of a number: "stabbed several people", "injured dozens". A hedge such as
 * "reportedly" before one qualifies the count, not the sentence's claim. Chosen by hand from general English usage.
 */
export const COUNT_WORDS: ReadonlySet<string> = new Set([
  'several',
  'many',
  'few',
  'dozens',
  'hundreds',
  'thousands',
  'scores',
]);
