/**
 * Verbs that only carry a noun of saying after them, and those nouns: "made the claim that …", "repeated the
 * administration's claim that …", "issued a warning that …". Chosen by hand from general English (the support verbs
 * of English grammars, with the nouns a report names); a verb here says nothing without such a noun.
 */
export const CARRYING_VERBS: ReadonlySet<string> = new Set(
  'make repeat issue renew echo level lodge press'.split(' '),
);

/** Nouns naming something said, whose "that" clause gives what was said. */
export const SAID_NOUNS: ReadonlySet<string> = new Set(
  (
    'claim claims announcement allegation allegations accusation accusations argument assertion warning charge ' +
    'case point promise pledge vow prediction suggestion statement'
  ).split(' '),
);
