import type { Request, Response } from 'express';
import { z } from 'zod';
import { httpError } from '../http/errors.ts';
import { rebuildQuestions } from '../lessons/build-lesson.ts';
import {
  applyOverrides,
  DEFAULT_SELECTION,
  generateQuestions,
  LABELS,
  labelText,
  MAX_COUNT,
  MIN_CONFIDENCE,
  MIN_COUNT,
  QUESTION_TYPES,
  quizConfidence,
  speakerConfidenceOf,
  unaskedLabels,
} from '../quiz/index.ts';
import { questionKind } from '../reports/index.ts';
import type { Clock } from '../http/clock.ts';
import type { Lesson, SentenceOverride, Store } from '../store/types.ts';
import { StaleVersionError } from '../store/errors.ts';
import { staleChanges, type StaleConflict } from './teacher-stale.ts';
import { loadLesson } from './teacher-load.ts';
import { overridesFromForm } from './teacher-overrides.ts';
import { reviewPage } from './teacher-paging.ts';
import { unsureSentences } from './teacher-unsure.ts';
import { paragraphsOf } from './student-paragraphs.ts';
import { issueMessages } from './form-text.ts';

const titleField = z
  .string()
  .trim()
  .min(1, 'The lesson needs a title.')
  .max(200, 'Keep the title under 200 characters.');

// How many questions of each kind the article offers, so the teacher sees what a choice of kinds allows.
function offeredKinds(lesson: Lesson): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const q of generateQuestions(lesson.analysis, lesson.overrides))
    counts[q.type] = (counts[q.type] ?? 0) + 1;
  return counts;
}

/** The lesson version a review form was made from; undefined when the form has none (no check). */
function formVersion(raw: unknown): number | undefined {
  return typeof raw === 'string' && /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : undefined;
}

/** Reviewing a lesson's analysis, correcting it, and publishing it. */
export function reviewHandlers(store: Store, clock: Clock) {
  async function showReview(
    req: Request,
    res: Response,
    lesson: Lesson,
    status: number,
    errors: string[],
    rawPage: unknown,
    conflict?: StaleConflict,
  ): Promise<void> {
    const paging = reviewPage(lesson.analysis.sentences.length, rawPage);
    const corrected = applyOverrides(lesson.analysis, lesson.overrides);
    const byIndex = new Map<number, SentenceOverride>(
      lesson.overrides.map((o) => [o.sentenceIndex, o]),
    );
    const answers = await store.listAnswers({ lessonId: lesson.id });
    const ids = new Set(lesson.questions.map((q) => q.id));
    const classes = (await store.listClasses()).filter((c) => c.lessonIds.includes(lesson.id));
    const unsure = unsureSentences(corrected, paging.pages);
    const listed = new Set(unsure.map((u) => u.index));
    // Sentences that were unsure before the teacher's corrections and are not any more: checked.
    const checkedUnsure = unsureSentences(lesson.analysis, paging.pages).filter(
      (u) => !listed.has(u.index),
    ).length;
    res.status(status).render('teacher/lesson-review', {
      title: `Review: ${lesson.title}`,
      lesson,
      paging,
      sentences: corrected.sentences.slice(paging.start, paging.end).map((s) => {
        const original = lesson.analysis.sentences.find((o) => o.index === s.index) ?? s;
        return {
          corrected: s,
          original,
          override: byIndex.get(s.index),
          questions: lesson.questions.filter((q) => q.sentenceIndex === s.index).length,
          unsure: listed.has(s.index),
          // Byline's own confidence in its label, as the quiz takes it (before the teacher's corrections)
          confidence: quizConfidence(original),
          speakerConfidence: s.quotes.map(speakerConfidenceOf),
          // Byline's own, before the teacher's corrections: an unsure one offers "This speaker is right".
          analyzerSpeakerConfidence: original.quotes.map(speakerConfidenceOf),
        };
      }),
      unsure,
      checkedUnsure,
      analysis: corrected,
      paragraphs: paragraphsOf(corrected.sentences, null),
      labels: LABELS,
      labelText,
      minConfidence: MIN_CONFIDENCE,
      errors,
      saved: req.query.saved === '1' && !conflict,
      conflict,
      clock,
      answerCount: answers.length,
      retiredCount: answers.filter((a) => !ids.has(a.questionId)).length,
      classes,
      selection: lesson.selection ?? { ...DEFAULT_SELECTION, count: lesson.questions.length },
      offered: offeredKinds(lesson),
      unasked: unaskedLabels(lesson.questions),
      questionTypes: QUESTION_TYPES,
      questionKind,
      minCount: MIN_COUNT,
      maxCount: MAX_COUNT,
    });
  }

  return {
    async show(req: Request, res: Response): Promise<void> {
      await showReview(req, res, await loadLesson(store, req.params.id), 200, [], req.query.page);
    },

    async save(req: Request, res: Response): Promise<void> {
      const lesson = await loadLesson(store, req.params.id);
      const body = (req.body ?? {}) as Record<string, unknown>;
      const { overrides, errors } = overridesFromForm(lesson.analysis, lesson.overrides, body);
      const title =
        body.title === undefined
          ? { success: true as const, data: lesson.title }
          : titleField.safeParse(body.title);
      if (!title.success) errors.push(...issueMessages(title.error));
      if (errors.length > 0 || !title.success)
        return showReview(req, res, lesson, 400, errors, body.page);
      const version = formVersion(body.version);
      try {
        // Answers are never deleted: questions that did not change keep their ids, so their answers still count.
        await store.updateLesson(
          lesson.id,
          {
            title: title.data,
            overrides,
            questions: rebuildQuestions(lesson.analysis, overrides, lesson.selection, {
              current: lesson.questions,
            }),
          },
          { expectedVersion: version },
        );
      } catch (err) {
        if (!(err instanceof StaleVersionError)) throw err;
        // Another tab or teacher saved first: show their version with this teacher's input on top, unsaved.
        const current = err.current;
        const mine = overridesFromForm(current.analysis, current.overrides, body).overrides;
        const draft: Lesson = { ...current, title: title.data, overrides: mine };
        const conflict = staleChanges(current, draft, version ?? 0);
        return showReview(req, res, draft, 409, [], body.page, conflict);
      }
      const { page } = reviewPage(lesson.analysis.sentences.length, body.page);
      res.redirect(303, `/teacher/lessons/${lesson.id}?saved=1&page=${page}`);
    },

    setPublished(published: boolean) {
      return async (req: Request, res: Response): Promise<void> => {
        const lesson = await loadLesson(store, req.params.id);
        // The page puts Publish behind an "I have checked" box; a request without it (an old form, a script)
        // must not skip the check either.
        if (published && (req.body as Record<string, unknown> | undefined)?.reviewed !== 'yes') {
          throw httpError(
            400,
            'Not published yet: tick “I have checked the labels and the questions” under the review, then press “Publish to students”.',
            {
              href: `/teacher/lessons/${encodeURIComponent(lesson.id)}#publish`,
              text: 'Back to the lesson to check and publish',
            },
          );
        }
        if (published && lesson.questions.length === 0) {
          throw httpError(
            409,
            'This lesson has no questions yet, so students would have nothing to answer.',
          );
        }
        await store.updateLesson(lesson.id, { published });
        res.redirect(303, `/teacher/lessons/${lesson.id}`);
      };
    },
  };
}
