/**
 * Words of formal procedure: what courts, parliaments and other bodies do by their rules, and the bodies and
 * instruments that do it. Chosen by hand from general English legal and parliamentary usage, not from any data set.
 * A modal beside them states what the rules allow or forbid, not the writer's guess.
 */

// chosen by hand from verbs naming a step of legal or parliamentary procedure; example that motivated it: "the
// tribunal's finding cannot be appealed", "while the house is suspended, members may not debate bills"
export const PROCEDURAL_VERBS: ReadonlySet<string> = new Set([
  'appeal',
  'debate',
  'vote',
  'rule',
  'sit',
  'apply',
  'approve',
  'overturn',
  'overrule',
  'review',
  'veto',
  'ratify',
  'amend',
  'repeal',
  'enact',
  'legislate',
  'convene',
  'adjourn',
  'prorogue',
  'dissolve',
  'annul',
  'revoke',
  'override',
  'impose',
  'sentence',
  'pardon',
  'nominate',
  'elect',
  'impeach',
  'appoint',
  'petition',
  'register',
  'waive',
  'adjudicate',
  'extradite',
  'deport',
  'testify',
]);

// chosen by hand from nouns naming a body that acts by rules, or an instrument it issues; example that motivated
// it: "the tribunal's finding cannot be appealed", "members of the assembly may not sit during the recess"
export const RULE_BODIES: ReadonlySet<string> = new Set([
  'court',
  'tribunal',
  'judge',
  'jury',
  'parliament',
  'congress',
  'senate',
  'assembly',
  'legislature',
  'council',
  'committee',
  'commission',
  'panel',
  'decision',
  'ruling',
  'verdict',
  'judgement',
  'judgment',
  'order',
  'bill',
  'treaty',
  'statute',
  'motion',
  'amendment',
  'resolution',
  'procedure',
  'lawmaker',
  'legislator',
  'mp',
  'senator',
]);

// chosen by hand from words that date a modal's event, making it a forecast of one occasion rather than a standing
// rule; example that motivated it: "the council may vote on the plan next week" (a guess about when)
export const OCCASION_WORDS: ReadonlySet<string> = new Set([
  'next',
  'soon',
  'tomorrow',
  'today',
  'tonight',
  'later',
  'yet',
  'eventually',
  'shortly',
  'early',
]);

// what a court or a body can impose, whose prospect a modal states as the rules allow ("if convicted, he could face a
// prison term of up to six years", "could face life in prison", "may face a fine")
export const PENALTIES: ReadonlySet<string> = new Set([
  'prison',
  'jail',
  'sentence',
  'life',
  'fine',
  'fines',
  'ban',
  'suspension',
  'penalty',
  'charges',
  'prosecution',
  'deportation',
  'extradition',
]);
