import { cleanText } from './clean-text.ts';

// A block of the article with other blocks inside it gives one paragraph per inner block and one per run of its own
// text between them. linkedom does not close an open <p> when another starts, as a browser does, so an old news page
// that puts its story's paragraphs inside one <p> (Reuters, 2014: `<p><span id="articleText"><p>…</p><p>…</p>`)
// came out as one paragraph with its sentences run together ("… in a statement."However …"); so did a list item or
// a block quotation holding several paragraphs.

/** One paragraph's worth of a block: the element it came from, its text, and the text of its links. */
export interface BlockPiece {
  el: Element;
  text: string;
  links: string;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** The block's paragraphs: itself whole when no block is inside it, else its inner blocks' and its own runs of text. */
export function blockPieces(block: Element, selector: string): BlockPiece[] {
  if (!block.querySelector(selector)) {
    const links = [...block.querySelectorAll('a')].map((a) => a.textContent ?? '').join('');
    return [{ el: block, text: cleanText(block.textContent), links }];
  }
  const pieces: BlockPiece[] = [];
  let run = '';
  let links = '';
  const flush = () => {
    const text = cleanText(run);
    if (text) pieces.push({ el: block, text, links });
    [run, links] = ['', ''];
  };
  const walk = (node: Node, inLink: boolean) => {
    for (const child of [...node.childNodes]) {
      if (child.nodeType === TEXT_NODE) {
        run += child.textContent ?? '';
        if (inLink) links += child.textContent ?? '';
      } else if (child.nodeType === ELEMENT_NODE) {
        const el = child as Element;
        if (el.matches(selector)) {
          flush();
          pieces.push(...blockPieces(el, selector));
        } else walk(el, inLink || el.tagName.toUpperCase() === 'A');
      }
    }
  };
  walk(block, false);
  flush();
  return pieces;
}
