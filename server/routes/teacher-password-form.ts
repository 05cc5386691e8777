import { z } from 'zod';

/** The shortest teacher password accepted. */
export const MIN_PASSWORD = 8;

/** A new password typed twice, as on the setup and change-password forms. */
export const newPasswordFields = z
  .object({
    password: z
      .string({ error: 'Choose a password.' })
      .min(MIN_PASSWORD, `The password needs at least ${MIN_PASSWORD} characters.`)
      .max(1000),
    confirm: z.string({ error: 'Type the password a second time to confirm it.' }).max(1000),
  })
  .refine((f) => f.password === f.confirm, { message: 'The two passwords are not the same.' });
