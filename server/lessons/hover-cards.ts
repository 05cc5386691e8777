import { nameWords } from './furniture-elements.ts';

// A card the page shows only while the pointer rests on a name or a term: a person's photo, full name and headlines
// about them (The Hill's "rollover-people-block"), a glossary's definition. It sits inside the story's paragraph,
// hidden, so read as text it runs into the sentence ("Rep. Ilhan OmarIlhan OmarHillicon Valley: …").
const HOVER_WORDS = new Set(['rollover', 'tooltip', 'popover', 'hovercard']);

/** Whether a word of one of the element's class names (nameWords) names a hover card. */
function namedHoverCard(el: Element): boolean {
  return (el.getAttribute('class') ?? '')
    .split(/\s+/)
    .some((name) => nameWords(name).some((w) => HOVER_WORDS.has(w)));
}

/**
 * Removes the hover cards inside the story's blocks and elements the page marks hidden (the `hidden` attribute): text
 * no reader sees on the page. A card is named so inside an element named so, which holds what the pointer rests on
 * and stays, with the link the pointer rests on (`<span class="rollover-people"><a class="rollover-people-link">Kristi
 * Noem</a><span class="rollover-people-block">…`).
 */
export function removeHiddenText(root: Element): void {
  for (const el of [...root.querySelectorAll('[class], [hidden]')]) {
    if (el.hasAttribute('hidden')) el.remove();
    else if (
      el.tagName.toUpperCase() !== 'A' &&
      namedHoverCard(el) &&
      el.parentElement &&
      hoverAncestor(el.parentElement)
    )
      el.remove();
  }
}

/** Whether the element or one of its ancestors is named as a hover card's trigger. */
function hoverAncestor(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (namedHoverCard(e)) return true;
  return false;
}
