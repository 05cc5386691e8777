/**
 * Words that tell what kind of source a subject is: no source at all, a vague group, a named body, a person.
 * Closed classes of English pronouns plus nouns chosen by hand from general usage; each list names its example.
 */

// the writer (I, we, you), things (it, this) and "(emphasis added)": chosen by hand from English pronouns and
// demonstratives; example that motivated it: "This suggests …" reports nothing
export const NOT_SOURCES: ReadonlySet<string> = new Set([
  'it',
  'this',
  'that',
  'these',
  'those',
  'there',
  'i',
  'we',
  'you',
  'which',
  'what',
  'emphasis',
  'italics',
]);

// the English personal pronouns that stand for people; example that motivated it: "he has rejected the plan" (a
// person's stance) against "The Senate rejected the bill" (a vote)
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they']);

// chosen by hand from nouns for public bodies; example that motivated it: "the ministry said" names its source
export const INSTITUTION_NOUNS: ReadonlySet<string> = new Set([
  'police',
  'government',
  'court',
  'administration',
  'department',
  'ministry',
  'military',
  'army',
  'navy',
  'council',
  'committee',
  'agency',
  'company',
  'prosecutors',
  'prosecution',
  'website',
  // a body named by what it does ("U.S. border officials violated court orders on travel ban: watchdog", round 458)
  'watchdog',
  'regulator',
  'regulators',
]);

// chosen by hand from English indefinite and plural pronouns; example that motivated it: "some said" leaves the
// source unknown
export const VAGUE_PRONOUNS: ReadonlySet<string> = new Set([
  'they',
  'them',
  'some',
  'many',
  'others',
  'someone',
  'somebody',
  'few',
  'several',
  'anyone',
  'everyone',
  'anybody',
  'everybody',
  'nobody',
  'more',
  'most',
]);

// buildings and places that stand for the government seated there, as a headline's tag names them ("Kremlin: U.S. to
// blame for no Putin-Trump meeting", round 460); chosen by hand from general knowledge of news usage
export const SEATS_OF_GOVERNMENT: ReadonlySet<string> = new Set([
  'kremlin',
  'pentagon',
  'whitehall',
  'elysee',
  'élysée',
  'vatican',
]);

/**
 * The collectives a wire headline names as its source after a dash ("COCOA BUFFER STOCK MAY FACE UPHILL BATTLE -
 * TRADE", Reuters-21578, round 1310): the trade's or the industry's people, unnamed, or a lobby ("U.S. TRADE BILL
 * VERY DANGEROUS FOR CANADA, LOBBY", round 1474).
 */
export const WIRE_TAG_COLLECTIVES: ReadonlySet<string> = new Set(['trade', 'industry', 'lobby']);

/** Of those, the ones a headline also lists as topics after a comma ("CHIRAC, REAGAN DISCUSS ARMS CONTROL, TRADE"). */
export const WIRE_TAG_TOPICS: ReadonlySet<string> = new Set(['trade', 'industry']);
