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

describe('extractArticle: furniture lines among the story (session 39)', () => {
  it('leaves out time stamps with weekdays, "Today", "Original" and day-first dates', () => {
    const got = paragraphs(
      page({
        before:
          '<p>PUBLISHED: 00:01, Tue, Nov 19, 2019</p><p>| UPDATED: 10:43, Tue, Nov 19, 2019</p><p>Today 12:01 AM</p>' +
          '<p>First Published: Tuesday, November 19, 2019 08:38 AM</p><p>Updated 19 November 2019 / Original 11/18/2019</p>',
      }),
    );
    assertOnly(got);
  });

  it('keeps a short story paragraph that names a day', () => {
    const got = paragraphs(
      page({ middle: '<p>The vote is on Tuesday, Nov. 26.</p><p>Today, nobody came.</p>' }),
    );
    assertOnly(got, ['The vote is on Tuesday, Nov. 26.', 'Today, nobody came.']);
  });

  it("leaves out a reporter's contact lines", () => {
    const got = paragraphs(
      page({
        after:
          '<p>Write to Jo Rivers at jo.rivers@valleypost.example</p><p>jo.rivers@valleypost.example</p>' +
          '<p>twitter.com/jorivers</p><p>Reach the reporters on Twitter at http://twitter.com/jorivers</p>' +
          '<p>Email Jo Rivers at jo@valleypost.example or follow her @jorivers. Follow us @valleypost.</p>',
      }),
    );
    assertOnly(got);
  });

  it('keeps a story sentence that quotes an address or a handle', () => {
    const kept = [
      'Complaints can be sent to bridge@valley.example, the council said.',
      'The mayor wrote on Twitter, @valleycouncil, that the bridge would open in June.',
    ];
    const got = paragraphs(page({ middle: kept.map((k) => `<p>${k}</p>`).join('') }));
    assertOnly(got, kept);
  });

  it('leaves out reporting credits, correction notices and photo counters and credits', () => {
    const got = paragraphs(
      page({
        middle:
          '<p>Image 1 of 5</p><p>(Image: © Valley Photos)</p><p>(Credit: Jo Rivers/Valley Post)</p><p>Courtesy G4</p>',
        after:
          '<p>(Reporting by Jo Rivers, with reporting by Sam Hale, editing by Kim Lee.)</p>' +
          '<p>Sam Hale contributed reporting from Hong Kong.</p>' +
          '<p>Associated Press writers Kim Lee in Birmingham, Ala., and Pat Moss in Steele, Ala., contributed to this report.</p>' +
          '<p>(Corrects fourth paragraph to show the bridge is made of stone, not brick.)</p>' +
          '<p>Correction 8/29/10 7:05 a.m. PDT:A previous version of this story misstated the engineer’s title.</p>',
      }),
    );
    assertOnly(got);
  });

  it('keeps story sentences about corrections, courtesy and images', () => {
    const kept = [
      'Correction officers said the bridge had been closed to them too.',
      'Courtesy matters, the mayor said.',
      'Image rights belong to the council.',
    ];
    const got = paragraphs(page({ middle: kept.map((k) => `<p>${k}</p>`).join('') }));
    assertOnly(got, kept);
  });

  it('leaves out widget labels, newsletter pitches, tag lists and link kickers', () => {
    const labels = [
      'Comments',
      'Post Comment (+)',
      'Sign In',
      'SUBSCRIBE',
      'Trending',
      'Text Size',
      'reset',
      'Print Article',
      'Order Reprints',
      'Share Tweet Submit',
      'Loading content ...',
      'Advert',
      'Further reading',
      'POPULAR THIS WEEK',
      'BREAKING NEWS',
      'More Great Valley Stories',
      'More Business News',
      'You may also like:',
      'Want more stories like this?',
      'Tell us what YOU think...',
      'Related post: Ten bridges worth a walk',
      'Topics: bridge, council, floods, river',
      'By',
      'Associated Press',
      '| ValleyPost.com',
      'Click here to subscribe to The Valley Newsletter',
      'Subscribe to the Valley Money newsletter!',
      '(MORE: The ten oldest bridges in the county)',
      'PHOTOS: Floods Sweep the Valley, U.S.',
      'Video: Engineer: Arches will not last',
      "READ the engineer's full report:",
    ];
    const got = paragraphs(page({ after: labels.map((l) => `<p>${l}</p>`).join('') }));
    assertOnly(got);
  });

  it('keeps story sentences that open like those labels', () => {
    const kept = [
      'Comments from residents were mostly angry.',
      'Subscribers to the newsletter were told first.',
      'More news is expected on Friday.',
      'Video footage showed the arch falling. It was taken by a resident.',
      'By Friday the road was closed.',
    ];
    const got = paragraphs(page({ middle: kept.map((k) => `<p>${k}</p>`).join('') }));
    assertOnly(got, kept);
  });

  it('leaves out a highlights box, its label and its bullets', () => {
    const got = paragraphs(
      page({
        before:
          '<div class="box"><p>STORY HIGHLIGHTS</p><ul><li>The council will rebuild the bridge</li><li>Work begins next month</li></ul></div>',
      }),
    );
    assertOnly(got);
  });

  it("keeps a story's own list", () => {
    const got = paragraphs(
      page({
        middle:
          '<p>The council listed three reasons for the repairs:</p><ul><li>Cracked arches</li><li>Heavy lorries</li></ul>',
      }),
    );
    assertOnly(got, [
      'The council listed three reasons for the repairs:',
      'Cracked arches',
      'Heavy lorries',
    ]);
  });
});

