import {
  ARGUING,
  BELIEVING,
  COMPLAINING,
  CONCEDING,
  ENDORSING,
  HINTING,
  JUDGING,
  PREDICTING,
  PROMISING,
  SAYING,
  URGING,
} from './verb-classes.ts';

/**
 * Lemmas of verbs that report what a source says, thinks or claims ("said", "told", "argued", "confirmed"): the
 * classes of `verb-classes.ts`, each kept after a check on the whole gold.
 */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  ...SAYING,
  ...CONCEDING,
  ...ARGUING,
  ...HINTING,
  ...JUDGING,
  ...URGING,
  ...PROMISING,
  ...PREDICTING,
  ...BELIEVING,
  ...COMPLAINING,
  ...ENDORSING,
]);

/**
 * Verbs that report words whatever follows them, so that joined by "and" to the predicate of an act they still report
 * ("pleaded not guilty and denied involvement"): admitting and denying, and plain claims. Chosen by hand from the
 * classes above after a replay over blind rounds 560–1022, where "and called 911", "and determined that …" and "and
 * defended him" joined acts as often as reports.
 */
export const SURELY_SAID: ReadonlySet<string> = new Set([
  ...CONCEDING,
  'say',
  'claim',
  'insist',
  'allege',
  'complain',
]);

/** Verbs that report speech only right beside a quotation (`"…," Lam continued`). */
export const QUOTE_TAG_VERBS: ReadonlySet<string> = new Set([
  'continue',
  'conclude',
  'add',
  'write',
  'declare',
  'shout',
  'exclaim',
  'yell',
  'scream',
  'cry',
  // ("“Suicide bomber!” Brig. Gen. Rawan Barzani, the special forces commander, radioed to his men", round 609)
  'radio',
  // "Demonstrators chanted “Shame on you” outside the hall": a crowd's slogan is its words
  'chant',
  // `"A disgrace," Doe posted on social media`
  'post',
  // "Bellamy is discussing a loan move, BBC Sport understands.": a newsroom telling what its sources told it
  'understand',
  'learn',
  // "The focus should be on new developers, they agreed.": a shared view closing the sentence
  'agree',
  // thought voiced as a quotation: "“Where's the fun in that?” they pondered", "“…,” he mused"
  'ponder',
  'wonder',
  'muse',
  // the manner of saying, in an inverted tag: "“It's because we're right,” crowed David Silverman" (blind round 526);
  // chosen by hand from English verbs of speaking with feeling
  'crow',
  'gloat',
  'scoff',
  'sneer',
  'snap',
  'chuckle',
  'laugh',
  'sigh',
  'marvel',
  'fume',
  'grouse',
  'grumble',
  'bristle',
  'tease',
  'gush',
  'gripe',
  // ("“The buses never come,” one resident moaned")
  'moan',
  // ("\"Please help,\" Candace Smith repeats several times in a call", PTC page, blind round 1038)
  'repeat',
  // ("The man is heard muttering \"…\" as one of the other teens … appears stunned", PTC page, blind round 1037)
  'mutter',
  // ("\"I can't believe it,\" mumbled one onlooker", Reuters-21578, round 1385: the rest of the quiet manners of saying)
  'mumble',
  'murmur',
  'whisper',
  // pleading, in a tag with the ones pleaded with: "“We've got to get behind him,” one man implored the crowd"
  // (blind round 628)
  'implore',
  'plead',
  'beg',
  'beseech',
]);

/** Verbs that, passive with a "by" agent, report a view: "interpreted by some as", "praised by officials as". */
export const VIEW_VERBS: ReadonlySet<string> = new Set(
  'interpret see view regard consider deem describe call label brand praise criticize criticise hail condemn welcome characterize characterise dismiss question dispute challenge report claim'.split(
    ' ',
  ),
);

/** Verbs whose participle names its noun rather than reporting: "The gadget, called a smart lens, uses …". */
export const NAMING_VERBS: ReadonlySet<string> = new Set([
  'call',
  'dub',
  'name',
  'term',
  'label',
  'nickname',
]);

