/**
 * Verbs of asking someone to do something, and nouns for texts whose advice is their content. Chosen by hand from
 * general English usage, not from any data set; each list names the example that motivated it.
 */

// chosen by hand from verbs that put a request to an addressee; example that motivated it: "the government asked
// the judge to delay his ruling" records a request made (an act), not a claim the writer relays. "urge", "call on",
// "encourage" and "invite" stay reports: the gold reads a public call as the caller's stance.
export const REQUEST_VERBS: ReadonlySet<string> = new Set(['ask', 'advise']);

// chosen by hand from nouns for texts that give advice to their readers; example that motivated it: "the tax
// office's website advises citizens to keep paying" (the advice is what the website says)
export const ADVICE_TEXTS: ReadonlySet<string> = new Set([
  'website',
  'site',
  'page',
  'guidance',
  'guidelines',
  'notice',
  'leaflet',
  'advisory',
  'handbook',
  'manual',
]);

// words that open a date between an addressee and the request's infinitive; example that motivated it: "the high
// court advised the lower court on May 9 to drop the charge"
export const DATE_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'last', 'this']);
