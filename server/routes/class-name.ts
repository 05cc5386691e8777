import { z } from 'zod';
import { hasControlChars } from './form-text.ts';

/**
 * The form of a class's name, for creating a class and for starting next term's from an old one: required, at most
 * 80 characters, nothing the teacher's lists and CSV cannot show. `missing` says what to do when it is empty.
 */
export function classNameForm(missing: string) {
  return z.object({
    name: z
      .string({ error: missing })
      .trim()
      .min(1, missing)
      .max(80, 'Keep the class name under 80 characters.')
      .refine((n) => !hasControlChars(n), 'The class name has characters that cannot be shown.'),
  });
}
