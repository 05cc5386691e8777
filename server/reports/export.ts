import type { Clock } from '../http/clock.ts';
import type { Question } from '../quiz/types.ts';
import type { Answer, Classroom, Lesson, Student } from '../store/types.ts';
import { answerCorrect, verdictText } from './answer-score.ts';

// Header of the answers export.
const EXPORT_HEADER = [
  'class',
  'student',
  'lesson',
  'question',
  'type',
  'answer',
  'correct',
  'time',
  'mark',
  'comment',
] as const;

function answerText(question: Question | undefined, answer: Answer): string {
  if (!question || question.type === 'rewrite') return answer.response.join('\n');
  const texts = new Map(question.choices.map((c) => [c.id, c.text]));
  return answer.response.map((id) => texts.get(id) ?? id).join('; ');
}

function questionText(question: Question | undefined, answer: Answer): string {
  if (!question) return `(retired question ${answer.questionId})`;
  return question.excerpt ? `${question.prompt} — ${question.excerpt}` : question.prompt;
}

/**
 * One row per answer (oldest first), ready for toCsv; answers to questions an edit removed stay, marked retired.
 * Times are the school's (`clock`), with their offset from UTC, so a spreadsheet still reads the exact moment.
 */
export function exportRows(
  classroom: Classroom,
  lessons: Lesson[],
  students: Student[],
  answers: Answer[],
  clock: Clock,
): string[][] {
  const lessonById = new Map(lessons.map((l) => [l.id, l]));
  const studentById = new Map(students.map((s) => [s.id, s]));
  const rows = [...answers]
    .filter((a) => a.classId === classroom.id)
    .sort((a, b) => a.answeredAt.localeCompare(b.answeredAt))
    .map((a) => {
      const lesson = lessonById.get(a.lessonId);
      const question = lesson?.questions.find((q) => q.id === a.questionId);
      // A marked open answer counts like a scored one; the mark and comment follow in their own columns.
      const scored = answerCorrect(a);
      const correct = scored === null ? '' : scored ? 'yes' : 'no';
      return [
        classroom.name,
        studentById.get(a.studentId)?.name ?? '',
        lesson?.title ?? a.lessonId,
        questionText(question, a),
        question?.type ?? '',
        answerText(question, a),
        correct,
        clock.iso(a.answeredAt),
        a.mark ? verdictText(a.mark.verdict) : '',
        a.mark?.comment ?? '',
      ];
    });
  return [[...EXPORT_HEADER], ...rows];
}
