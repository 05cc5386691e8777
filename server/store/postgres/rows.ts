import type { Answer, AnswerMark, Classroom, Lesson, Student } from '../types.ts';

/** Column lists and row-to-record mappers: the one place that knows how records are laid out in tables. */

export const LESSON_COLUMNS = 'id, title, published, version, created_at, updated_at, body';
export const CLASS_COLUMNS = 'id, name, code, lesson_ids, closed, created_at';
export const STUDENT_COLUMNS = 'id, class_id, name, token, joined_at';
export const ANSWER_COLUMNS =
  'id, class_id, student_id, lesson_id, question_id, response, correct, answered_at, mark';

type Row = Record<string, unknown>;

/** Lesson fields kept in columns of their own; all others live in the jsonb `body`. */
const LESSON_COLUMN_FIELDS = new Set([
  'id',
  'title',
  'published',
  'version',
  'createdAt',
  'updatedAt',
]);

/** The jsonb body of a lesson (or of a patch): every field that has no column. */
export function lessonBody(fields: object): string {
  return JSON.stringify(
    Object.fromEntries(Object.entries(fields).filter(([k]) => !LESSON_COLUMN_FIELDS.has(k))),
  );
}

export function toLesson(r: Row): Lesson {
  return {
    ...(r.body as Omit<
      Lesson,
      'id' | 'title' | 'published' | 'version' | 'createdAt' | 'updatedAt'
    >),
    id: r.id as string,
    title: r.title as string,
    published: r.published as boolean,
    version: r.version as number,
    createdAt: r.created_at as string,
    updatedAt: r.updated_at as string,
  };
}

export function toClass(r: Row): Classroom {
  return {
    id: r.id as string,
    name: r.name as string,
    code: r.code as string,
    lessonIds: r.lesson_ids as string[],
    closed: r.closed as boolean,
    createdAt: r.created_at as string,
  };
}

export function toStudent(r: Row): Student {
  return {
    id: r.id as string,
    classId: r.class_id as string,
    name: r.name as string,
    token: r.token as string,
    joinedAt: r.joined_at as string,
  };
}

export function toAnswer(r: Row): Answer {
  return {
    id: r.id as string,
    classId: r.class_id as string,
    studentId: r.student_id as string,
    lessonId: r.lesson_id as string,
    questionId: r.question_id as string,
    response: r.response as string[],
    correct: r.correct as boolean | null,
    answeredAt: r.answered_at as string,
    ...(r.mark ? { mark: r.mark as AnswerMark } : {}),
  };
}
