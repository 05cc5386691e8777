import type { Request, Response } from 'express';
import type { Store } from '../store/types.ts';
import { applyOverrides } from '../quiz/index.ts';
import { answerCorrect } from '../reports/answer-score.ts';
import { assignedLesson, ctxOf, takesAnswers } from './student-context.ts';
import { progressIn, questionUrl, summaryUrl } from './student-progress.ts';
import { paragraphsOf } from './student-paragraphs.ts';
import { practiseTips } from './student-practise.ts';
import { shortPrompt } from './student-prompt.ts';

/** GET /play/:lessonId — the article to read first, then a link to the next question. */
export function showLesson(store: Store) {
  return async (req: Request, res: Response) => {
    const ctx = ctxOf(res);
    const lesson = await assignedLesson(store, ctx, req.params.lessonId);
    const progress = await progressIn(store, ctx, lesson);
    const paragraphs = paragraphsOf(lesson.analysis.sentences, lesson.title);
    const next =
      progress.nextOpen !== null
        ? {
            href: questionUrl(lesson.id, progress.nextOpen),
            text: progress.answers.size === 0 ? 'Start the questions' : 'Continue the questions',
          }
        : { href: summaryUrl(lesson.id), text: 'See your summary' };
    res.render('lesson', {
      title: lesson.title,
      lesson: { id: lesson.id, title: lesson.title, total: lesson.questions.length },
      done: progress.answers.size,
      paragraphs,
      next: lesson.questions.length > 0 ? next : null,
      closed: ctx.classroom.closed,
      archived: lesson.archived === true,
      summaryHref: summaryUrl(lesson.id),
    });
  };
}

/**
 * GET /play/:lessonId/summary — score, every answer and the annotated article, once all are answered, or once the
 * lesson takes no more answers (class closed, lesson archived): then the answers so far.
 */
export function showSummary(store: Store) {
  return async (req: Request, res: Response) => {
    const ctx = ctxOf(res);
    const lesson = await assignedLesson(store, ctx, req.params.lessonId);
    const progress = await progressIn(store, ctx, lesson);
    // The annotated article gives every label away, so it waits until the last answer, or until no answer can
    // come any more.
    const open = takesAnswers(ctx, lesson);
    if (progress.nextOpen !== null && (open || progress.answers.size === 0)) {
      res.redirect(303, open ? questionUrl(lesson.id, progress.nextOpen) : `/play/${lesson.id}`);
      return;
    }
    const rows = lesson.questions.map((q, i) => {
      const answer = progress.answers.get(q.id);
      return {
        n: i + 1,
        prompt: q.prompt,
        heading: shortPrompt(q, lesson.analysis.sentences[q.sentenceIndex]?.kind ?? 'body').heading,
        // A marked rewrite counts like a scored answer; its mark and comment are shown beside it.
        answered: answer !== undefined,
        correct: answer ? answerCorrect(answer) : null,
        mark: answer?.mark ?? null,
        href: questionUrl(lesson.id, i + 1, '/feedback'),
      };
    });
    const scored = rows.filter((r) => r.correct !== null);
    const corrected = applyOverrides(lesson.analysis, lesson.overrides);
    res.render('summary', {
      title: `Summary: ${lesson.title}`,
      lesson: { id: lesson.id, title: lesson.title },
      who: { name: ctx.student.name, className: ctx.classroom.name },
      today: new Date().toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      }),
      score: scored.filter((r) => r.correct === true).length,
      scoredCount: scored.length,
      openCount: rows.filter((r) => r.answered && r.correct === null).length,
      unanswered: rows.filter((r) => !r.answered).length,
      rows,
      practise: practiseTips(lesson.questions, progress.answers),
      paragraphs: paragraphsOf(corrected.sentences, null),
    });
  };
}
