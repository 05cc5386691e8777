/**
 * Words by which news passes on what unnamed others say or feel. Chosen by hand from general English usage, not
 * from any data set; each list names the example that motivated it.
 */

// chosen by hand from the adverbs that hedge a claim as hearsay; example that motivated it: "the ship had
// reportedly sunk"
export const HEARSAY_ADVERBS: ReadonlySet<string> = new Set([
  'reportedly',
  'allegedly',
  'reputedly',
  'purportedly',
  'supposedly',
]);

// chosen by hand from verbs of saying, believing and fearing that take "it is … that" or "is … to have"; example
// that motivated it: "is said to have", "it was intimated there were no signs" (not "is expected to pass")
export const HEARSAY_PASSIVES: ReadonlySet<string> = new Set([
  'accuse',
  'say',
  'report',
  'believe',
  'think',
  'allege',
  'announce',
  'claim',
  'rumour',
  'rumor',
  'understand',
  'confirm',
  'intimate',
  'suggest',
  'estimate',
  'fear',
  // "is projected to win": a projection made by outlets or analysts (not a schedule, like "is expected to")
  'project',
  // "It is predicted that there will be two billion handsets": a forecast someone made, like a projection
  'predict',
  'forecast',
  // "had been widely tipped as a possibility for the role", "is tipped to win": pundits' forecast
  'tip',
  // "It is suspected Balladur received kickback bribes": investigators' suspicion, an allegation not yet made good
  'suspect',
  // "It was also concluded that the vaccines appear to have no effect" (Dragnet round 1110): a review's or an
  // inquiry's finding, its authors unnamed
  'conclude',
]);

// chosen by hand from verbs of passing words to a hearer (Levin 37.2, tell; 37.9, advise), which passive with a
// that-clause relay what someone said; example that motivated it: "the court was told that the driver had fled"
export const TOLD_PASSIVES: ReadonlySet<string> = new Set([
  'tell',
  'inform',
  'assure',
  'warn',
  'advise',
]);

// the verbs of believing among those above (not of saying or reporting): with no agent, "the wreck is believed to be
// a trawler" is the writer's own estimate (framing, lexicon/passives.ts), while "is said to" still passes on words
export const BELIEF_PASSIVES: ReadonlySet<string> = new Set(['believe', 'think']);

// chosen by hand from verbs of public praise and blame; example that motivated it: "He was praised in the West",
// "was widely criticised across Europe"
export const OPINION_VERBS: ReadonlySet<string> = new Set([
  'praise',
  'hail',
  'admire',
  'revere',
  'criticize',
  'criticise',
  'condemn',
  'denounce',
  'decry',
  'mock',
  'ridicule',
  'vilify',
]);

// chosen by hand from nouns for talk without a named speaker; example that motivated it: "rumours circulated he was
// …", "reports emerged that …"
export const HEARSAY_NOUNS: ReadonlySet<string> = new Set([
  'rumour',
  'rumor',
  'report',
  'speculation',
  'allegation',
  'claim',
  'suggestion',
  'word',
  'whisper',
]);

// chosen by hand from verbs by which talk spreads or speaks; example that motivated it: "rumours circulated he was
// preparing his wife"
export const SPREAD_VERBS: ReadonlySet<string> = new Set([
  'circulate',
  'emerge',
  'surface',
  'spread',
  'swirl',
  'grow',
  'mount',
  'persist',
  'abound',
  'say',
  'suggest',
  'claim',
  'indicate',
  'allege',
]);

// the determiners and pronouns of English that deny a subject exists; example that motivated it: "no deaths were
// reported on the ground" tells of nothing said (the gold calls it a fact), unlike "24 were reported injured"
export const DENYING_SUBJECTS: ReadonlySet<string> = new Set(['no', 'none', 'nobody', 'neither']);

// what "by" hedges a claim onto, set off by commas; example that motivated it: "On Saturday, by estimates, over 500,000
// women … marched" (blind round 272), "By most accounts, the talks failed"
export const ESTIMATE_NOUNS: ReadonlySet<string> = new Set([
  'estimate',
  'estimates',
  'account',
  'accounts',
  'count',
  'counts',
  'reckoning',
]);

// adverbs that make "it is … believed" everyone's view, the writer's generalisation rather than others' report:
// "it is widely believed", "it is generally accepted" (chosen by hand from general English usage)
export const SWEEPING_ADVERBS: ReadonlySet<string> = new Set([
  'widely',
  'generally',
  'commonly',
  'universally',
]);

// chosen by hand from the verbs that bring a view into the open, passive with the view as subject; example that
// motivated it: "Fears had been expressed that a flood of students would …", "Concerns were raised that …"
export const VOICING_PASSIVES: ReadonlySet<string> = new Set([
  'express',
  'voice',
  'raise',
  'air',
  'make',
]);

// the views they bring out, each a plural or a singular: "fears", "a suggestion", "claims"
export const VOICED_VIEWS: ReadonlySet<string> = new Set(
  'fear concern worry doubt claim suggestion allegation warning hope complaint accusation criticism view'
    .split(' ')
    .flatMap((w) => [w, `${w}s`]),
);

// the hearsay participles that stand after their noun without "be"; example that motivated it: "Among those reported
// to have serious reservations were …" ("said" is left out: in "the firm said to expect delays" it is the firm's verb)
export const REDUCED_HEARSAY: ReadonlySet<string> = new Set([
  'reported',
  'alleged',
  'rumoured',
  'rumored',
]);

// the pronouns such a participle may follow, whom the report alone defines ("those reported to …"); a noun is left
// out: in "a man alleged to have fled was arrested" the arrest is what is told
export const REPORT_DEFINED: ReadonlySet<string> = new Set([
  'those',
  'some',
  'many',
  'others',
  'several',
  'one',
]);
