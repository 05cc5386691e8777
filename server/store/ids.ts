import { customAlphabet, nanoid } from 'nanoid';

/** Join codes avoid characters pupils confuse when copying from a board: no 0/O, 1/I/L. */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;

const joinCode = customAlphabet(JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH);

const RECORD_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** True for a value shaped like a record id; checked before a lookup, so address junk never reaches the store. */
export function isRecordId(value: unknown): value is string {
  return typeof value === 'string' && RECORD_ID.test(value);
}

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
