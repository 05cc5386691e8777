// Verbs and adjectives of wanting that news reports as a source's own aim, stated by that source: "Organisers hope to
// raise £250,000", "The UN hopes that wider access will help", "Apple wants the reporters to reveal their sources",
// "Ruddock is keen to protect his players", "Morrison is determined the album will be released". Chosen by hand from
// the verbs and adjectives of desire and intent in general English usage.
// (and "plan": "Mr Raynsford also plans to make savings of £100m", an aim told as the planner's, like "intends")
export const DESIRE_VERBS: ReadonlySet<string> = new Set([
  'hope',
  'want',
  'wish',
  'intend',
  'plan',
  // "The OSI aims to promote open societies", "chip makers would prefer to use silicon": an aim or a preference
  'aim',
  'prefer',
]);

export const DESIRE_ADJECTIVES: ReadonlySet<string> = new Set([
  'keen',
  'determined',
  'eager',
  'anxious',
  'adamant',
]);

// people and bodies that hold aims beyond names and the source lexicon ("Organisers hope", "The firm wants")
export const AIM_HOLDERS: ReadonlySet<string> = new Set(
  // (… and a country standing for its government: "The country is hoping that the discussions will lead to …")
  'organiser organizer supporter fan family campaigner player club firm company group charity union party giant maker country nation'.split(
    ' ',
  ),
);

// connectives set off by commas between a subject and its verb ("Ruddock, though, is keen")
export const SET_OFF_CONNECTIVES: ReadonlySet<string> = new Set([
  'though',
  'however',
  'meanwhile',
  'too',
  'also',
  'instead',
]);
