import type { Question } from '../quiz/types.ts';
import type { Answer, Student } from '../store/types.ts';

export interface OpenAnswer {
  question: Question;
  student: string;
  text: string;
  answeredAt: string;
}

/** The rewrite answers of a lesson, grouped in question order then by time, for the teacher to read. */
export function openAnswers(
  questions: Question[],
  students: Student[],
  answers: Answer[],
): OpenAnswer[] {
  const names = new Map(students.map((s) => [s.id, s.name]));
  const out: OpenAnswer[] = [];
  for (const question of questions) {
    if (question.type !== 'rewrite') continue;
    const given = answers
      .filter((a) => a.questionId === question.id)
      .sort((a, b) => a.answeredAt.localeCompare(b.answeredAt));
    for (const a of given) {
      out.push({
        question,
        student: names.get(a.studentId) ?? '(unknown student)',
        text: a.response.join('\n'),
        answeredAt: a.answeredAt,
      });
    }
  }
  return out;
}
