/**
 * Lower-case words that belong inside a proper name (a person's "van", "de", "al-", "bin"; a body's "of", "the",
 * "and", "for", "on": "University of California", "Office of the President"), so a name holding one is still a name.
 * Hand-chosen from names in the gold and common European and Arabic name particles.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al',
  'and',
  'bin',
  'da',
  'das',
  'de',
  'del',
  'della',
  'der',
  'di',
  'dos',
  'du',
  'el',
  'for',
  'ibn',
  'la',
  'le',
  'of',
  'on',
  'the',
  'van',
  'von',
]);

/**
 * The particles of NAME_PARTICLES that open a person's surname ("De Iesu", "Van Persie", "Al Nahyan"), not the
 * joining words of a body's name ("of", "the", "and", "for", "on").
 */
export const PERSON_NAME_PARTICLES: ReadonlySet<string> = new Set(
  [...NAME_PARTICLES].filter((p) => !['and', 'for', 'of', 'on', 'the'].includes(p)),
);
