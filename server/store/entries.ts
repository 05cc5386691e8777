import { z } from 'zod';
import type { Answer, Classroom, Lesson, Student, Teacher } from './types.ts';
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
