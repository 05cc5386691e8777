/**
 * What a crowd carries or wears its words on, chosen by hand from general English news usage (no data set); example
 * that motivated it: "Protesters carried signs reading “Save our park”".
 */
export const SIGN_NOUNS: ReadonlySet<string> = new Set([
  'sign',
  'banner',
  'placard',
  'poster',
  'flag',
  't-shirt',
  'shirt',
  'billboard',
]);

/** How a sign gives its words: "reading", "that read", "saying", "with the words". */
export const SIGN_VERBS: ReadonlySet<string> = new Set([
  'read',
  'reading',
  'reads',
  'say',
  'saying',
  'says',
  'said',
]);
