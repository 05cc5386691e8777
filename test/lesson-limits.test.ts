import assert from 'node:assert/strict';
import request from 'supertest';
import { htmlDepth, MAX_HTML_DEPTH } from '../server/lessons/html-depth.ts';
import { MAX_QUOTE_MARKS } from '../server/lessons/extract-check.ts';
import { LessonBuilder } from '../server/lessons/lesson-builder.ts';
import { makeTestApp, type TestApp } from './helpers/app.ts';
import { HARBOUR_ARTICLE } from './helpers/articles.ts';
import { PASSWORD, postForm, signIn, tokenFor, type Agent } from './helpers/teacher.ts';

describe('htmlDepth', () => {
  it('counts nested elements, not void or self-closing ones', () => {
    assert.equal(htmlDepth('<div><section><span>x</span></section></div>'), 3);
    assert.equal(htmlDepth('<div><br><img src=x><hr/></div>'), 1);
  });

  it('does not count elements the parser closes by itself, like a page of unclosed paragraphs', () => {
    assert.equal(htmlDepth(`<div>${'<p>text '.repeat(5000)}</div>`), 1);
    assert.equal(htmlDepth(`<ul>${'<li>item '.repeat(5000)}</ul>`), 1);
  });

  it('measures 20,000 nested divs without recursion', () => {
    assert.equal(htmlDepth('<div>'.repeat(20_000)), 20_000);
  });
});

describe('lessons that exceed a limit', () => {
  let t: TestApp & { agent: Agent };
  before(async () => {
    const base = await makeTestApp({ teacherPassword: PASSWORD });
    const agent = request.agent(base.app);
    await signIn(agent, PASSWORD);
    t = { ...base, agent };
  });
  after(() => t.cleanup());

  it('refuses an HTML page nested 20,000 deep with 422 saying so, and stores nothing', async () => {
    const html = `<!doctype html><html><body>${'<div>'.repeat(20_000)}<p>${HARBOUR_ARTICLE}</p>${'</div>'.repeat(20_000)}</body></html>`;
    const res = await t.agent
      .post('/teacher/lessons/upload')
      .field('_csrf', await tokenFor(t.agent, '/teacher/lessons/new'))
      .attach('file', Buffer.from(html), 'deep.html');
    assert.equal(res.status, 422);
    assert.match(res.text, new RegExp(`more than ${MAX_HTML_DEPTH} levels deep`));
    assert.equal((await t.store.listLessons()).length, 1);
  });

  it('refuses a paste of 3,000 tiny quotes with 422 naming the count and the limit', async () => {
    const text = 'Quotes\n\n' + '"a" said b. '.repeat(3000);
    const res = await postForm(t.agent, '/teacher/lessons', { text });
    assert.equal(res.status, 422);
    assert.match(res.text, /6,000 quotation marks/);
    assert.match(res.text, new RegExp(MAX_QUOTE_MARKS.toLocaleString('en')));
    assert.equal((await t.store.listLessons()).length, 1);
  });

  it('keeps answering /healthz while a long article is analysed', async () => {
    // A builder that says when the job has been handed to its worker, so /healthz is asked while the
    // worker is analysing, on a quiet machine (a build of ~100 ms) as on a busy one.
    let handedOver!: () => void;
    const started = new Promise<void>((r) => (handedOver = r));
    class WatchedBuilder extends LessonBuilder {
      override build(job: Parameters<LessonBuilder['build']>[0]) {
        const outcome = super.build(job);
        handedOver();
        return outcome;
      }
    }
    const builder = new WatchedBuilder();
    const w = await makeTestApp({ teacherPassword: PASSWORD }, { lessonBuilder: builder });
    try {
      const agent = request.agent(w.app);
      await signIn(agent, PASSWORD);
      const paragraph =
        'The council said on Monday that the bridge would reopen, and critics called the delay a disgrace.';
      const text = ['Bridge to reopen', ...Array(900).fill(paragraph)].join('\n\n');
      const order: string[] = [];
      const building = postForm(agent, '/teacher/lessons', { text }).then((res) => {
        order.push('lesson');
        return res;
      });
      await started;
      await request(w.app).get('/healthz').expect(200);
      order.push('healthz');
      assert.equal((await building).status, 303);
      assert.deepEqual(order, ['healthz', 'lesson']);
    } finally {
      await builder.close();
      await w.cleanup();
    }
  });
});

describe('a lesson that takes longer than the time limit', () => {
  it('is stopped and refused with 422 asking to shorten it, again on the next try, storing nothing', async () => {
    const slow = new LessonBuilder(50);
    const t = await makeTestApp({ teacherPassword: PASSWORD }, { lessonBuilder: slow });
    try {
      const agent = request.agent(t.app);
      await signIn(agent, PASSWORD);
      const res = await postForm(agent, '/teacher/lessons', { text: HARBOUR_ARTICLE });
      assert.equal(res.status, 422);
      assert.match(res.text, /took longer than 0.1 seconds/);
      assert.match(res.text, /Shorten it/);
      const again = await postForm(agent, '/teacher/lessons', { text: HARBOUR_ARTICLE });
      assert.equal(again.status, 422);
      assert.match(again.text, /took longer than/);
      assert.equal((await t.store.listLessons()).length, 1);
    } finally {
      await slow.close();
      await t.cleanup();
    }
  });
});
