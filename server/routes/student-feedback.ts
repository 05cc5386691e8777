import type { Request, Response } from 'express';
import type { Store } from '../store/types.ts';
import { assignedLesson, ctxOf } from './student-context.ts';
import {
  correctTexts,
  nextUrl,
  progressIn,
  questionAt,
  questionUrl,
  responseTexts,
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
    res.render('feedback', {
      title: `Feedback on question ${n}`,
      lesson: { id: lesson.id, title: lesson.title, total: lesson.questions.length },
      n,
      again: req.query.again === '1',
      verdict: answer.correct === null ? 'open' : answer.correct ? 'right' : 'wrong',
      prompt: question.prompt,
      excerpt: question.excerpt,
      yours: responseTexts(question, answer.response),
      rightAnswers: question.type === 'rewrite' ? [] : correctTexts(question),
      explanation: question.explanation,
      sentence: sentence?.text ?? question.excerpt,
      evidence: sentence ? question.evidence : [],
      next: nextUrl(lesson, progress, n),
    });
  };
}
