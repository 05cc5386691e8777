import { z } from 'zod';
import {
  SCHEMA_VERSION,
  type Answer,
  type Classroom,
  type Lesson,
  type Student,
  type Teacher,
} from './types.ts';
import { answerSchema, classSchema, lessonSchema, studentSchema, teacherSchema } from './schema.ts';

/**
 * One line of the journal: a whole record as it is after the change. Replaying puts it in place by id,
 * so replaying a line twice changes nothing (an answer whose (student, lesson, question) is taken is skipped).
 */
export type Entry =
  | { op: 'teacher'; teacher: Teacher }
  | { op: 'lesson'; lesson: Lesson }
  | { op: 'class'; classroom: Classroom }
  | { op: 'student'; student: Student }
  | { op: 'answer'; answer: Answer };

export const entrySchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('teacher'), teacher: teacherSchema }),
  z.object({ op: z.literal('lesson'), lesson: lessonSchema }),
  z.object({ op: z.literal('class'), classroom: classSchema }),
  z.object({ op: z.literal('student'), student: studentSchema }),
  z.object({ op: z.literal('answer'), answer: answerSchema }),
]);

/**
 * The schema of a journal line without a `v`: such lines were written before lines were marked, all in
 * schema 2 (the journal came in with schema 2, and the schema did not change before the mark was added).
 */
export const UNMARKED_LINE_SCHEMA = 2;

/** The journal line for `entry`, marked with the schema it is written in (`v`), so a later Byline can migrate it. */
export function journalLine(entry: Entry): string {
  return `${JSON.stringify({ v: SCHEMA_VERSION, ...entry })}\n`;
}
