/**
 * Participles that say how a title is held, not what its holder does: "acting head coach", "managing director",
 * "the outgoing chairman", "visiting professor", "founding editor". Chosen by hand from general English.
 */
export const TITLE_PARTICIPLES: ReadonlySet<string> = new Set([
  'acting',
  'managing',
  'presiding',
  'commanding',
  'visiting',
  'outgoing',
  'incoming',
  'retiring',
  'founding',
  'consulting',
  'supervising',
  'serving',
]);
