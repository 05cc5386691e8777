/**
 * Closed classes of English grammar (forms of "be", relative words, approximators, prepositions) that the
 * attribution rules read a clause with; each list names the example that motivated it.
 */

// the forms of "be"; example that motivated it: "She was drug tested and questioned" (a passive joined to a passive)
export const BE_FORMS: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
]);

// the English relative words; example that motivated it: "… a conference in which he expressed no regret and
// mentioned …" (a verb joined inside the relative clause)
export const RELATIVE_WORDS: ReadonlySet<string> = new Set([
  'which',
  'who',
  'whom',
  'whose',
  'where',
]);

// chosen by hand from the words that round a figure; example that motivated it: "with reportedly over 1,000 in
// Poland" (the hedge qualifies the figure)
export const APPROXIMATORS: ReadonlySet<string> = new Set([
  'over',
  'about',
  'around',
  'nearly',
  'almost',
  'more',
  'up',
  'some',
  'as',
]);

// verbs of going on, after which an infinitive continues a report; example that motivated it: "went on to say"
// (while "agreed to add two members" reports nothing)
export const GO_ON_WORDS: ReadonlySet<string> = new Set([
  'go',
  'continue',
  'proceed',
  'far',
  'went',
  // ("critics have started to wonder whether …": beginning to say is saying)
  'start',
  'begin',
  // ("Trump's advisors were quick to say on Monday that nothing improper had occurred": haste or care in saying is
  // saying)
  'quick',
  'swift',
  'keen',
  'eager',
  'careful',
]);

/**
 * Words that schedule the infinitive after them ("He is expected to say that …", "is set to tell MPs that …"): the
 * speech is reported ahead of time, its content still the speaker's, as after "went on to".
 */
export const SCHEDULING_WORDS: ReadonlySet<string> = new Set(['expected', 'set']);

/**
 * Verbs of trying: "have attempted to reassure religious groups they will not be required to …" tells the groups
 * what the clause after says, so the attempt reports it when a clause follows. From general English usage.
 */
export const TRYING_WORDS: ReadonlySet<string> = new Set(['attempt', 'try', 'seek']);

// forms of "be", "remain" and "have" that link a view noun to its "that"-clause; example that motivated it: "The
// official position remained that …"
export const VIEW_LINKS: ReadonlySet<string> = new Set([
  'is',
  'was',
  'remains',
  'remained',
  'has',
  'had',
  'been',
]);

// prepositions of where an opinion is held; example that motivated it: "was praised in the West", "criticised
// across Europe", "admired abroad"
export const AMONG_WORDS: ReadonlySet<string> = new Set([
  'in',
  'across',
  'among',
  'throughout',
  'abroad',
]);

/**
 * The commonest English function words (articles, the commonest prepositions, conjunctions and forms of "be"), as any
 * grammar lists them; a sentence of several words with none of them is not English. "a" is left out: Spanish,
 * Portuguese and Italian use it as a preposition.
 */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'the an and of to in is are was were that for with on it this by from not be has have'.split(' '),
);

/** The articles: words a walk to a noun or a quotation steps over ("termed an “unfair” campaign"). */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/**
 * The personal pronouns that can only be a subject ("he", never "him"; unlike "her" or "its", "her beloved dog"): alone
 * they are a whole noun phrase ("On the radio she said"), and a verb after them is theirs. The sets below add to or
 * take from this one for a reason each states.
 */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'he', 'she', 'they']);

// subject pronouns that name one person or thing; example that motivated it: "she can't justify buying a new
// computer" tells her ability, where "they" and "you" may mean anyone
export const SINGLE_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'i']);

/** The subject pronouns and the relative "who" ("the envoy who branded …"): a word after them is their verb. */
export const SUBJECT_PRONOUNS_OR_WHO: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS, 'who']);

/**
 * The pronouns a naming verb right after them has as its subject, "what you call a ‘surge’" too (there "you" can
 * only be the subject).
 */
export const NAMING_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS, 'you']);

/**
 * The pronouns that can be a speaker the article names as the subject of a verb governing a quotation: "what it
 * termed …" (a body) too, but not "I", which outside a quotation is the writer, no one the article quotes.
 */
export const SPEAKER_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(
  [...SUBJECT_PRONOUNS, 'it'].filter((word) => word !== 'i'),
);

/** What a question put to someone opens with (English closed classes): "Asked about the delay,", "Asked whether …". */
export const QUESTION_LINKS: ReadonlySet<string> = new Set([
  'about',
  'whether',
  'if',
  'what',
  'why',
  'how',
  'when',
  'who',
  'for',
  'by',
]);

/** Demonstratives that point back at something just said (English closed class): "Those were the words of …". */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set([
  'this',
  'that',
  'these',
  'those',
  'such',
]);

