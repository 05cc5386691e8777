/**
 * Verbs whose object, quoted right after them, is the subject's own words (a thanks, a greeting, a blame put in
 * words). Chosen by hand from general English news usage, not from any data set; example that motivated it: "The
 * mayor thanked “the crews for their courage”".
 */
export const QUOTED_OBJECT_VERBS: ReadonlySet<string> = new Set([
  'thank',
  'congratulate',
  'applaud',
  'commend',
  'salute',
  'welcome',
  'hail',
  'praise',
  'blame',
  'greet',
  'wish',
  'pledge',
  'vow',
  'promise',
  // a blame's harsher kin, whose quoted object is the subject's words of attack ("Obama blasts 'politics of
  // division'", blind round 454; "the mayor condemned “the cowardly attack”")
  'condemn',
  'denounce',
  'decry',
  'criticize',
  'criticise',
  'slam',
  'blast',
  'attack',
  'lambast',
]);
