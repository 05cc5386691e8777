import assert from 'node:assert/strict';
import type { TestApp } from './helpers/app.ts';
import { HARBOUR_ARTICLE } from './helpers/articles.ts';
import { postForm, signedInApp, tokenFor, type Agent } from './helpers/teacher.ts';

const PAGE = `<!doctype html><html><head><title>Gull News | Harbour reopens after storm</title></head><body>
<nav><a href="/">Home</a></nav><article><h1>Harbour reopens after storm</h1>
${HARBOUR_ARTICLE.split('\n\n')
  .slice(1)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
</article><footer>All rights reserved.</footer></body></html>`;

describe('adding a lesson', () => {
  let t: TestApp & { agent: Agent };
  beforeEach(async () => {
    t = await signedInApp();
  });
  afterEach(() => t.cleanup());

  async function upload(name: string, content: Buffer | string) {
    const token = await tokenFor(t.agent, '/teacher/lessons/new');
    return t.agent
      .post('/teacher/lessons/upload')
      .field('_csrf', token)
      .attach('file', Buffer.from(content), name);
  }

  async function lessonAt(location: string | undefined) {
    const id = /\/teacher\/lessons\/([\w-]+)$/.exec(location ?? '')?.[1];
    const lesson = id ? await t.store.getLesson(id) : undefined;
    assert.ok(lesson, `no lesson at ${location}`);
    return lesson;
  }

  it('analyzes pasted text, titles it with the headline, and shows the review page as a draft', async () => {
    const res = await postForm(t.agent, '/teacher/lessons', { title: '', text: HARBOUR_ARTICLE });
    assert.equal(res.status, 303);
    const lesson = await lessonAt(res.headers.location);
    assert.equal(lesson.title, 'Harbour reopens after storm');
    assert.equal(lesson.published, false);
    assert.ok(lesson.analysis.sentences.length >= 5);
    const review = await t.agent.get(res.headers.location!);
    assert.equal(review.status, 200);
    assert.match(review.text, /name="label-1"/);
    assert.match(review.text, /name="speaker-2-0"/);
  });

  it('uses the title the teacher typed', async () => {
    const res = await postForm(t.agent, '/teacher/lessons', {
      title: 'Storm lesson',
      text: HARBOUR_ARTICLE,
    });
    assert.equal((await lessonAt(res.headers.location)).title, 'Storm lesson');
  });

  it('rejects empty pasted text with 400 and stores nothing', async () => {
    const before = (await t.store.listLessons()).length;
    const res = await postForm(t.agent, '/teacher/lessons', { title: 'x', text: '  \n ' });
    assert.equal(res.status, 400);
    assert.match(res.text, /Paste the article text/);
    assert.equal((await t.store.listLessons()).length, before);
  });

  for (const [name, content] of [
    ['story.txt', HARBOUR_ARTICLE],
    ['story.md', `# ${HARBOUR_ARTICLE}`],
    ['story.html', PAGE],
  ] as const) {
    it(`adds a lesson from an uploaded ${name.split('.')[1]} file`, async () => {
      const res = await upload(name, content);
      assert.equal(res.status, 303);
      const lesson = await lessonAt(res.headers.location);
      assert.equal(lesson.title, 'Harbour reopens after storm');
      assert.match(lesson.text, /^Harbour reopens after storm\n\nThe harbour reopened/);
      assert.doesNotMatch(lesson.text, /All rights reserved|^#/);
    });
  }

  const bad: [string, string, Buffer | string, number, RegExp][] = [
    ['an empty file', 'story.txt', '', 400, /file is empty/],
    [
      'a file over 2 MB',
      'story.txt',
      Buffer.alloc(2 * 1024 * 1024 + 10, 'a'),
      413,
      /larger than 2 MB/,
    ],
    [
      'a binary file',
      'story.txt',
      Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 0xff, 0xfe]),
      415,
      /not text/,
    ],
    ['a file of another type', 'story.pdf', '%PDF-1.4 words', 415, /\.txt, \.md and \.html/],
    [
      'an HTML page with no article',
      'page.html',
      '<html><body><nav>Home</nav></body></html>',
      422,
      /No article/,
    ],
  ];
  for (const [what, name, content, status, message] of bad) {
    it(`rejects ${what} with ${status} and stores nothing`, async () => {
      const before = (await t.store.listLessons()).length;
      const res = await upload(name, content);
      assert.equal(res.status, status);
      assert.match(res.text, message);
      assert.equal((await t.store.listLessons()).length, before);
    });
  }

  it('asks for a file when the upload has none', async () => {
    const token = await tokenFor(t.agent, '/teacher/lessons/new');
    const res = await t.agent
      .post('/teacher/lessons/upload')
      .field('_csrf', token)
      .field('title', 'x');
    assert.equal(res.status, 400);
    assert.match(res.text, /Choose a \.txt, \.md or \.html file/);
  });

  it('refuses an upload without the form token', async () => {
    const res = await t.agent
      .post('/teacher/lessons/upload')
      .attach('file', Buffer.from(HARBOUR_ARTICLE), 'story.txt');
    assert.equal(res.status, 403);
  });

  it('keeps the upload form token in the body, never in the address', async () => {
    const page = await t.agent.get('/teacher/lessons/new');
    const form = /<form[^>]*action="\/teacher\/lessons\/upload"[^>]*>([\s\S]*?)<\/form>/.exec(
      page.text,
    );
    assert.ok(form, 'no upload form with a plain action');
    assert.match(form[1] ?? '', /name="_csrf"/);
    assert.doesNotMatch(page.text, /upload\?_csrf=/);
    const token = await tokenFor(t.agent, '/teacher/lessons/new');
    const viaAddress = await t.agent
      .post(`/teacher/lessons/upload?_csrf=${encodeURIComponent(token)}`)
      .attach('file', Buffer.from(HARBOUR_ARTICLE), 'story.txt');
    assert.equal(viaAddress.status, 403);
    assert.equal((await t.store.listLessons()).length, 1);
  });
});

