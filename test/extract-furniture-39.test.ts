import assert from 'node:assert/strict';
import { extractArticle } from '../server/lessons/extract.ts';

// Invented story paragraphs, long enough for Readability to take the <article> as the story.
const STORY = [
  'The town council voted on Monday to rebuild the old stone bridge over the river before the winter floods arrive.',
  'Engineers told the meeting that the arches had cracked during the spring storms and could not carry lorries much longer.',
  'Residents on both banks have waited three years for the repairs, and several shopkeepers said their trade had halved since the closure.',
  'The work will begin next month and is expected to take about forty weeks, the council said in a statement.',
];

/** A news page: `before` between the headline and the story, `middle` after its second paragraph, `after` at its end. */
function page({ before = '', middle = '', after = '' }): string {
  const ps = STORY.map((s) => `<p>${s}</p>`);
  ps.splice(2, 0, middle);
  return `<!doctype html><html><head><title>Bridge to be rebuilt | The Valley Post</title></head>
<body><article><h1>Bridge to be rebuilt</h1>${before}${ps.join('\n')}${after}</article></body></html>`;
}

function paragraphs(html: string): string[] {
  return extractArticle(html)?.text.split('\n\n').slice(1) ?? [];
}

/** Asserts the page's paragraphs are the story's and `kept`, in any order, and nothing else. */
function assertOnly(got: string[], kept: string[] = []): void {
  assert.deepEqual([...got].sort(), [...STORY, ...kept].sort(), got.join('\n'));
}

describe('extractArticle: furniture marked by class (session 39)', () => {
  it('leaves out a byline and the author bio marked "byline" or "author"', () => {
    const got = paragraphs(
      page({
        before: '<div class="articleBylineContainer"><p>Jo Rivers</p></div>',
        after: '<p class="author-note">Jo Rivers is a reporter for The Valley Post.</p>',
      }),
    );
    assertOnly(got);
  });

  it('leaves out a site menu, article tools, a sidebar and a trending box', () => {
    const got = paragraphs(
      page({
        before:
          '<ul class="site_menu"><li>Sign In</li></ul><ul class="article-tools"><li>Print Article</li><li>Order Reprints</li></ul>',
        middle: '<div class="story-sidebar"><h2>More Local News</h2></div>',
        after:
          '<div class="box-trending"><h3>Trending</h3><p>Ferry fares to rise in spring</p></div>' +
          '<div class="row-recent"><p>RECENT ARTICLES</p><p>Library opens on Sundays</p></div>',
      }),
    );
    assertOnly(got);
  });

  it('keeps a short story paragraph and a subheading beside them', () => {
    const got = paragraphs(
      page({
        middle:
          '<h2>What comes next</h2><p>“We will not wait.”</p><div class="author"><p>Jo Rivers</p></div>',
      }),
    );
    assertOnly(got, ['What comes next', '“We will not wait.”']);
  });

  it('keeps the story when the whole article is marked by one of those words', () => {
    const html = page({}).replace('<article>', '<article class="author-post">');
    assertOnly(paragraphs(html));
  });
});
