import type { Request, Response } from 'express';
import { z } from 'zod';
import type { Store } from '../store/types.ts';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../store/index.ts';
import { writeStudentToken } from '../http/student-cookie.ts';
import { currentStudent } from './student-context.ts';
import { formText, hasControlChars, issueMessages } from './form-text.ts';
import { normaliseName } from './student-name.ts';

const CODE = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

const JoinForm = z.object({
  code: z
    .string({ error: 'Type the class code.' })
    .trim()
    .toUpperCase()
    .regex(
      CODE,
      `A class code is ${JOIN_CODE_LENGTH} letters and digits, like the one on the board.`,
    ),
  name: z
    .string({ error: 'Type your name.' })
    .refine((n) => !hasControlChars(n), 'Names cannot contain control characters.')
    // Invisible and direction-changing characters go, so "Ada" cannot hide behind a look-alike.
    .transform(normaliseName)
    .pipe(z.string().min(1, 'Type your name.').max(40, 'Names are at most 40 characters.')),
});

interface FormValues {
  code: string;
  name: string;
}

async function renderForm(
  store: Store,
  req: Request,
  res: Response,
  status: number,
  values: FormValues,
  errors: string[],
): Promise<void> {
  const current = await currentStudent(store, req);
  res.status(status).render('join', { title: 'Join your class', values, errors, current });
}

/** GET / — the join form, with a way back in for a student this device already knows. */
export function showJoin(store: Store) {
  return async (req: Request, res: Response) => {
    const code = formText(req.query.code, JOIN_CODE_LENGTH).toUpperCase();
    await renderForm(store, req, res, 200, { code, name: '' }, []);
  };
}

/** POST /join — validates code and name, creates the student, keeps them in a signed cookie. */
export function join(store: Store) {
  return async (req: Request, res: Response): Promise<void> => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const values = { code: formText(body.code, 12), name: formText(body.name, 40) };
    const refuse = (status: number, errors: string[]) =>
      renderForm(store, req, res, status, values, errors);
    const parsed = JoinForm.safeParse({ code: body.code, name: body.name });
    if (!parsed.success) return refuse(400, issueMessages(parsed.error));
    const { code, name } = parsed.data;
    const classroom = await store.getClassByCode(code);
    if (!classroom) {
      // The form is well made but names no class: a form error (422), not a missing page.
      return refuse(422, [`No class uses the code ${code}. Check the code on the board.`]);
    }
    if (classroom.closed) {
      return refuse(403, [`The class "${classroom.name}" is closed and takes no new answers.`]);
    }
    const known = await currentStudent(store, req);
    if (known && known.classId === classroom.id) {
      res.redirect(303, '/class');
      return;
    }
    const student = await store.createStudent(classroom.id, name);
    writeStudentToken(req, res, student.token);
    res.redirect(303, '/class');
  };
}
