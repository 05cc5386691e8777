import type { Answer, Classroom, Lesson, Student } from '../types.ts';

/** Column lists and row-to-record mappers: the one place that knows how records are laid out in tables. */

export const LESSON_COLUMNS =
  'id, title, text, analysis, overrides, questions, published, bundled, version, created_at, updated_at';
export const CLASS_COLUMNS = 'id, name, code, lesson_ids, closed, created_at';
export const STUDENT_COLUMNS = 'id, class_id, name, token, joined_at';
export const ANSWER_COLUMNS =
  'id, class_id, student_id, lesson_id, question_id, response, correct, answered_at';

type Row = Record<string, unknown>;

export function toLesson(r: Row): Lesson {
  return {
    id: r.id as string,
    title: r.title as string,
    text: r.text as string,
    analysis: r.analysis as Lesson['analysis'],
    overrides: r.overrides as Lesson['overrides'],
    questions: r.questions as Lesson['questions'],
    published: r.published as boolean,
    bundled: r.bundled as boolean,
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
  };
}
