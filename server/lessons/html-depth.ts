/** Deeper pages are refused before parsing: real articles nest a few dozen elements, not thousands. */
export const MAX_HTML_DEPTH = 400;

// Elements with no content, and ones the HTML parser closes by itself when a sibling opens.
const NO_NESTING = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rt rp'.split(
    ' ',
  ),
);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*?(\/?)>/g;

/**
 * How deeply the page's elements nest, read from its tags in one pass (no parse tree, so no recursion).
 * An estimate: stray close tags are ignored, and elements the parser closes by itself are not counted.
 */
export function htmlDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const m of html.matchAll(TAG)) {
    const name = (m[2] ?? '').toLowerCase();
    if (NO_NESTING.has(name) || m[3] === '/') continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > deepest) deepest = depth;
  }
  return deepest;
}
