import assert from 'node:assert/strict';
import { generateQuestions } from '../server/quiz/index.ts';
import type { ClassifyQuestion } from '../server/quiz/types.ts';
import type { Classroom, Lesson, Student } from '../server/store/types.ts';
import type { TestApp } from './helpers/app.ts';
import { signedInApp, type Agent } from './helpers/teacher.ts';

describe('the class dashboard and CSV export', () => {
  let t: TestApp & { agent: Agent };
  let lesson: Lesson;
  let classroom: Classroom;
  let ada: Student;
  let bo: Student;
  let classify: ClassifyQuestion[];

  before(async () => {
    t = await signedInApp();
    const [seed] = await t.store.listLessons();
    assert.ok(seed);
    // Every question the article offers, with its facts confirmed by the teacher, so there are two facts to classify
    // among them (the commentary states its few facts in a caption or after a "however", which the quiz alone asks
    // about once, quizConfidence).
    const overrides = seed.analysis.sentences
      .filter((s) => s.label === 'fact')
      .map((s) => ({ sentenceIndex: s.index, confirmed: true }));
    lesson = await t.store.updateLesson(seed.id, {
      overrides,
      questions: generateQuestions(seed.analysis, overrides),
    });
    classify = lesson.questions.filter((q): q is ClassifyQuestion => q.type === 'classify');
    const facts = classify.filter((q) => q.correct[0] === 'fact');
    assert.ok(facts.length >= 2, 'the seed lesson has two classify questions on facts');
    classroom = await t.store.createClass('Year 9, "B" set', [lesson.id]);
    ada = await t.store.createStudent(classroom.id, 'Ada');
    bo = await t.store.createStudent(classroom.id, '=cmd|calc');
    const answer = (student: Student, q: ClassifyQuestion, label: string) =>
      t.store.recordAnswer({
        classId: classroom.id,
        studentId: student.id,
        lessonId: lesson.id,
        questionId: q.id,
        response: [label],
        correct: label === q.correct[0],
      });
    // Ada gets both facts right; Bo calls both of them framing.
    await answer(ada, facts[0]!, 'fact');
    await answer(ada, facts[1]!, 'fact');
    await answer(bo, facts[0]!, 'framing');
    await answer(bo, facts[1]!, 'framing');
    const rewrite = lesson.questions.find((q) => q.type === 'rewrite');
    assert.ok(rewrite, 'the seed lesson has a rewrite question');
    await t.store.recordAnswer({
      classId: classroom.id,
      studentId: ada.id,
      lessonId: lesson.id,
      questionId: rewrite.id,
      response: ['Officials say the plan, line one,\nline two'],
      correct: null,
    });
  });
  after(() => t.cleanup());

  it('shows each student with their score and ✓/✗ marks spelled out for screen readers', async () => {
    const res = await t.agent.get(`/teacher/classes/${classroom.id}/lessons/${lesson.id}`);
    assert.equal(res.status, 200);
    assert.match(
      res.text,
      /<th scope="row">Ada<\/th>\s*<td class="grid-score">2 \/ 2 \(100%\)<\/td>/,
    );
    assert.match(
      res.text,
      /<th scope="row">=cmd\|calc<\/th>\s*<td class="grid-score">0 \/ 2 \(0%\)<\/td>/,
    );
    assert.equal((res.text.match(/<span class="visually-hidden">right<\/span>/g) ?? []).length, 2);
    assert.equal((res.text.match(/<span class="visually-hidden">wrong<\/span>/g) ?? []).length, 2);
  });

  it('gives 50% correct for the answered questions and lists them as most missed', async () => {
    const res = await t.agent.get(`/teacher/classes/${classroom.id}/lessons/${lesson.id}`);
    assert.equal((res.text.match(/<td>2<\/td>\s*<td>50%<\/td>/g) ?? []).length, 2);
    assert.match(
      res.text,
      /<h3>Most missed<\/h3>\s*<ol class="missed-list">\s*<li>\s*<span class="missed-list__head"><strong>Q\d+<\/strong> <span class="kind-tag">[^<]+<\/span> <strong>50% right<\/strong> <span class="hint">\(1 of 2 wrong\)/,
    );
  });

  it('captions the confusion table with the distinction the class misses most', async () => {
    const res = await t.agent.get(`/teacher/classes/${classroom.id}/lessons/${lesson.id}`);
    assert.match(res.text, /over 4 answers/);
    assert.match(
      res.text,
      /most often took <strong>Reported fact<\/strong> for <strong>Editorial framing<\/strong> \(2 answers\)/,
    );
    assert.match(
      res.text,
      /<th scope="row">Reported fact<\/th>\s*<td class="heat heat--3 cell--diagonal">2 \(50%\) <span class="heat__note">✔ right<\/span><\/td>\s*<td class="heat heat--0">0 \(0%\)<\/td>\s*<td class="heat heat--3">2 \(50%\)<\/td>/,
    );
  });

  it('lists the open answers for reading', async () => {
    const res = await t.agent.get(`/teacher/classes/${classroom.id}/lessons/${lesson.id}`);
    assert.match(res.text, /Officials say the plan, line one,\nline two/);
  });

  it('exports one CSV row per answer, quoted and with formulas neutralised', async () => {
    const res = await t.agent.get(`/teacher/classes/${classroom.id}/export.csv`);
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'text/csv; charset=utf-8');
    assert.match(
      res.headers['content-disposition'] ?? '',
      /^attachment; filename="byline-year-9-b-set-answers\.csv"$/,
    );
    const body = res.text.replace(/^\uFEFF/, '');
    assert.ok(
      body.startsWith('class,student,lesson,question,type,answer,correct,time,mark,comment\r\n'),
    );
    const rows = body.trimEnd().split('\r\n').slice(1);
    // The open answer holds a line break inside its quoted field, which splits it over two lines here.
    assert.equal(rows.filter((r) => r.startsWith('"Year 9, ""B"" set",')).length, 5);
    assert.ok(
      rows.some(
        (r) =>
          r.startsWith(`"Year 9, ""B"" set",'=cmd|calc,`) &&
          r.includes(',classify,Editorial framing,no,'),
      ),
    );
    assert.ok(rows.some((r) => r.includes(',Ada,') && r.includes(',classify,Reported fact,yes,')));
  });

  it('exports one lesson of a class on its own', async () => {
    const res = await t.agent.get(
      `/teacher/classes/${classroom.id}/lessons/${lesson.id}/export.csv`,
    );
    assert.equal(res.status, 200);
    assert.match(res.text, /classify,Reported fact,yes/);
  });

  it('answers 404 for an unknown class or lesson', async () => {
    assert.equal((await t.agent.get(`/teacher/classes/nope/lessons/${lesson.id}`)).status, 404);
    assert.equal((await t.agent.get(`/teacher/classes/${classroom.id}/lessons/nope`)).status, 404);
    assert.equal((await t.agent.get('/teacher/classes/nope/export.csv')).status, 404);
  });
});
