import request from 'supertest';
import type { Classroom, Lesson, Student } from '../../server/store/types.ts';
import type { TestApp } from './app.ts';
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
