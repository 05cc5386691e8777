import { createRequire } from 'node:module';
import { inFurniture, textLength } from './furniture-elements.ts';
import { isTimeStamp } from './time-stamp.ts';
import { isFurniturePhrase } from './furniture-phrases.ts';
import { isLinksOnly } from './links-only.ts';
import { isContactLine } from './contact-line.ts';
import { inLabelledList, labelledLists } from './labelled-lists.ts';
import { blockPieces } from './block-pieces.ts';
import { cleanText } from './clean-text.ts';
import { withoutClosingBio } from './closing-bio.ts';
import { removeHiddenText } from './hover-cards.ts';

// The HTML libraries are loaded on the first page to extract, not when the server starts: a server
// that only serves lessons keeps about 25 MB less (linkedom and its dependencies).
const require = createRequire(import.meta.url);
let loaded:
  | {
      DOMParser: typeof import('linkedom').DOMParser;
      Readability: typeof import('@mozilla/readability').Readability;
    }
  | undefined;
function libraries() {
  loaded ??= {
    DOMParser: (require('linkedom') as typeof import('linkedom')).DOMParser,
    Readability: (require('@mozilla/readability') as typeof import('@mozilla/readability'))
      .Readability,
  };
  return loaded;
}

const MIN_SENTENCE_WORDS = 8;
const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre';
// A caption describes a photo the lesson does not show; it is read only from a page with no other text.
const BLOCKS_WITH_CAPTIONS = `${BLOCKS}, figcaption`;

function parse(html: string): Document {
  return new (libraries().DOMParser)().parseFromString(html, 'text/html') as unknown as Document;
}

/**
 * A paragraph without a word of two letters ("22", "A", "-0:00", "* * *") is a fragment of a widget or a
 * separator; one "word" of forty characters or more ("for-phone-onlyfor-tablet-portrait-up…") is markup, and so is
 * a paragraph that opens with a tag written out as text (an editor's `&lt;span data-mce-type="bookmark" …`).
 */
function hasWord(text: string): boolean {
  return (
    /\p{L}\p{L}/u.test(text) &&
    !/^\S{40,}$/.test(text) &&
    !/^(?:<|&lt;)\/?[a-z][a-z0-9]*[\s>]/i.test(text)
  );
}

function paragraphsOf(html: string, withCaptions: boolean): string[] {
  const doc = parse(`<!doctype html><html><body>${html}</body></html>`);
  if (doc.body) removeHiddenText(doc.body);
  const articleChars = doc.body ? textLength(doc.body) : 0;
  const verdicts = new Map<Element, boolean>();
  const selector = withCaptions ? BLOCKS_WITH_CAPTIONS : BLOCKS;
  const blocks = [...doc.querySelectorAll(selector)]
    // Nested blocks (a <p> inside a <li> or <blockquote>) would otherwise appear twice: each outermost block gives
    // its inner blocks' paragraphs and its own (block-pieces.ts).
    .filter((el) => !el.parentElement?.closest(selector))
    .flatMap((el) => blockPieces(el, selector))
    .filter((b) => b.text.length > 0);
  if (blocks.length === 0) return [cleanText(doc.body?.textContent)].filter((t) => t.length > 0);
  const labelled = labelledLists(blocks);
  return blocks
    .filter(
      (b) =>
        (withCaptions || !inFurniture(b.el, articleChars, verdicts)) &&
        !inLabelledList(b.el, labelled) &&
        !isLinksOnly(b.el, b.text, b.links) &&
        hasWord(b.text) &&
        !isFurniturePhrase(b.text) &&
        !isContactLine(b.text) &&
        !isTimeStamp(b.text),
    )
    .map((b) => b.text);
}

/**
 * Extracts a news article from an HTML page as Byline's plain-text format: the headline on the first line,
 * then the paragraphs separated by blank lines. Null when the page holds no readable article.
 */
export function extractArticle(html: string): { title: string; text: string } | null {
  const doc = parse(html);
  // Read before Readability, which rewrites the document in place.
  const h1 = cleanText(doc.querySelector('h1')?.textContent);
  const article = new (libraries().Readability)(doc as never, {
    // The class names tell captions, credits and widgets from story text (furniture-elements.ts).
    keepClasses: true,
  }).parse();
  if (!article?.content) return null;
  const readabilityTitle = cleanText(article.title);
  // Readability's title often carries the site name ("Site | Headline"); the page's own h1 does not.
  const title =
    h1 && (readabilityTitle === '' || readabilityTitle.includes(h1)) ? h1 : readabilityTitle || h1;
  // Menus and link lists survive Readability on pages without a story; a story has at least one real sentence.
  const hasSentence = (ps: string[]) => ps.some((p) => p.split(' ').length >= MIN_SENTENCE_WORDS);
  let paragraphs = paragraphsOf(article.content, false).filter((p) => p !== title);
  // A page whose only sentences are in figures and widgets (a video page and its caption) keeps them: some
  // text beats none.
  if (!hasSentence(paragraphs))
    paragraphs = paragraphsOf(article.content, true).filter((p) => p !== title);
  if (!hasSentence(paragraphs)) return null;
  paragraphs = withoutClosingBio(paragraphs);
  return { title, text: [title, ...paragraphs].filter((t) => t.length > 0).join('\n\n') };
}
