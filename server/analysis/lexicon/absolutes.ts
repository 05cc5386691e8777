/**
 * Absolutes (Pomerantz 1986, "extreme case formulations"): universal quantifiers and time-absolutes by which a
 * writer sweeps past the evidence ("no council ever listens", "nothing about it works"). English closed class.
 */
export const ABSOLUTES: ReadonlySet<string> = new Set([
  'ever',
  'never',
  'always',
  'nothing',
  'nobody',
  'everyone',
  'everybody',
  'everything',
  'anyone',
  'anybody',
  'anything',
  'none',
]);

/** The any-words, which sweep only as a subject or a bare object ("Anyone can see", "can bite anyone"). */
export const ANY_WORDS: ReadonlySet<string> = new Set(['anyone', 'anybody', 'anything']);
