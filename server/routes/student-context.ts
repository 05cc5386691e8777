import type { NextFunction, Request, Response } from 'express';
import type { Classroom, Lesson, Store, Student } from '../store/types.ts';
import { isRecordId } from '../store/index.ts';
import { readStudentToken } from '../http/student-cookie.ts';
import { httpError } from '../http/errors.ts';

/** What every signed-in student page works with. */
export interface StudentContext {
  student: Student;
  classroom: Classroom;
}

/** The student this device is signed in as, if the cookie is valid and their class still exists. */
export async function currentStudent(store: Store, req: Request): Promise<Student | undefined> {
  const token = readStudentToken(req);
  return token === undefined ? undefined : store.getStudentByToken(token);
}

/** Sends visitors without a (valid) student cookie to the join form; others get res.locals.ctx. */
export function requireStudent(store: Store) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const student = await currentStudent(store, req);
    const classroom = student && (await store.getClass(student.classId));
    if (!student || !classroom) {
      res.redirect(303, '/');
      return;
    }
    res.locals.ctx = { student, classroom } satisfies StudentContext;
    next();
  };
}

/** The student context set by requireStudent. */
export function ctxOf(res: Response): StudentContext {
  return res.locals.ctx as StudentContext;
}

/** The lesson a student may open: it exists, is published and is assigned to their class. */
export async function assignedLesson(
  store: Store,
  ctx: StudentContext,
  lessonId: unknown,
): Promise<Lesson> {
  const lesson = isRecordId(lessonId) ? await store.getLesson(lessonId) : undefined;
  if (!lesson || !lesson.published || !ctx.classroom.lessonIds.includes(lesson.id)) {
    throw httpError(
      404,
      'This lesson is not part of your class. Go back to your class page to pick one.',
    );
  }
  return lesson;
}

/** A closed class, or a lesson the teacher archived, takes no new answers; answers already given stay. */
export function takesAnswers(ctx: StudentContext, lesson: Lesson): boolean {
  return !ctx.classroom.closed && !lesson.archived;
}
