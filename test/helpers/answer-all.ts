import type { Answer, Classroom, Lesson, Student, Store } from '../../server/store/types.ts';

/**
 * Stores an answer from `student` to every question of `lesson`, straight in the store: choice questions
 * answered right, rewrites with `text`. Resolves with the stored answers, in question order.
 */
export async function answerAll(
  store: Store,
  { classroom, lesson, student }: { classroom: Classroom; lesson: Lesson; student: Student },
  text: string,
): Promise<Answer[]> {
  const out: Answer[] = [];
  for (const q of lesson.questions) {
    const open = q.type === 'rewrite';
    const result = await store.recordAnswer({
      classId: classroom.id,
      studentId: student.id,
      lessonId: lesson.id,
      questionId: q.id,
      response: open ? [text] : [...q.correct],
      correct: open ? null : true,
    });
    out.push(result.answer);
  }
  return out;
}
