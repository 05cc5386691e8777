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
  // ("Trump lauded his Beijing meetings on trade and North Korea as “very productive”", blind round 435)
  'laud',
  'tout',
  // ("Obama blasts 'politics of division' on return to campaign trail", blind round 454)
  'blast',
  // ("Rep. Danny Davis defended Nation of Islam leader Louis Farrakhan as an “outstanding human being”", PTC page,
  // blind round 1003)
  'defend',
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
  // … and a court's or a panel's verdict: "was ruled “too American” by a Paris court"
  'rule',
  'deem',
]);

// verbs of viewing or citing a thing as something: with an object of their own and an active subject, the quoted words
// after "as" are the subject's view ("Critics see the levy as “a tax on the poor”"); passive or without an object
// ("what many see as a “turning point”", "is regarded as a “classic”") the words only name. "Think" joins them with
// "of" ("thought of the judge as “a friend”"), in quotes/type.ts.
export const VIEWING: ReadonlySet<string> = new Set(['see', 'view', 'regard', 'consider', 'cite']);

// verbs that describe something as something, with "as" after their object; example that motivated it: "Some
// Republicans sought to portray the amount of Russian content as miniscule" (a try at describing still describes)
export const DESCRIBING_AS: ReadonlySet<string> = new Set([
  'describe',
  'portray',
  'paint',
  'cast',
  'characterize',
  'characterise',
  'depict',
]);
