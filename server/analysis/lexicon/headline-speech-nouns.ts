/**
 * Nouns that open a news headline in place of a verb of saying: "Warning over pensions deficit", "Call for inquiry
 * into crash", "Fears for jobs at plant", "Concerns at school diploma plan". Chosen by hand from British and American
 * headline style (no data set).
 */
export const HEADLINE_SPEECH_NOUNS: ReadonlySet<string> = new Set(
  (
    'warning warnings call calls plea pleas appeal appeals fear fears concern concerns criticism demand demands ' +
    'claim claims'
  ).split(' '),
);

/** The prepositions that join such a noun to what it is about ("over", "about", "for", "on", "against"). */
export const HEADLINE_TOPIC_LINKS: ReadonlySet<string> = new Set(
  'over about for on against of to into at'.split(' '),
);
