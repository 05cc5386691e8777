// A paragraph whose whole text is the text of its links and that does not read as a sentence is a link to
// another page ("Five things we learned from the interview", a list of related headlines), not story text.

/** True when every letter of the block is inside an <a> and the text does not end like a sentence. */
export function isLinksOnly(block: Element, text: string): boolean {
  if (/[.!?]["'”’)]*$/.test(text)) return false;
  const linked = [...block.querySelectorAll('a')].map((a) => a.textContent ?? '').join('');
  const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '').length;
  return letters(text) > 0 && letters(linked) >= letters(text);
}