/** Nouns that carry someone's words when a possessive names the owner: "Jordan’s assertion that ‘…’". */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set(
  (
    'assertion insistence claim statement words remarks remark comments comment argument warning promise pledge call ' +
    'description message answer reply response testimony tweet post letter speech view claims'
  ).split(' '),
);

/** Participles that give the noun before them a name: "a group called Voters First", "hitmen dubbed sparrows". */
export const NAMING_PARTICIPLES: ReadonlySet<string> = new Set(['called', 'dubbed', 'nicknamed']);

/** Words before a quote that make it a label rather than speech: "as a ‘surge’", "so-called", "dubbed". */
export const TERM_INTRODUCERS: ReadonlySet<string> = new Set(
  'as dub dubbed term termed label labelled labeled designate designated so-called nicknamed entitled titled word phrase slogan name rate rated classify classified codenamed code-named'.split(
    ' ',
  ),
);

/** Verbs followed by a particle that turns them into something other than speech: "called off the search". */
export const NOT_SPEECH_PARTICLES: ReadonlySet<string> = new Set([
  'off',
  'up',
  'back',
  'in',
  'out',
]);

/**
 * Nouns shortly before a quote that announce a label: "the Swahili phrase … or ‘together save lives’". Nouns that name
 * a piece of language or a name as such (a dictionary's metalinguistic nouns): "the temporary designation “…”", "the
 * hashtag “…”", "the acronym “…”".
 */
export const TERM_NOUNS: ReadonlySet<string> = new Set(
  (
    'phrase word term slogan motto title headline nickname label expression designation acronym abbreviation ' +
    'hashtag catchphrase moniker codename epithet'
  ).split(' '),
);

// verbs that make a thing public, which say nothing yet while still to come with only a thing as object; example that
// motivated it: "France coach Bernard Laporte will announce his starting line-up next Tuesday"
export const ANNOUNCING_VERBS: ReadonlySet<string> = new Set([
  'announce',
  'unveil',
  'name',
  'publish',
  'reveal',
]);

// verbs of taking a side that report a stance only once taken: in the base form ("will defend his 200m title") they
// tell of a plan or a contest, not of what anyone said; example that motivated it: "The home secretary has defended
// his decision not to release the suspects" ("recommend" was left out: "whether to recommend a new system of
// 'community quotas'" still made the quotation the MPs' words)
export const STANCE_TAKEN_VERBS: ReadonlySet<string> = new Set(['defend']);

/**
 * What follows "quoted … as": the act of saying an outlet reports ("Reuters quoted sources as saying …"). Chosen by
 * hand from the reporting verbs.
 */
export const QUOTED_AS_ACTS: ReadonlySet<string> = new Set([
  'saying',
  'telling',
  'stating',
  'adding',
  'describing',
  'calling',
  'warning',
  // "party insiders quoted her as telling a meeting", "A party leader quoted her as alleging that the CPM was
  // “silent”" (PTI copy, Dragnet round 1120)
  'alleging',
  'claiming',
  'asking',
]);

// "said", "told", "claimed", "insisted": the verbs whose clause is someone's words whoever the subject is, chosen by
// hand from the plain verbs of saying and asserting (sources/unfound-subject.ts). "added" takes a clause of words only
// with "that", and "found" or "showed" may tell a fact found, so they are not here.
export const ASSERTING_VERBS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'claim',
  'insist',
  'warn',
  'argue',
  'state',
  'allege',
]);

/**
 * Participles of saying that report a clause for the subject even with no comma before them, after the verb's
 * object: "Airlines have attacked the legislation saying they could be forced …", "published a report noting the
 * chief executive had left".
 */
export const CLAUSE_PARTICIPLES: ReadonlySet<string> = new Set(
  'saying noting claiming stating warning arguing adding insisting suggesting'.split(' '),
);

// verbs of telling that take the one told before what they were told ("telling reporters that …"), chosen by hand
export const TELLING_VERBS: ReadonlySet<string> = new Set(['tell', 'inform', 'assure', 'remind']);
