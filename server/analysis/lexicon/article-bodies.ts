/**
 * Bodies whose names open with the Arabic article "Al" (or "El"), which the given-name list reads as the man's name
 * "Al": "Al Qaeda in the Arabian Peninsula, which he described as a “serious” threat" had made Al Qaeda the "he" of the
 * next quotation. Chosen by hand from movements, broadcasters, newspapers and institutions often in the news; the
 * word after "Al", lower-cased.
 */
export const ARTICLE_BODIES: ReadonlySet<string> = new Set([
  'qaeda',
  'qaida',
  'jazeera',
  'arabiya',
  'shabaab',
  'shabab',
  'nusra',
  'aqsa',
  'ahram',
  'azhar',
  'manar',
  'mayadeen',
  'quds',
  'hayat',
  'jazira',
  'watan',
]);