describe('extractArticle: boxes and lines around the story (session 39)', () => {
  it('leaves out a list of other stories under a "More … Stories" or "Further reading" label', () => {
    const got = paragraphs(
      page({
        after:
          '<div class="grid"><p>More Great Valley Stories</p><ul><li>Why the ferry is always late</li><li>A baker’s year in ten loaves</li></ul></div>' +
          '<div class="box"><p>Further reading</p><ul><li>Flood defences, explained</li></ul></div>',
      }),
    );
    assertOnly(got);
  });

  it("leaves out the author's bio among the last paragraphs", () => {
    const got = paragraphs(
      page({
        after:
          '<p>Jo Rivers is the transport reporter for The Valley Post. You can send her an e-mail or follow her.</p>',
      }),
    );
    assertOnly(got);
  });

  it('keeps a story sentence that introduces a reporter before the last paragraphs', () => {
    const kept = 'Sam Hale is a reporter for the county paper who first wrote about the cracks.';
    const got = paragraphs(page({ before: `<p>${kept}</p>` }));
    assertOnly(got, [kept]);
  });

  it("leaves out a writer's title, the copyright line, a breadcrumb and markup written out as text", () => {
    const got = paragraphs(
      page({
        before:
          '<p>Home</p><p>Opinion Columnist</p><p>&amp;lt;span data-mce-type="bookmark" style="display: none;"&amp;gt;</p>',
        after: '<p>Copyright © 2019 The Valley Post. All rights reserved.</p>',
      }),
    );
    assertOnly(got);
  });

  it('keeps story sentences about writers, rights and home', () => {
    const kept = [
      'The columnist was not at the meeting.',
      'All rights to the land were reserved by the council.',
      'Home is where the bridge is, one resident said.',
    ];
    const got = paragraphs(page({ middle: kept.map((k) => `<p>${k}</p>`).join('') }));
    assertOnly(got, kept);
  });
});

describe('extractArticle: affiliate disclosures (session 39)', () => {
  it('leaves out a disclosure about commissions on the page’s links', () => {
    const got = paragraphs(
      page({
        before:
          '<p>The Valley Post may earn an Affiliate Commission if you purchase something through recommended links in this article.</p>' +
          '<p>We may earn a commission when you buy through links on our site</p>',
      }),
    );
    assertOnly(got);
  });

  it('keeps a story sentence about a commission', () => {
    const kept = 'The bridge shop may earn a commission on each ticket it sells, the owner said.';
    assertOnly(paragraphs(page({ middle: `<p>${kept}</p>` })), [kept]);
  });
});

describe('extractArticle: a reporter who "may be reached at" an address (contact-line.ts)', () => {
  it('leaves the contact line out', () => {
    const got = paragraphs(
      page({
        after:
          '<p>Have a tip? Jo Rivers may be reached at jrivers@valleypost.example. Follow her on Twitter @jorivers.</p>',
      }),
    );
    assertOnly(got);
  });

  it('keeps a story sentence that says where someone was reached', () => {
    const line =
      'The mayor, who was reached at her office on Monday, said the bridge would open in spring.';
    assertOnly(paragraphs(page({ after: `<p>${line}</p>` })), [line]);
  });
});
