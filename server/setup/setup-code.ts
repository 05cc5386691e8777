import { createHmac, timingSafeEqual } from 'node:crypto';
import { JOIN_CODE_ALPHABET } from '../store/index.ts';

const LENGTH = 10;

/**
 * The one-time code that proves the person setting the first teacher password can read Byline's console.
 * Derived from the store's secret, so it survives a restart and every process agrees on it; it stops working
 * once a password is set (the setup form is then gone). 10 characters of 31: about 2^50 possibilities.
 */
export function setupCode(secret: string): string {
  const digest = createHmac('sha256', secret).update('byline.setup-code').digest();
  let code = '';
  for (let i = 0; i < LENGTH; i++)
    code += JOIN_CODE_ALPHABET[digest[i]! % JOIN_CODE_ALPHABET.length];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** True when the typed code is the setup code; case, spaces and dashes do not matter. */
export function setupCodeMatches(secret: string, typed: unknown): boolean {
  if (typeof typed !== 'string' || typed.length > 100) return false;
  const clean = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');
  const expected = Buffer.from(clean(setupCode(secret)));
  const given = Buffer.from(clean(typed));
  return given.length === expected.length && timingSafeEqual(given, expected);
}
