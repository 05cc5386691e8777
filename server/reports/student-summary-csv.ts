import type { Clock } from '../http/clock.ts';
import type { Answer, Classroom, Lesson, Student } from '../store/types.ts';
import { lessonReport } from './lesson-report.ts';

const HEADER = [
  'class',
  'student',
  'joined',
  'lesson',
  'questions',
  'answered',
  'right',
  'wrong',
  'open marked good',
  'open needing work',
  'open not marked yet',
  'score',
  'percent',
] as const;

/**
 * One row per student of the class for one lesson, ready for toCsv: how many questions they answered, how many
 * were right or wrong (marked open answers included), open answers still to mark, and the score as "right of scored".
 * Join times are the school's (`clock`), with their offset from UTC.
 */
export function studentSummaryRows(
  classroom: Classroom,
  lesson: Lesson,
  students: Student[],
  answers: Answer[],
  clock: Clock,
): string[][] {
  const report = lessonReport(lesson, students, answers);
  const ids = new Set(lesson.questions.map((q) => q.id));
  const rows = report.rows.map((row) => {
    const mine = answers.filter(
      (a) => a.studentId === row.student.id && a.lessonId === lesson.id && ids.has(a.questionId),
    );
    const marked = (verdict: string) => mine.filter((a) => a.mark?.verdict === verdict).length;
    const unmarked = mine.filter((a) => a.correct === null && !a.mark).length;
    const answered = row.cells.filter((c) => c !== 'none').length;
    return [
      classroom.name,
      row.student.name,
      clock.iso(row.student.joinedAt),
      lesson.title,
      String(lesson.questions.length),
      String(answered),
      String(row.correct),
      String(row.scored - row.correct),
      String(marked('good')),
      String(marked('needs-work')),
      String(unmarked),
      `${row.correct} of ${row.scored}`,
      row.percent === null ? '' : String(row.percent),
    ];
  });
  return [[...HEADER], ...rows];
}
