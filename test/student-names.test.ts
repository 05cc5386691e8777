import assert from 'node:assert/strict';
import { nameKey, normaliseName } from '../server/routes/student-name.ts';
import { distinctNames } from '../server/routes/teacher-student-names.ts';
import type { Student } from '../server/store/types.ts';
import { makeTestApp, type TestApp } from './helpers/app.ts';
import { csrfFrom } from './helpers/forms.ts';
import { PASSWORD, signIn } from './helpers/teacher.ts';
import request from 'supertest';

describe('normaliseName', () => {
  it('drops right-to-left overrides, isolates, zero-width characters and soft hyphens', () => {
    assert.equal(normaliseName('A\u202Eda'), 'Ada');
    assert.equal(normaliseName('\u2067Ada\u2069'), 'Ada');
    assert.equal(normaliseName('A\u200Bd\u200Da\u00AD\uFEFF'), 'Ada');
    assert.equal(normaliseName('\u3164'), '');
  });

  it('composes accents (NFC) and collapses every kind of space', () => {
    assert.equal(normaliseName('Zoe\u0301'), 'Zoé');
    assert.equal(normaliseName('  Ada\u00A0\u2003 Lovelace '), 'Ada Lovelace');
  });

  it('compares names without case or width differences', () => {
    assert.equal(nameKey('ＡＤＡ'), nameKey('ada'));
    assert.notEqual(nameKey('Ada'), nameKey('Adam'));
  });
});

describe('distinctNames', () => {
  const student = (id: string, name: string, joinedAt: string): Student => ({
    id,
    classId: 'c',
    name,
    token: id,
    joinedAt,
  });

  it('numbers students who share a name in join order and leaves unique names alone', () => {
    const labelled = distinctNames([
      student('b', 'ada', '2026-01-01T10:05:00.000Z'),
      student('a', 'Ada', '2026-01-01T10:00:00.000Z'),
      student('c', 'Grace', '2026-01-01T10:01:00.000Z'),
    ]);
    assert.match(labelled[0]!.name, /^ada \(#2, joined \d\d:\d\d\)$/);
    assert.match(labelled[1]!.name, /^Ada \(#1, joined \d\d:\d\d\)$/);
    assert.equal(labelled[2]!.name, 'Grace');
  });

  it('tells apart a name stored with invisible characters from the plain one', () => {
    const labelled = distinctNames([
      student('a', 'Ada', '2026-01-01T10:00:00.000Z'),
      student('b', 'A\u200Bda', '2026-01-01T10:01:00.000Z'),
    ]);
    assert.notEqual(labelled[0]!.name, labelled[1]!.name);
    assert.doesNotMatch(labelled[1]!.name, /\u200B/);
  });
});

describe('look-alike names through the join form', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await makeTestApp({ teacherPassword: PASSWORD });
  });
  afterEach(() => t.cleanup());

  async function join(name: string) {
    const agent = request.agent(t.app);
    const csrf = csrfFrom((await agent.get('/')).text);
    const classroom = (await t.store.listClasses())[0]!;
    const res = await agent
      .post('/join')
      .type('form')
      .send({ code: classroom.code, name, _csrf: csrf });
    const students = await t.store.listStudents(classroom.id);
    return { res, classroom, student: students[students.length - 1] };
  }

  it('stores a name without its invisible and bidi characters', async () => {
    const { res, student } = await join('Ada\u202E\u200B\u00AD');
    assert.equal(res.status, 303);
    assert.equal(student?.name, 'Ada');
  });

  it('refuses a name made only of invisible characters', async () => {
    const { res, student } = await join('\u200B\u202E\u3164');
    assert.equal(res.status, 400);
    assert.equal(student, undefined);
    assert.match(res.text, /Type your name/);
  });

  it('shows two students called Ada differently on the class page and in the CSV', async () => {
    const { classroom } = await join('Ada');
    await join('A\u200Bda');
    const teacher = request.agent(t.app);
    await signIn(teacher, PASSWORD);
    const page = await teacher.get(`/teacher/classes/${classroom.id}`);
    assert.match(page.text, /Ada \(#1, joined \d\d:\d\d\)/);
    assert.match(page.text, /Ada \(#2, joined \d\d:\d\d\)/);
  });
});