describe('adding a lesson from text that is not an article', () => {
  let t: TestApp & { agent: Agent };
  before(async () => {
    t = await signedInApp();
  });
  after(() => t.cleanup());

  for (const [what, text, status] of [
    [
      'a 500-character run without spaces',
      `Words first ${'y'.repeat(500)} then more words here.`,
      422,
    ],
    ['two words', 'Hello there.', 422],
  ] as const) {
    it(`rejects ${what} with ${status}, keeps what was typed in the form, and stores nothing`, async () => {
      const before = (await t.store.listLessons()).length;
      const res = await postForm(t.agent, '/teacher/lessons', { title: 'Kept title', text });
      assert.equal(res.status, status);
      assert.match(res.text, /value="Kept title"/);
      assert.equal((await t.store.listLessons()).length, before);
    });
  }

  it('accepts a long pasted article whose form encoding is over 100 KB', async () => {
    const paragraph =
      '‘We will rebuild the bridge,’ the mayor said on Tuesday — “soon”, she added.';
    const text = ['Mayor promises a new bridge', ...Array(900).fill(paragraph)].join('\n\n');
    assert.ok(new URLSearchParams({ text }).toString().length > 110_000);
    const res = await postForm(t.agent, '/teacher/lessons', { text });
    assert.equal(res.status, 303);
    const lessons = await t.store.listLessons();
    assert.ok(lessons.some((l) => l.title === 'Mayor promises a new bridge'));
  });

  it('rejects a text over 100,000 characters with 413 and stores nothing', async () => {
    const before = (await t.store.listLessons()).length;
    const res = await postForm(t.agent, '/teacher/lessons', { text: 'word '.repeat(20_001) });
    assert.equal(res.status, 413);
    assert.match(res.text, /too (much|long)/);
    assert.equal((await t.store.listLessons()).length, before);
  });
});
