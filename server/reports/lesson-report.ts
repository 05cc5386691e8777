import type { Question } from '../quiz/types.ts';
import type { Answer, Lesson, Student } from '../store/types.ts';
import { answerCorrect } from './answer-score.ts';
import { percent } from './percent.ts';

/** What a student did with one question: text marks so the grid never relies on colour. */
export type Cell = 'correct' | 'wrong' | 'open' | 'none';

export interface QuestionStat {
  question: Question;
  /** 1-based position in the lesson. */
  number: number;
  answered: number;
  correct: number;
  /** null for open questions and for questions nobody has answered. */
  percentCorrect: number | null;
}

export interface StudentRow {
  student: Student;
  cells: Cell[];
  correct: number;
  /** Scored answers given: choice answers and marked open answers (unmarked ones are not scored yet). */
  scored: number;
  percent: number | null;
}

export interface LessonReport {
  questions: QuestionStat[];
  rows: StudentRow[];
  /** Answers to questions the lesson no longer has (an edit changed them); kept, but not counted. */
  retired: Answer[];
}

function cellOf(answer: Answer | undefined): Cell {
  if (!answer) return 'none';
  const correct = answerCorrect(answer);
  if (correct === null) return 'open';
  return correct ? 'correct' : 'wrong';
}

/** The student × question grid, score per student and percent correct per question for one class and lesson. */
export function lessonReport(lesson: Lesson, students: Student[], answers: Answer[]): LessonReport {
  const mine = answers.filter((a) => a.lessonId === lesson.id);
  const byKey = new Map<string, Answer>();
  for (const a of mine) {
    const key = `${a.studentId} ${a.questionId}`;
    // The first answer is the one scored.
    const seen = byKey.get(key);
    if (!seen || a.answeredAt < seen.answeredAt) byKey.set(key, a);
  }
  const ids = new Set(lesson.questions.map((q) => q.id));
  const rows = students.map((student) => {
    const cells = lesson.questions.map((q) => cellOf(byKey.get(`${student.id} ${q.id}`)));
    const correct = cells.filter((c) => c === 'correct').length;
    const scored = correct + cells.filter((c) => c === 'wrong').length;
    return { student, cells, correct, scored, percent: percent(correct, scored) };
  });
  const questions = lesson.questions.map((question, i) => {
    const cells = rows.map((r) => r.cells[i]);
    const correct = cells.filter((c) => c === 'correct').length;
    const wrong = cells.filter((c) => c === 'wrong').length;
    const answered = correct + wrong + cells.filter((c) => c === 'open').length;
    return {
      question,
      number: i + 1,
      answered,
      correct,
      percentCorrect: percent(correct, correct + wrong),
    };
  });
  return { questions, rows, retired: mine.filter((a) => !ids.has(a.questionId)) };
}
