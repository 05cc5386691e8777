import type { Request, Response } from 'express';
import { z } from 'zod';
import type { BuildJob } from '../lessons/build-job.ts';
import { articleTextProblem, MAX_TEXT_CHARS } from '../lessons/extract-check.ts';
import { MAX_UPLOAD_BYTES } from '../lessons/extract-upload.ts';
import type { LessonBuilder } from '../lessons/lesson-builder.ts';
import { newLesson } from '../lessons/new-lesson.ts';
import { buildRefusal } from './teacher-build-errors.ts';
import { formText, issueMessages } from './form-text.ts';
import type { Store } from '../store/types.ts';

const pasteForm = z.object({
  title: z.string().trim().max(200, 'Keep the title under 200 characters.').optional().default(''),
  text: z.string({ error: 'Paste the article text.' }),
});

/** Adding a lesson by pasting text or uploading a file. */
export function lessonHandlers(store: Store, builder: LessonBuilder) {
  function showNew(
    res: Response,
    status: number,
    errors: string[],
    form = { title: '', text: '' },
  ): void {
    res.status(status).render('teacher/lesson-new', {
      title: 'Add a lesson',
      errors,
      form,
      maxMb: MAX_UPLOAD_BYTES / 1024 / 1024,
    });
  }

  async function create(
    res: Response,
    job: BuildJob,
    title: string,
    echo = { title: '', text: '' },
  ): Promise<void> {
    // Cheap checks here; reading, analysing and questions run in the worker thread, within a time limit.
    const problem = job.kind === 'text' ? articleTextProblem(job.text) : null;
    if (problem) return showNew(res, problem.status, [problem.message], echo);
    const outcome = await builder.build(job);
    if (!outcome.ok) {
      const [status, message] = buildRefusal(outcome);
      return showNew(res, status, [message], echo);
    }
    const { built, text } = outcome;
    const named = title || outcome.fileTitle || built.title || 'Untitled lesson';
    const lesson = await store.createLesson(newLesson(built, text, named, 'teacher'));
    res.redirect(303, `/teacher/lessons/${lesson.id}`);
  }

  return {
    newPage: (_req: Request, res: Response) => showNew(res, 200, []),

    async paste(req: Request, res: Response): Promise<void> {
      const echo = {
        title: formText(req.body?.title, 200),
        text: formText(req.body?.text, MAX_TEXT_CHARS),
      };
      const form = pasteForm.safeParse(req.body ?? {});
      if (!form.success) return showNew(res, 400, issueMessages(form.error), echo);
      await create(res, { kind: 'text', text: form.data.text }, form.data.title, echo);
    },

    async upload(req: Request, res: Response): Promise<void> {
      const file = req.file;
      if (!file) return showNew(res, 400, ['Choose a .txt, .md or .html file to upload.']);
      const title = typeof req.body?.title === 'string' ? req.body.title.trim().slice(0, 200) : '';
      await create(res, { kind: 'upload', filename: file.originalname, bytes: file.buffer }, title);
    },
  };
}
