/**
 * Verbs that describe something in the subject's own words, for the quote type and its speaker. Chosen by hand from
 * general English news usage, not from any data set; each list names the example that motivated it.
 */

// describing verbs that judge what they describe: their quoted words are a stance, even after an article; example:
// "who denounced the team's claims as a “national embarrassment”" (not "referred to the jet as a “cargo plane”")
export const JUDGING_VERBS: ReadonlySet<string> = new Set([
  'attack',
  'dismiss',
  'denounce',
  'criticize',
  'criticise',
  'praise',
  'hail',
  'slam',
  'condemn',
]);

// verbs of giving something a name in one's own words, whose passive takes its agent after the quotation; example:
// "The plan was branded “a giveaway to the rich” by Democrats"
export const BRANDING_VERBS: ReadonlySet<string> = new Set([
  'brand',
  'label',
  'dub',
  'deride',
  'mock',
  'decry',
  'tout',
]);
