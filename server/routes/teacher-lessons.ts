import type { Request, Response } from 'express';
import { z } from 'zod';
import { httpError } from '../http/errors.ts';
import { buildLesson } from '../lessons/build-lesson.ts';
import { MAX_UPLOAD_BYTES, textFromUpload } from '../lessons/extract-upload.ts';
import { UPLOAD_ERRORS } from './teacher-upload.ts';
import type { Store } from '../store/types.ts';

/** Longer texts would make the analysis slow and the quiz unwieldy; a news article is far shorter. */
export const MAX_TEXT_CHARS = 100_000;

const pasteForm = z.object({
  title: z.string().trim().max(200, 'Keep the title under 200 characters.').optional().default(''),
  text: z
    .string({ error: 'Paste the article text.' })
    .refine((t) => t.trim().length > 0, 'Paste the article text.')
    .refine(
      (t) => t.length <= MAX_TEXT_CHARS,
      `The article is too long: at most ${MAX_TEXT_CHARS} characters.`,
    ),
});

/** Adding a lesson by pasting text or uploading a file. */
export function lessonHandlers(store: Store) {
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

  async function create(res: Response, text: string, title: string): Promise<void> {
    const built = buildLesson(text);
    if (built.analysis.sentences.length === 0) {
      throw httpError(
        422,
        'No sentences were found in that text. Paste or upload the article itself.',
      );
    }
    const lesson = await store.createLesson({
      title: title || built.title || 'Untitled lesson',
      text,
      analysis: built.analysis,
      overrides: [],
      questions: built.questions,
      published: false,
      bundled: false,
    });
    res.redirect(303, `/teacher/lessons/${lesson.id}`);
  }

  return {
    newPage: (_req: Request, res: Response) => showNew(res, 200, []),

    async paste(req: Request, res: Response): Promise<void> {
      const form = pasteForm.safeParse(req.body ?? {});
      if (!form.success) {
        const typed = {
          title: String(req.body?.title ?? '').slice(0, 200),
          text: String(req.body?.text ?? '').slice(0, MAX_TEXT_CHARS),
        };
        const tooLong = form.error.issues.some((i) =>
          i.message.startsWith('The article is too long'),
        );
        return showNew(
          res,
          tooLong ? 413 : 400,
          form.error.issues.map((i) => i.message),
          typed,
        );
      }
      await create(res, form.data.text, form.data.title);
    },

    async upload(req: Request, res: Response): Promise<void> {
      const file = req.file;
      if (!file) return showNew(res, 400, ['Choose a .txt, .md or .html file to upload.']);
      const result = textFromUpload(file.originalname, file.buffer);
      if (!result.ok) {
        const [status, message] = UPLOAD_ERRORS[result.reason];
        return showNew(res, status, [message]);
      }
      if (result.text.length > MAX_TEXT_CHARS) {
        return showNew(res, 413, [
          `The article is too long: at most ${MAX_TEXT_CHARS} characters.`,
        ]);
      }
      const title = typeof req.body?.title === 'string' ? req.body.title.trim().slice(0, 200) : '';
      await create(res, result.text, title || result.title || '');
    },
  };
}