/** Possessive determiners (English closed class): pronouns that open a noun phrase, "her employers", "their lawyers". */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set([
  'his',
  'her',
  'their',
  'its',
  'my',
  'our',
  'your',
]);

/** Possessive determiners and the possessive ending: "their main demand", "the union's". */
export const POSSESSIVES: ReadonlySet<string> = new Set([...POSSESSIVE_DETERMINERS, "'s", '’s']);

// the subject pronouns of English, and "there", which open a clause as its subject ("said they used make-up", "said
// there were similarities"); after "found" they are mostly objects ("found them guilty"), so only verbs of saying use
// them
export const CLAUSE_PRONOUNS: ReadonlySet<string> = new Set([
  'i',
  'we',
  'you',
  'he',
  'she',
  'it',
  'they',
  'there',
  'this',
  'these',
  'those',
]);

// the prepositions of English that tie a person to a body ("a spokesman for Delta", "the head of the union") rather
// than describe the body
export const LINKING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'for',
  'of',
  'at',
  'from',
  'with',
  'to',
  'in',
  'on',
  'by',
]);

/**
 * First words of English prepositions of two words ending in "of" ("outside of the party", "ahead of the vote",
 * "because of the rain"), which the tagger may read as an adjective or a noun opening the sentence. Chosen by hand
 * from the complex prepositions of English grammars.
 */
export const OF_PREPOSITION_HEADS: ReadonlySet<string> = new Set([
  'outside',
  'inside',
  'ahead',
  'because',
  'instead',
  'regardless',
  'irrespective',
  'out',
  'short',
  'upwards',
]);

/**
 * First words of English prepositions of two words ending in "to" ("due to the delays", "owing to the strike",
 * "thanks to the rain"), which the tagger reads as an adjective or a verb opening the sentence: "Due to the delays and
 * European uncertainties, “we must …,” it said" took the phrase for a body a later "it" meant (Reuters-21578, round
 * 1430). Chosen by hand from the complex prepositions of English grammars.
 */
export const TO_PREPOSITION_HEADS: ReadonlySet<string> = new Set([
  'due',
  'owing',
  'thanks',
  'prior',
  'contrary',
]);

/**
 * Nouns that make an adverb with a bare "in" ("The message in part said", "They in turn asked"), so the phrase is
 * no part of the subject before it. Chosen by hand from English adverbial idioms.
 */
export const IN_ADVERB_NOUNS: ReadonlySet<string> = new Set([
  'part',
  'turn',
  'fact',
  'particular',
  'general',
  'short',
  'total',
  'addition',
  'response',
  'return',
  'full',
  'brief',
  'effect',
  'essence',
]);

/**
 * British forms of conjunctions and prepositions the tagger does not know and reads as nouns or names ("whilst also
 * calling for", "Amidst reports of"), with the part of speech of the word they stand for ("while", "amid", "among").
 */
export const BRITISH_CONNECTIVES: ReadonlyMap<string, string> = new Map([
  ['whilst', 'SCONJ'],
  ['amidst', 'ADP'],
  ['amongst', 'ADP'],
]);

// quantifiers that may float after their subject or an auxiliary: "the lenders all said", "Reed and Schiff both raised",
// "have all denied"
export const FLOATING_QUANTIFIERS: ReadonlySet<string> = new Set(['all', 'both', 'each']);

// conjunctions that open a clause of time, cause or concession: "after he referred to the team as …"
export const ADVERBIAL_SUBORDINATORS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'because',
  'since',
  'until',
  'once',
  'when',
  'although',
  'though',
  'whereas',
  'unless',
]);

/** The subordinators that are prepositions too, opening a phrase as often as a clause: "after the meeting". */
export const PREPOSITIONAL_SUBORDINATORS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'since',
  'until',
]);

/**
 * Words for a time that a prepositional subordinator takes as its whole object: "since then", "until now", "before
 * then" (chosen by hand from general English usage).
 */
export const TIME_ADVERB_OBJECTS: ReadonlySet<string> = new Set(['then', 'now']);

/**
 * Verbs that bring someone to do something: "That prompted some charities to say the plans would put lives at risk"
 * tells that the charities said it (chosen by hand from general English usage).
 */
export const PROMPTING_WORDS: ReadonlySet<string> = new Set([
  'prompt',
  'spur',
  'provoke',
  'lead',
  'move',
]);

/**
 * The words that open an embedded question: "unsure how useful the meeting will be", "would not comment on when an
 * offer might be made". From any grammar's list of wh-words, with "whether" and "if".
 */
export const QUESTION_OPENERS = /^(?:whether|if|how|why|what|when|where|who)$/;
