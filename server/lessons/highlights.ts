import type { BlockPiece } from './block-pieces.ts';

// A "Story highlights" box (CNN) or a "Highlights" box (Press TV) sums the story up in bullets above it: a label,
// then a list. The bullets repeat the story in other words, and a student quizzed on them is quizzed twice; the
// label is a widget's heading. A list is dropped only when the label comes right before it, so a story's own list
// stays.
const LABEL = /^(?:story highlights|highlights|key points)$/i;
const LISTS = new Set(['UL', 'OL']);

/** The lists that follow a highlights label among `blocks`, with the labels' own elements. */
export function highlightsBoxes(blocks: readonly BlockPiece[]): Set<Element> {
  const boxes = new Set<Element>();
  for (const b of blocks) {
    if (!LABEL.test(b.text)) continue;
    boxes.add(b.el);
    const next = b.el.nextElementSibling;
    if (next && LISTS.has(next.tagName.toUpperCase())) boxes.add(next);
  }
  return boxes;
}

/** True when the block is a highlights label or sits in a highlights list. */
export function inHighlights(block: Element, boxes: ReadonlySet<Element>): boolean {
  if (boxes.size === 0) return false;
  for (let el: Element | null = block; el; el = el.parentElement) if (boxes.has(el)) return true;
  return false;
}
