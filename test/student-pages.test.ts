import assert from 'node:assert/strict';
import { makeTestApp } from './helpers/app.ts';
import { joinDemo, playDemo, type DemoPlay } from './helpers/student.ts';

describe('student pages, phone first', () => {
  let p: DemoPlay;
  beforeEach(async () => {
    p = await playDemo();
  });
  afterEach(() => p.t.cleanup());

  it('heads a question with a short prompt, a progress bar and the sentence as a card', async () => {
    const { n } = p.nth('classify');
    const page = (await p.s.agent.get(`${p.base}/q/${n}`).expect(200)).text;
    assert.match(page, /<h1>Fact, attributed or framing\?<\/h1>/);
    assert.match(page, new RegExp(`Question ${n} of ${p.s.lesson.questions.length}`));
    assert.match(page, /<progress class="lesson-progress__bar" max="12" value="0"/);
    assert.match(page, /<blockquote class="sentence-card">/);
    assert.doesNotMatch(
      page,
      new RegExp(p.s.lesson.title.slice(0, 30).replace(/[^\w ]/g, '.') + '.*Question'),
    );
  });

  it('marks each ticked and unticked phrase of a half-right multi-select', async () => {
    const { q, n } = p.nth('spot-framing');
    const right = q.correct[0]!;
    const wrong = q.choices.find((c) => !(q.correct as readonly string[]).includes(c.id))!.id;
    await p.answer(n, q, [right, wrong]).expect(303);
    const page = (await p.s.agent.get(`${p.base}/q/${n}/feedback`).expect(200)).text;
    assert.match(page, /Not quite/);
    assert.match(page, /marked-choice--right-picked[^]*?Your answer: right/);
    assert.match(page, /marked-choice--wrong-picked[^]*?Your answer: wrong/);
    if (q.correct.length > 1) assert.match(page, /Right, and you did not tick it/);
    // Next sits right under the verdict, inside the first screen on a phone.
    assert.ok(page.indexOf('action-bar--top') < page.indexOf('marked-choices'));
  });

  it('cheers a right answer and counts the right ones so far', async () => {
    const { q, n } = p.nth('classify');
    await p.answer(n, q, [...q.correct]).expect(303);
    const page = (await p.s.agent.get(`${p.base}/q/${n}/feedback`).expect(200)).text;
    assert.match(page, /Right! <span class="verdict__cheer">[^<]+<\/span>/);
    assert.match(page, /1 right so far/);
  });

  it('marks a photo caption in words on the article page', async () => {
    const caption = p.s.lesson.analysis.sentences.some((x) => x.kind === 'caption');
    const page = (await p.s.agent.get(p.base).expect(200)).text;
    if (caption) assert.match(page, /<span class="caption-tag">Photo caption:<\/span>/);
    else assert.doesNotMatch(page, /caption-tag/);
  });

  it('serves a favicon and links it from every page', async () => {
    const page = (await p.s.agent.get('/class').expect(200)).text;
    assert.match(page, /<link rel="icon" href="\/static\/favicon.svg"/);
    const icon = await p.s.agent.get('/favicon.ico').expect(301);
    assert.equal(icon.headers.location, '/static/favicon.svg');
    await p.s.agent.get('/static/favicon.svg').expect(200).expect('Content-Type', /svg/);
  });
});

describe('practiseTips(questions, answers)', () => {
  it('lists what the wrong answers point to, most missed first, and nothing when all are right', async () => {
    const { practiseTips } = await import('../server/routes/student-practise.ts');
    const t = await makeTestApp();
    try {
      const lesson = (await t.store.listLessons())[0]!;
      const qs = lesson.questions.filter((q) => q.type !== 'rewrite');
      const answers = new Map(
        qs.map((q, i) => [
          q.id,
          { correct: i % 2 === 0 } as unknown as import('../server/store/types.ts').Answer,
        ]),
      );
      const tips = practiseTips(lesson.questions, answers);
      assert.ok(tips.length > 0);
      assert.equal(
        tips.reduce((n, tip) => n + tip.missed, 0),
        qs.filter((_, i) => i % 2 === 1).length,
      );
      assert.ok(tips.every((tip, i) => i === 0 || tips[i - 1]!.missed >= tip.missed));
      const allRight = new Map(
        qs.map((q) => [
          q.id,
          { correct: true } as unknown as import('../server/store/types.ts').Answer,
        ]),
      );
      assert.deepEqual(practiseTips(lesson.questions, allRight), []);
    } finally {
      await t.cleanup();
    }
  });
});

describe('error pages', () => {
  it('send a student who opens an unknown lesson back to their class page, as the message says', async () => {
    const t = await makeTestApp();
    try {
      const s = await joinDemo(t);
      const res = await s.agent.get('/play/nosuchlesson').expect(404);
      assert.match(res.text, /Go back to your class page/);
      assert.match(res.text, /<a class="button" href="\/class">Go to your class page<\/a>/);
      const other = await s.agent.get('/nowhere').expect(404);
      assert.match(other.text, /<a class="button" href="\/">Go to the start page<\/a>/);
    } finally {
      await t.cleanup();
    }
  });
});
