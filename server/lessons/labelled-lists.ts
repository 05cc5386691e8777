import type { BlockPiece } from './block-pieces.ts';

// A box of bullets under a widget's label: CNN's "Story highlights" and Press TV's "Highlights" sum the story up
// above it (a student quizzed on them is quizzed twice), WIRED's "More Great WIRED Stories", a trade paper's "Further
// reading" and "You may also like" list other stories' headlines. The label is a whole paragraph; the list is the
// element right after it. A list is dropped only when such a label comes right before it, so a story's own list
// stays.
const LABEL =
  /^(?:story highlights|highlights|key points|further reading|read more|see also|you (?:may|might) also like:?|more (?:\p{L}+ ){0,3}(?:stories|news)|related(?: stories| articles| coverage| content)?|most popular|recent articles)$/iu;
const LISTS = new Set(['UL', 'OL']);

/** The labels among `blocks` and the lists that follow them. */
export function labelledLists(blocks: readonly BlockPiece[]): Set<Element> {
  const boxes = new Set<Element>();
  for (const b of blocks) {
    if (!LABEL.test(b.text)) continue;
    boxes.add(b.el);
    const next = b.el.nextElementSibling;
    if (next && LISTS.has(next.tagName.toUpperCase())) boxes.add(next);
  }
  return boxes;
}

/** True when the block is such a label or sits in such a list. */
export function inLabelledList(block: Element, boxes: ReadonlySet<Element>): boolean {
  if (boxes.size === 0) return false;
  for (let el: Element | null = block; el; el = el.parentElement) if (boxes.has(el)) return true;
  return false;
}
