import assert from 'node:assert/strict';
import { extractArticle } from '../server/lessons/extract.ts';

// Story paragraphs long enough for Readability to take the <article> as the story.
const STORY = [
  'The town council voted on Monday to rebuild the old stone bridge over the river before the winter floods arrive.',
  'Engineers told the meeting that the arches had cracked during the spring storms and could not carry lorries much longer.',
  'Residents on both banks have waited three years for the repairs, and several shopkeepers said their trade had halved since the closure.',
  'The work will begin next month and is expected to take about forty weeks, the council said in a statement.',
];

/** A news page whose article holds the story paragraphs with `furniture` inserted after the second one. */
function page(furniture: string, story: string[] = STORY): string {
  const ps = story.map((s) => `<p>${s}</p>`);
  ps.splice(2, 0, furniture);
  return `<!doctype html><html><head><title>Bridge to be rebuilt | The Valley Post</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Bridge to be rebuilt</h1>${ps.join('\n')}</article>
<footer>© The Valley Post</footer></body></html>`;
}

function paragraphs(html: string): string[] {
  return extractArticle(html)?.text.split('\n\n') ?? [];
}

function assertStoryKept(got: string[]): void {
  for (const sentence of STORY) assert.ok(got.includes(sentence), `lost: ${sentence}`);
}

