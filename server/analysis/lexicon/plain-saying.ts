/**
 * Every form of the two plain verbs of saying, "say" and "tell": they report words and nothing else, where other
 * reporting verbs may also name an act ("announced a naval coalition", "asked the senator about it", "found him
 * positive"). calibration.ts rates a report decided by a verb apart by this. The two verbs are the core verbs of
 * speech in any English grammar; their forms are written out because evidence keeps the words as written.
 */
export const PLAIN_SAYING_FORMS: ReadonlySet<string> = new Set(
  'say says said saying tell tells told telling'.split(' '),
);
