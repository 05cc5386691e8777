/**
 * Nouns for a judgement that, in an opening "In the <noun> of X," or "In X's <noun>,", hand the rest of the sentence
 * to X. Chosen by hand from general English usage; example that motivated it: "In the view of the auditors, the
 * budget is too small."
 */
export const OPINION_FRAME_NOUNS: ReadonlySet<string> = new Set([
  'view',
  'opinion',
  'analysis',
  'assessment',
  'estimation',
  'judgment',
  'judgement',
  'words',
]);

/**
 * Heads after "per" that mean "as laid down by", not "as told by": "Per the request, the council meets in May" says
 * what was done, not who claims it. Chosen by hand from general English usage.
 */
export const PER_ARRANGEMENT_NOUNS: ReadonlySet<string> = new Set(
  (
    'request requests framework protocol schedule plan plans agreement deal terms custom tradition arrangement usual ' +
    // a scheme or rule set up, "Per this refuge programme, up to four victims …", "Per this regulation, dating back to
    // the colonial era, …" (blind rounds 260 and 278; a law or a constitution, "Per current law", is read as a source)
    'programme programmes program programs scheme schemes regulation regulations policy'
  ).split(' '),
);
