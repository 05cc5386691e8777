import { customAlphabet, nanoid } from 'nanoid';

/** Join codes avoid characters pupils confuse when copying from a board: no 0/O, 1/I/L. */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;

const joinCode = customAlphabet(JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH);

/** A new record id. */
export function newId(): string {
  return nanoid();
}

/** A secret long enough to be unguessable, for student tokens and the cookie secret. */
export function newSecret(): string {
  return nanoid(32);
}

/** A join code not in `taken`. */
export function newJoinCode(taken: ReadonlySet<string>): string {
  for (;;) {
    const code = joinCode();
    if (!taken.has(code)) return code;
  }
}
