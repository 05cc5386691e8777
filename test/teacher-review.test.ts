import assert from 'node:assert/strict';
import type { Label } from '../server/analysis/types.ts';
import type { Lesson } from '../server/store/types.ts';
import type { TestApp } from './helpers/app.ts';
import { HARBOUR_ARTICLE } from './helpers/articles.ts';
import { postForm, signedInApp, type Agent } from './helpers/teacher.ts';

function otherLabel(label: Label): Label {
  return label === 'fact' ? 'framing' : 'fact';
}

function classifyFor(lesson: Lesson, sentenceIndex: number) {
  return lesson.questions.find((q) => q.type === 'classify' && q.sentenceIndex === sentenceIndex);
}

describe('reviewing and correcting a lesson', () => {
  let t: TestApp & { agent: Agent };
  let lesson: Lesson;
  beforeEach(async () => {
    t = await signedInApp();
    const res = await postForm(t.agent, '/teacher/lessons', { title: '', text: HARBOUR_ARTICLE });
    const id = res.headers.location?.split('/').pop() ?? '';
    const found = await t.store.getLesson(id);
    assert.ok(found);
    lesson = found;
  });
  afterEach(() => t.cleanup());

  function classified(): { index: number; label: Label }[] {
    return lesson.questions.flatMap((q) =>
      q.type === 'classify' ? [{ index: q.sentenceIndex, label: q.correct[0] }] : [],
    );
  }

  it('makes the classify question follow a label the teacher changed', async () => {
    const [first] = classified();
    assert.ok(first, 'the lesson has a classify question');
    const wanted = otherLabel(first.label);
    const res = await postForm(t.agent, `/teacher/lessons/${lesson.id}`, {
      [`label-${first.index}`]: wanted,
    });
    assert.equal(res.status, 303);
    const saved = await t.store.getLesson(lesson.id);
    assert.deepEqual(saved?.overrides, [{ sentenceIndex: first.index, label: wanted }]);
    const question = saved && classifyFor(saved, first.index);
    assert.equal(question?.type === 'classify' && question.correct[0], wanted);
    const page = await t.agent.get(`/teacher/lessons/${lesson.id}?saved=1`);
    assert.match(page.text, /Saved\./);
    assert.match(page.text, /You changed it to/);
  });

  it('stores a corrected speaker and quote type, and a confirmed label', async () => {
    const quoted = lesson.analysis.sentences.find((s) => s.quotes.length > 0);
    assert.ok(quoted);
    const i = quoted.index;
    const res = await postForm(t.agent, `/teacher/lessons/${lesson.id}`, {
      [`label-${i}`]: quoted.label,
      [`confirm-${i}`]: 'on',
      [`qtype-${i}-0`]: quoted.quotes[0]?.type === 'speech' ? 'term' : 'speech',
      [`speaker-${i}-0`]: '  Mayor   Jo Finch ',
    });
    assert.equal(res.status, 303);
    const saved = await t.store.getLesson(lesson.id);
    assert.deepEqual(saved?.overrides, [
      {
        sentenceIndex: i,
        confirmed: true,
        quotes: [
          {
            quoteIndex: 0,
            type: quoted.quotes[0]?.type === 'speech' ? 'term' : 'speech',
            speaker: 'Mayor Jo Finch',
          },
        ],
      },
    ]);
    assert.match(
      (await t.agent.get(`/teacher/lessons/${lesson.id}`)).text,
      /value="Mayor Jo Finch"/,
    );
  });

  it('rejects a speaker name with a control character with 400 and changes nothing', async () => {
    const quoted = lesson.analysis.sentences.find((s) => s.quotes.length > 0);
    assert.ok(quoted);
    const res = await postForm(t.agent, `/teacher/lessons/${lesson.id}`, {
      [`label-${quoted.index}`]: quoted.label,
      [`speaker-${quoted.index}-0`]: 'Jo\u0000Finch',
    });
    assert.equal(res.status, 400);
    assert.match(res.text, /the speaker&#39;s name has a control character/);
    assert.deepEqual(await t.store.getLesson(lesson.id), lesson);
  });

  it('rejects an unknown label with 400 and changes nothing', async () => {
    const res = await postForm(t.agent, `/teacher/lessons/${lesson.id}`, { 'label-1': 'opinion' });
    assert.equal(res.status, 400);
    assert.match(res.text, /Sentence 2: choose fact, attributed or framing/);
    assert.deepEqual(await t.store.getLesson(lesson.id), lesson);
  });

  it('rejects an empty title with 400', async () => {
    const res = await postForm(t.agent, `/teacher/lessons/${lesson.id}`, { title: '  ' });
    assert.equal(res.status, 400);
    assert.equal((await t.store.getLesson(lesson.id))?.title, lesson.title);
  });

  it('answers 404 for an unknown lesson', async () => {
    assert.equal((await t.agent.get('/teacher/lessons/nope')).status, 404);
    assert.equal((await postForm(t.agent, '/teacher/lessons/nope/publish', {})).status, 404);
  });

  it('publishes and unpublishes', async () => {
    assert.equal(
      (await postForm(t.agent, `/teacher/lessons/${lesson.id}/publish`, { reviewed: 'yes' }))
        .status,
      303,
    );
    assert.equal((await t.store.getLesson(lesson.id))?.published, true);
    assert.equal(
      (await postForm(t.agent, `/teacher/lessons/${lesson.id}/unpublish`, {})).status,
      303,
    );
    assert.equal((await t.store.getLesson(lesson.id))?.published, false);
  });

  it('keeps the answers to unchanged questions when a published lesson is edited', async () => {
    const [changed, unchanged] = classified();
    assert.ok(changed && unchanged, 'the lesson has two classify questions');
    await postForm(t.agent, `/teacher/lessons/${lesson.id}/publish`, { reviewed: 'yes' });
    const classroom = await t.store.createClass('Edit test', [lesson.id]);
    const student = await t.store.createStudent(classroom.id, 'Ada');
    for (const { index, label } of [changed, unchanged]) {
      const q = classifyFor(lesson, index);
      assert.ok(q);
      await t.store.recordAnswer({
        classId: classroom.id,
        studentId: student.id,
        lessonId: lesson.id,
        questionId: q.id,
        response: [label],
        correct: true,
      });
    }
    await postForm(t.agent, `/teacher/lessons/${lesson.id}`, {
      [`label-${changed.index}`]: otherLabel(changed.label),
    });

    const saved = await t.store.getLesson(lesson.id);
    assert.ok(saved);
    const ids = new Set(saved.questions.map((q) => q.id));
    assert.ok(
      ids.has(classifyFor(lesson, unchanged.index)?.id ?? ''),
      'the unchanged question keeps its id',
    );
    assert.ok(
      !ids.has(classifyFor(lesson, changed.index)?.id ?? ''),
      'the changed question has a new id',
    );
    assert.equal((await t.store.listAnswers({ lessonId: lesson.id })).length, 2);

    const dashboard = await t.agent.get(`/teacher/classes/${classroom.id}/lessons/${lesson.id}`);
    assert.equal(dashboard.status, 200);
    assert.match(dashboard.text, /1 earlier answers belong to questions that changed/);
    assert.match(dashboard.text, /<td class="grid-score">1 \/ 1 \(100%\)<\/td>/);
  });
});

describe('reviewing a long lesson', () => {
  let t: TestApp & { agent: Agent };
  before(async () => {
    t = await signedInApp();
  });
  after(() => t.cleanup());

  it('splits the review into pages whose forms each stay small, and saves one page without touching others', async () => {
    const paragraphs = Array.from(
      { length: 120 },
      (_, i) => `"We counted ${i + 1} boats today," said harbour master Ines Alvarez.`,
    );
    const created = await postForm(t.agent, '/teacher/lessons', {
      text: ['Boats return to the harbour', ...paragraphs].join('\n\n'),
    });
    const id = created.headers.location?.split('/').pop() ?? '';
    const lesson = await t.store.getLesson(id);
    assert.ok(lesson && lesson.analysis.sentences.length > 100);
    const page3 = await t.agent.get(`/teacher/lessons/${id}?page=3`);
    assert.equal(page3.status, 200);
    assert.match(page3.text, /aria-current="page">Page 3</);
    assert.match(page3.text, /name="label-100"/);
    assert.doesNotMatch(page3.text, /name="label-1"/);
    assert.ok((page3.text.match(/ name="/g) ?? []).length < 500);

    const first = lesson.analysis.sentences[1]!;
    await postForm(t.agent, `/teacher/lessons/${id}`, {
      page: '1',
      'label-1': otherLabel(first.label),
    });
    const res = await postForm(t.agent, `/teacher/lessons/${id}`, {
      page: '3',
      'label-100': 'framing',
    });
    assert.equal(res.status, 303);
    assert.equal(res.headers.location, `/teacher/lessons/${id}?saved=1&page=3`);
    const saved = await t.store.getLesson(id);
    assert.equal(
      saved?.overrides.find((o) => o.sentenceIndex === 1)?.label,
      otherLabel(first.label),
    );
  });
});
