import type { Request, Response } from 'express';
import { shuffleChoices } from '../quiz/index.ts';
import type { Store } from '../store/types.ts';
import { cheerFor } from './student-cheer.ts';
import { shortPrompt } from './student-prompt.ts';
import { assignedLesson, ctxOf, takesAnswers } from './student-context.ts';
import {
  correctTexts,
  nextUrl,
  progressIn,
  questionAt,
  questionUrl,
  responseTexts,
  summaryUrl,
} from './student-progress.ts';

/** GET /play/:lessonId/q/:n/feedback — right or wrong, why, and the deciding words; only after answering. */
export function showFeedback(store: Store) {
  return async (req: Request, res: Response) => {
    const ctx = ctxOf(res);
    const lesson = await assignedLesson(store, ctx, req.params.lessonId);
    const { question, n } = questionAt(lesson, req.params.n);
    const progress = await progressIn(store, ctx, lesson);
    const answer = progress.answers.get(question.id);
    if (!answer) {
      res.redirect(303, questionUrl(lesson.id, n));
      return;
    }
    const sentence = lesson.analysis.sentences[question.sentenceIndex];
    const picked = new Set(answer.response);
    const correct = new Set<string>(question.correct);
    // In the order this student saw them, each marked: picked or not, right or not.
    const choices = shuffleChoices(question, ctx.student.id).map((c) => ({
      text: c.text,
      picked: picked.has(c.id),
      correct: correct.has(c.id),
    }));
    const rightSoFar = [...progress.answers.values()].filter((a) => a.correct === true).length;
    res.render('feedback', {
      title: `Feedback on question ${n}`,
      lesson: { id: lesson.id, title: lesson.title, total: lesson.questions.length },
      n,
      again: req.query.again === '1',
      verdict: answer.correct === null ? 'open' : answer.correct ? 'right' : 'wrong',
      prompt: question.prompt,
      short: shortPrompt(question, sentence?.kind ?? 'body'),
      choices,
      multiple: question.multiple,
      cheer: cheerFor(n),
      answered: progress.answers.size,
      rightSoFar,
      excerpt: question.excerpt,
      yours: responseTexts(question, answer.response),
      rightAnswers: question.type === 'rewrite' ? [] : correctTexts(question),
      explanation: question.explanation,
      sentence: sentence?.text ?? question.excerpt,
      evidence: sentence ? question.evidence : [],
      // A lesson that takes no more answers (archived, or the class closed) leads on to the answers so far.
      next: takesAnswers(ctx, lesson) ? nextUrl(lesson, progress, n) : summaryUrl(lesson.id),
    });
  };
}
