import type { Answer, Lesson, Student } from '../store/types.ts';

export interface LiveStudent {
  name: string;
  joinedAt: string;
  /** Questions of the lesson this student has answered. */
  answered: number;
  done: boolean;
}

export interface LiveEvent {
  student: string;
  /** 1-based question number. */
  question: number;
  at: string;
}

export interface LiveBoard {
  total: number;
  students: LiveStudent[];
  /** How many students answered each question, in lesson order. */
  perQuestion: number[];
  /** Newest first: who answered which question when, never what or whether it was right. */
  latest: LiveEvent[];
  finished: number;
}

/**
 * What the live class view shows for one lesson: who joined, how far each student is, and answers as they
 * arrive. It says nothing about what anyone answered, so it is safe on a projector.
 */
export function liveBoard(
  lesson: Lesson,
  students: Student[],
  answers: Answer[],
  latest = 8,
): LiveBoard {
  const number = new Map(lesson.questions.map((q, i) => [q.id, i + 1]));
  const names = new Map(students.map((s) => [s.id, s.name]));
  const mine = answers.filter((a) => a.lessonId === lesson.id && number.has(a.questionId));
  const seen = new Map<string, Set<string>>();
  for (const a of mine) {
    const set = seen.get(a.studentId) ?? new Set<string>();
    set.add(a.questionId);
    seen.set(a.studentId, set);
  }
  const total = lesson.questions.length;
  const rows = [...students]
    .sort((a, b) => a.joinedAt.localeCompare(b.joinedAt))
    .map((s) => {
      const answered = seen.get(s.id)?.size ?? 0;
      return {
        name: s.name,
        joinedAt: s.joinedAt,
        answered,
        done: total > 0 && answered === total,
      };
    });
  const perQuestion = lesson.questions.map(
    (q) => [...seen.values()].filter((set) => set.has(q.id)).length,
  );
  const events = [...mine]
    .sort((a, b) => b.answeredAt.localeCompare(a.answeredAt))
    .slice(0, latest)
    .map((a) => ({
      student: names.get(a.studentId) ?? '(unknown student)',
      question: number.get(a.questionId) ?? 0,
      at: a.answeredAt,
    }));
  return {
    total,
    students: rows,
    perQuestion,
    latest: events,
    finished: rows.filter((r) => r.done).length,
  };
}
