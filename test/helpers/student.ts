import assert from 'node:assert/strict';
import request from 'supertest';
import type { Question } from '../../server/quiz/types.ts';
import type { Classroom, Lesson, Student } from '../../server/store/types.ts';
import { makeTestApp, type TestApp } from './app.ts';
import { csrfFrom } from './forms.ts';

export interface JoinedStudent {
  agent: ReturnType<typeof request.agent>;
  csrf: string;
  classroom: Classroom;
  lesson: Lesson;
  student: Student;
}

/** Joins the demo class through the real form and returns the signed-in agent and the bundled lesson. */
export async function joinDemo(t: TestApp, name = 'Ada'): Promise<JoinedStudent> {
  const classroom = (await t.store.listClasses())[0];
  const lesson = (await t.store.listLessons())[0];
  if (!classroom || !lesson) throw new Error('test: first start made no demo class or lesson');
  const agent = request.agent(t.app);
  const csrf = csrfFrom((await agent.get('/').expect(200)).text);
  await agent
    .post('/join')
    .type('form')
    .send({ code: classroom.code, name, _csrf: csrf })
    .expect(303);
  const students = await t.store.listStudents(classroom.id);
  const student = students.find((s) => s.name === name);
  if (!student) throw new Error('test: join stored no student');
  return { agent, csrf, classroom, lesson, student };
}

type StudentAgent = JoinedStudent['agent'];

/** A fresh app with Ada in the demo class, ready to play its bundled lesson. */
export interface DemoPlay {
  t: TestApp;
  s: JoinedStudent;
  /** The lesson's address, `/play/<id>`. */
  base: string;
  /** The seed lesson's first question of a type, and its number (from 1). */
  nth: (type: Question['type']) => { q: Question; n: number };
  /** Sends an answer to question n through the form, as Ada unless another student's agent is given. */
  answer: (
    n: number,
    q: Question,
    response: string[],
    agent?: StudentAgent,
    csrf?: string,
  ) => ReturnType<StudentAgent['post']>;
}

/** For a `beforeEach`: a new app and a joined student, so each test starts from a fresh data file. */
export async function playDemo(): Promise<DemoPlay> {
  const t = await makeTestApp();
  const s = await joinDemo(t);
  const base = `/play/${s.lesson.id}`;
  return {
    t,
    s,
    base,
    nth(type) {
      const i = s.lesson.questions.findIndex((q) => q.type === type);
      assert.ok(i >= 0, `the seed lesson has a ${type} question`);
      return { q: s.lesson.questions[i]!, n: i + 1 };
    },
    answer: (n, q, response, agent = s.agent, csrf = s.csrf) =>
      agent
        .post(`${base}/q/${n}`)
        .type('form')
        .send({ _csrf: csrf, questionId: q.id, answer: response }),
  };
}
