import type { Request, Response } from 'express';
import { z } from 'zod';
import { buildLesson } from '../lessons/build-lesson.ts';
import { articleTextProblem, MAX_TEXT_CHARS } from '../lessons/extract-check.ts';
import { MAX_UPLOAD_BYTES, textFromUpload } from '../lessons/extract-upload.ts';
import { UPLOAD_ERRORS } from './teacher-upload.ts';
import { formText, issueMessages } from './form-text.ts';
import type { Store } from '../store/types.ts';

const pasteForm = z.object({
  title: z.string().trim().max(200, 'Keep the title under 200 characters.').optional().default(''),
  text: z.string({ error: 'Paste the article text.' }),
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

  async function create(
    res: Response,
    text: string,
    title: string,
    echo = { title: '', text: '' },
  ): Promise<void> {
    const problem = articleTextProblem(text);
    if (problem) return showNew(res, problem.status, [problem.message], echo);
    const built = buildLesson(text);
    if (built.analysis.sentences.length === 0) {
      return showNew(
        res,
        422,
        ['No sentences were found in that text. Give the article itself.'],
        echo,
      );
    }
    const lesson = await store.createLesson({
      title: title || built.title || 'Untitled lesson',
      text,
      analysis: built.analysis,
      overrides: [],
      questions: built.questions,
      selection: built.selection,
      published: false,
      bundled: false,
    });
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
      await create(res, form.data.text, form.data.title, echo);
    },

    async upload(req: Request, res: Response): Promise<void> {
      const file = req.file;
      if (!file) return showNew(res, 400, ['Choose a .txt, .md or .html file to upload.']);
      const result = textFromUpload(file.originalname, file.buffer);
      if (!result.ok) {
        const [status, message] = UPLOAD_ERRORS[result.reason];
        return showNew(res, status, [message]);
      }
      const title = typeof req.body?.title === 'string' ? req.body.title.trim().slice(0, 200) : '';
      await create(res, result.text, title || result.title || '');
    },
  };
}
