/**
 * Nouns that open a news headline in place of a verb of saying: "Warning over pensions deficit", "Call for inquiry
 * into crash", "Fears for jobs at plant", "Concerns at school diploma plan". Chosen by hand from British and American
 * headline style (no data set).
 */
export const HEADLINE_SPEECH_NOUNS: ReadonlySet<string> = new Set(
  (
    'warning warnings call calls plea pleas appeal appeals fear fears concern concerns criticism demand demands ' +
    'claim claims pledge pledges vow vows'
  ).split(' '),
);

/** The prepositions that join such a noun to what it is about ("over", "about", "for", "on", "against"). */
export const HEADLINE_TOPIC_LINKS: ReadonlySet<string> = new Set(
  'over about for on against of to into at'.split(' '),
);

/**
 * Words of feeling that follow a person's name in a headline in place of a verb of saying: "Wenger shock at Newcastle
 * dip", "Souness delight at Euro progress", "Owen delighted with Real display", "Blunkett sorry over murder plan": the
 * story reports what that person said they felt. Chosen by hand from British sports and politics headline style (no
 * data set); "blow" is left out ("Box office blow for Alexander" is the writer's).
 */
export const HEADLINE_FEELINGS: ReadonlySet<string> = new Set(
  (
    'joy delight delighted shock shocked anger angry fury furious relief relieved dismay dismayed frustration ' +
    'frustrated sorry regret keen upbeat confident happy unhappy pleased proud pride disappointment disappointed ' +
    'optimistic surprise surprised despair outrage'
  ).split(' '),
);

/** The words that join a feeling to its cause in such a headline ("at", "with", "as", "after", "over"). */
export const HEADLINE_FEELING_LINKS: ReadonlySet<string> = new Set(
  'at with as after over about for to on by'.split(' '),
);
