/**
 * The media a news page shows beside its text (the newsroom's own words for what a caption sits under: AP
 * Stylebook, "photo captions"; Wikinews's "Image:" credits). They name what a caption or a credit describes.
 */
export const PICTURE_NOUNS: ReadonlySet<string> = new Set([
  'photo',
  'photograph',
  'picture',
  'image',
  'footage',
  'illustration',
  'graphic',
  'map',
  'video',
]);
