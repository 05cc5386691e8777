/**
 * Words the subject walk of `grammar/reporter.ts` reads a reporting verb's subject with. Chosen by hand from general
 * English grammar (relative pronouns, time words, prepositions joining a complement to a noun), not from any data
 * set; each list names the example that motivated it.
 */

// relative pronouns opening a clause on the noun before them; example: "Tom Hale, who chairs the panel, said"
export const RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which']);

// days, parts of days and spans that make a time phrase; example: "Ana Ruiz, on Monday, said", "last week"
export const TIME_WORD =
  /^(?:week|weeks|year|years|month|months|day|days|morning|afternoon|evening|night|weekend|weekends|time|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

// a day named with no preposition, as American wire copy writes it between a subject and its verb; example: "The
// European Parliament Thursday said", "The union yesterday said" ("today" and "tonight" are left out: "USA Today",
// "The Tonight Show" are names)
export const BARE_DAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)$/;

// days and months, capitalised like names; example: "On Thursday Mr Blair said", "In January Victoria Wood slated"
// (April, May, June and August are given names too, so they are left out)
export const DATE_NAME =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|july|september|october|november|december)$/;

// the twelve months, "april", "may", "june" and "august" too, for runs of months no name can be ("September-August",
// a crop year, Reuters-21578, round 1232)
export const MONTH_NAMES: ReadonlySet<string> = new Set(
  'january february march april may june july august september october november december'.split(
    ' ',
  ),
);

// words that may open a time phrase before its time word; example: "earlier this year", "on Tuesday"
export const TIME_LEAD: ReadonlySet<string> = new Set([
  'last',
  'this',
  'next',
  'earlier',
  'later',
  'on',
  'during',
  'in',
  'the',
  'that',
]);

// prepositions and joiners that attach a complement to a noun inside a subject; example: "the head of the unit",
// "a spokesman for Roe", "the chief of staff to the governor"
export const INNER_LINKS: ReadonlySet<string> = new Set([
  'of',
  'for',
  'at',
  'from',
  'in',
  'with',
  'on',
  'to',
  'and',
  '&',
]);

// words that may stand between a subject and its verb; example: "Tom Hale also said", "Ana Ruiz and Bo Li both told"
export const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set([
  'both',
  'all',
  'each',
  'also',
  'then',
  'later',
  'earlier',
  'again',
  'now',
]);

// words that make a count approximate before its determiner or number; example: "About a half-dozen lawmakers have
// voiced concerns", "Nearly 40 members said"
export const APPROXIMATORS: ReadonlySet<string> = new Set([
  'about',
  'around',
  'roughly',
  'nearly',
  'almost',
  'approximately',
]);

// participles that introduce a person by name; example: "a woman named Lindsay Menz told CNN", "a man called Tom"
export const NAMING_PARTICIPLES: ReadonlySet<string> = new Set(['named', 'called']);

// adverbs of degree that grade an adjective inside a noun phrase; example: "more hawkish lawmakers say", "the most
// senior official said"
export const DEGREE_ADVERBS: ReadonlySet<string> = new Set([
  'more',
  'most',
  'less',
  'least',
  'very',
  'increasingly',
  'highly',
]);

// every month, those that are also given names among them; example that motivated it: "A decision is expected by late
// June" (a deadline, no agent)
export const MONTH_NAME =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;

// words that open a time phrase on a month; example: "by late June", "by early next year"
export const MONTH_LEAD = /^(?:late|early|mid|the|next|this|last)$/;

// pronouns of quantity that head a relative clause on people as a noun would; example that motivated it: "Already,
// some who work at British newspapers say, the scandal has had a chilling effect" (Dragnet round 1116)
export const QUANTITY_HEADS: ReadonlySet<string> = new Set([
  'some',
  'many',
  'most',
  'few',
  'those',
  'others',
  'several',
]);
