import type { Lesson } from '../store/types.ts';
import { MAX_OPEN_ANSWER, type Choice, type Question } from '../quiz/index.ts';
import { questionUrl } from './student-progress.ts';
import { shortPrompt } from './student-prompt.ts';

/** What question.ejs shows of a question: same for every student but for the order of the choices. */
export function questionData(lesson: Lesson, question: Question, n: number, choices: Choice[]) {
  const kind = lesson.analysis.sentences[question.sentenceIndex]?.kind ?? 'body';
  return {
    title: `Question ${n} of ${lesson.questions.length}`,
    lesson: { id: lesson.id, title: lesson.title, total: lesson.questions.length },
    n,
    // Only what the student needs to answer: never `correct`, `explanation` or `evidence`.
    question: {
      id: question.id,
      type: question.type,
      prompt: question.prompt,
      excerpt: question.excerpt,
      multiple: question.multiple,
      choices,
    },
    short: shortPrompt(question, kind),
    maxOpen: MAX_OPEN_ANSWER,
    action: questionUrl(lesson.id, n),
  };
}

/**
 * A question page is the same for every student who sees the choices in the same order, but for the
 * form token and the count answered. The version (and time, should a failed save have been undone) of
 * the lesson makes a teacher's correction show at once.
 */
export function pageKey(lesson: Lesson, n: number, choices: readonly { id: string }[]): string {
  const order = choices.map((c) => c.id).join('\u0000');
  return `${lesson.id}\u0000${lesson.version}\u0000${lesson.updatedAt}\u0000${n}\u0000${order}`;
}