describe('extractArticle(page with furniture)', () => {
  it('leaves out a photo caption', () => {
    const got = paragraphs(
      page(
        '<figure><img src="bridge.jpg" alt=""><figcaption>The cracked arch of the bridge seen from the east bank on Sunday.</figcaption></figure>',
      ),
    );
    assert.ok(!got.some((p) => p.includes('cracked arch')), got.join('\n'));
    assertStoryKept(got);
  });

  it('leaves out a caption and credit outside a figure, marked by class', () => {
    const got = paragraphs(
      page(
        '<div class="article-photo"><p class="photo-caption">Workers inspect the arches.</p><p class="image-credit">Jo Rivers/Valley Post</p></div>',
      ),
    );
    assert.ok(!got.some((p) => /Workers inspect|Jo Rivers/.test(p)), got.join('\n'));
    assertStoryKept(got);
  });

  it('leaves out the cells of a data table', () => {
    const rows = ['North bank', 'South bank', 'Mill lane', 'Church street', 'Quay road']
      .map((place, i) => `<tr><td><p>${place}</p></td><td><p>${(i + 1) * 120}</p></td></tr>`)
      .join('');
    const got = paragraphs(
      page(
        `<table><caption>Traffic by street</caption><thead><tr><th>Street</th><th>Vehicles a day</th></tr></thead><tbody>${rows}</tbody></table>`,
      ),
    );
    assert.ok(!got.some((p) => /North bank|Quay road|^240$/.test(p)), got.join('\n'));
    assertStoryKept(got);
  });

  it('leaves out a promotion box marked by class', () => {
    const got = paragraphs(
      page(
        '<div class="promo-box"><h3>More from the valley</h3><p>Ferry timetable changes again</p><p>School roof repaired at last</p></div>',
      ),
    );
    assert.ok(!got.some((p) => /Ferry timetable|School roof|More from/.test(p)), got.join('\n'));
    assertStoryKept(got);
  });

  it('leaves out a newsletter box marked by class', () => {
    const got = paragraphs(
      page(
        '<div class="inline-newsletter"><p>Get the morning briefing every weekday</p><p>Enter your email address below</p></div>',
      ),
    );
    assert.ok(!got.some((p) => /briefing|email address/.test(p)), got.join('\n'));
    assertStoryKept(got);
  });

  it('leaves out a paragraph that is only a link to another story', () => {
    const got = paragraphs(page('<p><a href="/x">Why the old ferry was never replaced</a></p>'));
    assert.ok(!got.some((p) => p.includes('old ferry')), got.join('\n'));
    assertStoryKept(got);
  });

  it('leaves out a paragraph without a word', () => {
    const got = paragraphs(page('<p>22</p><p>-0:45</p>'));
    assert.ok(!got.some((p) => /^(22|-0:45)$/.test(p)), got.join('\n'));
    assertStoryKept(got);
  });

  it('keeps a subheading while leaving out the caption under it', () => {
    const got = paragraphs(
      page(
        '<h2>What happens next</h2><figure><img src="map.png" alt=""><figcaption>A map of the diversion route.</figcaption></figure>',
      ),
    );
    assert.ok(got.includes('What happens next'), got.join('\n'));
    assert.ok(!got.some((p) => p.includes('diversion route')), got.join('\n'));
    assertStoryKept(got);
  });

  it('keeps a story sentence that is a link, and leaves out a link that is a headline', () => {
    const sentence =
      'The full report on the state of the bridge was published by the county engineers in May.';
    const got = paragraphs(
      page(
        `<p><a href="/report">${sentence}</a></p><p><a href="/y">Ten bridges that outlived their builders</a></p>`,
      ),
    );
    assert.ok(got.includes(sentence), got.join('\n'));
    assert.ok(!got.some((p) => p.includes('Ten bridges')), got.join('\n'));
  });

  it('keeps a heading whose class only says it has no caption, and leaves out one that is a caption', () => {
    const got = paragraphs(
      page(
        '<div class="story-item no_caption"><h2>Shops on the east bank</h2></div><p class="caption">The baker at her counter.</p>',
      ),
    );
    assert.ok(got.includes('Shops on the east bank'), got.join('\n'));
    assert.ok(!got.some((p) => p.includes('baker at her counter')), got.join('\n'));
  });

  it('keeps the caption of a page that holds nothing else, but not its links', () => {
    const caption =
      'The mayor cut the ribbon on the new footbridge over the river on Saturday morning, watched by a crowd.';
    const got = extractArticle(
      `<!doctype html><html><head><title>Footbridge opens</title></head><body><article><h1>Footbridge opens</h1><figure><video src="v.mp4"></video><figcaption>${caption}</figcaption></figure><p><a href="/videos">More videos from the valley</a></p></article></body></html>`,
    );
    assert.equal(got?.text, `Footbridge opens\n\n${caption}`);
  });

  it('leaves out an advertisement marker and a prompt to keep reading', () => {
    const got = paragraphs(page('<p>Advertisement</p><p>Continue reading the main story</p>'));
    assert.ok(!got.some((p) => /^Advertisement$|Continue reading/.test(p)), got.join('\n'));
    assertStoryKept(got);
  });

  it('leaves out "Related:", "Read more:" and "SEE ALSO:" lines', () => {
    const got = paragraphs(
      page(
        '<p>Related: Ferry fares rise for the third year</p><p>Read more:</p><p>SEE ALSO: The best walks along the river</p><p>[Read: How the valley built its first bridge]</p>',
      ),
    );
    assert.ok(
      !got.some((p) => /Ferry fares|Read more|best walks|first bridge/.test(p)),
      got.join('\n'),
    );
    assertStoryKept(got);
  });

  it('leaves out a reporting credit and a newsletter pitch', () => {
    const got = paragraphs(
      page(
        '<p>Sam Okafor contributed to this report.</p><p>Sign up for our weekly valley newsletter</p>',
      ),
    );
    assert.ok(!got.some((p) => /Sam Okafor|Sign up/.test(p)), got.join('\n'));
    assertStoryKept(got);
  });

  it('leaves out the lines of a print-edition note', () => {
    const got = paragraphs(
      page(
        '<p>A version of this article appears in print on</p><p>, on Page</p><p>of the New York edition</p><p>with the headline:</p>',
      ),
    );
    assert.ok(
      !got.some((p) => /appears in print|on Page|New York edition|headline:/.test(p)),
      got.join('\n'),
    );
    assertStoryKept(got);
  });

  it('leaves out a time stamp and a run of markup', () => {
    const got = paragraphs(
      page(
        '<p>Updated on March 3 at 4:10 p.m. GMT</p><p>Mar. 3, 2021</p><p>only-on-mobileonly-on-tabletonly-on-desktop-wide</p>',
      ),
    );
    assert.ok(!got.some((p) => /Updated on|^Mar\. 3|only-on/.test(p)), got.join('\n'));
    assertStoryKept(got);
  });

  it('keeps a story sentence that mentions "advertisement"', () => {
    const sentence = 'Advertisement boards along the bridge will be taken down during the works.';
    const got = paragraphs(page(`<p>${sentence}</p><p>Advertisement</p>`));
    assert.ok(got.includes(sentence), got.join('\n'));
    assert.ok(!got.includes('Advertisement'), got.join('\n'));
  });

  it('keeps story sentences that begin like furniture lines', () => {
    const story = [
      'Related work on the weir will cost the council a further two million pounds.',
      'Read more closely, the engineers\u2019 report warns that the east arch could fail within a year.',
      'The surveyors who contributed to this report said the bridge was safe for walkers.',
      'On March 3, 2021, the bridge was closed to lorries after a crack was found.',
    ];
    const got = paragraphs(page(`${story.map((s) => `<p>${s}</p>`).join('')}<p>Read more:</p>`));
    for (const sentence of story) assert.ok(got.includes(sentence), `lost: ${sentence}`);
    assert.ok(!got.includes('Read more:'), got.join('\n'));
  });

  it('keeps a subheading that is a link, and leaves out a paragraph that is one', () => {
    const got = paragraphs(
      page(
        '<h3><a href="/guide">The east bank</a></h3><p><a href="/z">Photos of the flood of 1953</a></p>',
      ),
    );
    assert.ok(got.includes('The east bank'), got.join('\n'));
    assert.ok(!got.some((p) => p.includes('flood of 1953')), got.join('\n'));
  });

  it('leaves out photo credits that stand alone', () => {
    const got = paragraphs(
      page(
        '<p>Dana Kell/AP</p><p>Lee Marsh via Getty Images</p><p>Courtesy of the Valley Museum</p>',
      ),
    );
    assert.ok(!got.some((p) => /Dana Kell|Lee Marsh|Courtesy/.test(p)), got.join('\n'));
    assertStoryKept(got);
  });
});

describe('extractArticle(page with a byline set as a paragraph)', () => {
  const page = (lines: string[]) =>
    `<html><head><title>Search widens</title></head><body><article><h1>Search widens</h1>${lines
      .map((l) => `<p>${l}</p>`)
      .join('')}</article></body></html>`;

  it('leaves out "By Name Name" standing alone', () => {
    const text = extractArticle(
      page([
        'By Fergus Jensen',
        'Ships from four countries joined the search for the plane on Tuesday.',
      ]),
    )?.text;
    assert.ok(text && !text.includes('Fergus Jensen'), text);
  });

  it('keeps a story sentence that opens with "By"', () => {
    const text = extractArticle(
      page(['By Friday the talks had failed, and the ministers had gone home for the weekend.']),
    )?.text;
    assert.match(text ?? '', /By Friday the talks had failed/);
  });
});
