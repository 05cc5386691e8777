import { createRequire } from 'node:module';

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
const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption';

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function parse(html: string): Document {
  return new (libraries().DOMParser)().parseFromString(html, 'text/html') as unknown as Document;
}

function paragraphsOf(html: string): string[] {
  const doc = parse(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = [...doc.querySelectorAll(BLOCKS)]
    // Nested blocks (a <p> inside a <li> or <blockquote>) would otherwise appear twice.
    .filter((el) => !el.parentElement?.closest(BLOCKS))
    .map((el) => clean(el.textContent))
    .filter((t) => t.length > 0);
  return blocks.length > 0 ? blocks : [clean(doc.body?.textContent)].filter((t) => t.length > 0);
}

/**
 * Extracts a news article from an HTML page as Byline's plain-text format: the headline on the first line,
 * then the paragraphs separated by blank lines. Null when the page holds no readable article.
 */
export function extractArticle(html: string): { title: string; text: string } | null {
  const doc = parse(html);
  // Read before Readability, which rewrites the document in place.
  const h1 = clean(doc.querySelector('h1')?.textContent);
  const article = new (libraries().Readability)(doc as never).parse();
  if (!article?.content) return null;
  const readabilityTitle = clean(article.title);
  // Readability's title often carries the site name ("Site | Headline"); the page's own h1 does not.
  const title =
    h1 && (readabilityTitle === '' || readabilityTitle.includes(h1)) ? h1 : readabilityTitle || h1;
  const paragraphs = paragraphsOf(article.content).filter((p) => p !== title);
  // Menus and link lists survive Readability on pages without a story; a story has at least one real sentence.
  if (!paragraphs.some((p) => p.split(' ').length >= MIN_SENTENCE_WORDS)) return null;
  return { title, text: [title, ...paragraphs].filter((t) => t.length > 0).join('\n\n') };
}
