// A paragraph whose whole text is the text of its links and that does not read as a sentence is a link to
// another page ("Five things we learned from the interview", a list of related headlines), not story text.
// A heading is the exception: sites link subheadings (a game's name to its store page, a section title to the
// section), and a subheading stays in the lesson.
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * True when every letter of the paragraph `text` (of `block`, not a heading) is inside a link (`linked`: the text of
 * its links) and the text does not end like a sentence.
 */
export function isLinksOnly(block: Element, text: string, linked: string): boolean {
  if (HEADINGS.has(block.tagName.toUpperCase())) return false;
  if (/[.!?]["'”’)]*$/.test(text)) return false;
  const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '').length;
  return letters(text) > 0 && letters(linked) >= letters(text);
}
