/**
 * Labels that head a section or a note of an article, not a speaker's turn ("Update: the council met again.",
 * "Editor's note: …"). Chosen by hand from how news sites and Wikinews mark such lines (no data set).
 */
export const SECTION_LABELS: ReadonlySet<string> = new Set([
  'update',
  'note',
  "editor's note",
  'editor’s note',
  'correction',
  'background',
  'source',
  'sources',
  'results',
  'related',
  'related news',
  'see also',
  'image',
  'photo',
  'video',
  'warning',
  'disclaimer',
]);
