/**
 * Nouns a sentence uses to point back at words just quoted ("Those were the words of …", "The warning came from
 * …"), chosen by hand (from no data set) among the nouns of communicated content: what someone said, as a whole.
 */
export const UTTERED_WORDS: ReadonlySet<string> = new Set(
  (
    'words word remarks remark comments comment warning message plea appeal verdict view views sentiment ' +
    'assessment response reply answer reaction statement quote'
  ).split(' '),
);
