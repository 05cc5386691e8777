import { cleanText } from './clean-text.ts';

// Which elements of Readability's article hold web-page furniture rather than story text: photos and their
// captions and credits, data tables, asides, and the widgets news sites mark by role or class (related
// links, ads, newsletter and share boxes). Structure is the first signal because it does not depend on the
// words a site happens to use.

// Tags whose whole content is furniture. <table>: what Readability keeps of a data table (election results,
// case counts) comes out as hundreds of one-cell "paragraphs" a student cannot read as sentences.
const FURNITURE_TAGS = new Set([
  'FIGURE',
  'FIGCAPTION',
  'TABLE',
  'ASIDE',
  'PICTURE',
  'VIDEO',
  'AUDIO',
]);

// ARIA roles that mark a caption, a complementary box or a figure.
const FURNITURE_ROLES = new Set(['figure', 'img', 'complementary', 'note', 'doc-pullquote']);

// Words that, as one word of a class or id ("wp-caption-text", "similarLinks", "inline-newsletter-middle"),
// mark a widget rather than story text. Chosen by hand from common news-site markup.
const FURNITURE_NAME_WORDS = new Set([
  'ad',
  'ads',
  'advert',
  'advertisement',
  // Who wrote the story: the byline standing alone, the author's bio under the story (NBC News, the Hearst
  // papers' Associated Press stories, blogs' "author-box").
  'author',
  'byline',
  'bylines',
  'caption',
  'captions',
  'credit',
  'credits',
  'gallery',
  'graphic',
  'interstitial',
  // A site menu ("Sign In" in the Hearst papers' header) that Readability keeps with the story.
  'menu',
  'newsletter',
  'optin',
  'photo',
  'promo',
  // Lists of other stories: "Recent articles", a sidebar of the section's headlines (news blogs, Hearst papers).
  'recent',
  'related',
  'share',
  'sharing',
  'sidebar',
  // An e-mail sign-up box (NBC News's "emailSignup").
  'signup',
  'similar',
  'slideshow',
  'social',
  // Article tools: print, reprint, text size (Barron's); a "Trending" box.
  'tools',
  'trending',
  'video',
]);

// A class that says an element has or lacks a widget ("no_caption", "has-caption", "with-share-bar") describes
// the element, it does not make it the widget: BuzzFeed marks story headings "no_caption".
const DESCRIBING_WORDS = new Set(['no', 'non', 'has', 'with', 'without']);

/** The words of a class or id name, split at dashes, underscores, digits and camelCase humps ("emailSignup-2"). */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 0);
}

/** Whether a word of one of the element's class or id names (nameWords) is a furniture word. */
function namedFurniture(el: Element): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/);
  return names.some((name) => {
    const words = nameWords(name);
    return !DESCRIBING_WORDS.has(words[0] ?? '') && words.some((w) => FURNITURE_NAME_WORDS.has(w));
  });
}

/** True when the element itself (not its ancestors) is marked as furniture by tag, role or class. */
export function marksFurniture(el: Element): boolean {
  if (FURNITURE_TAGS.has(el.tagName.toUpperCase())) return true;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role.toLowerCase())) return true;
  return namedFurniture(el);
}

/**
 * A table that holds a real sentence (eight words or more, ending in a full stop) lays out the page, and the story
 * may be in it; a data table holds labels and figures however large it is.
 */
function holdsSentence(table: Element): boolean {
  return [...table.querySelectorAll('td, th')].some((cell) => {
    const text = cleanText(cell.textContent);
    return text.split(' ').length >= 8 && /[.!?]["'”’)]*$/.test(text);
  });
}

/**
 * True when the block sits in furniture: it or an ancestor is marked so. A marked element that holds at least
 * half of the article's text is a wrapper of the story (a page-wide "story-video-page" div), not a
 * widget inside it, and does not count: dropping it would lose the story. `verdicts` keeps each element's verdict for
 * the page's other blocks: they share their ancestors, and each cell of a data table of hundreds of rows scanned the
 * whole table again.
 */
export function inFurniture(
  block: Element,
  articleChars: number,
  verdicts: Map<Element, boolean> = new Map(),
): boolean {
  for (let el: Element | null = block; el; el = el.parentElement) {
    if (el.tagName.toUpperCase() === 'BODY') return false;
    let furniture = verdicts.get(el);
    if (furniture === undefined) {
      furniture =
        el.tagName.toUpperCase() === 'TABLE'
          ? !holdsSentence(el)
          : marksFurniture(el) && textLength(el) * 2 < articleChars;
      verdicts.set(el, furniture);
    }
    if (furniture) return true;
  }
  return false;
}

/** The length of an element's text with its runs of white space counted as one space. */
export function textLength(el: Element): number {
  return cleanText(el.textContent).length;
}
