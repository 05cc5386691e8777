import type { Lesson } from './types.ts';

/** A store lookup for a record that does not exist; the error handler shows it as a 404 page. */
export class NotFoundError extends Error {
  readonly status = 404;
  constructor(kind: string, id: string) {
    super(`store: unknown ${kind} "${id}"`);
  }
}

/**
 * A lesson save made from an older version than the stored one; nothing was changed. `current` is the
 * stored lesson, so the caller can show what changed and keep the teacher's input.
 */
export class StaleVersionError extends Error {
  readonly status = 409;
  constructor(
    readonly current: Lesson,
    readonly expectedVersion: number,
  ) {
    super(
      `store: lesson "${current.id}" is at version ${current.version}, the change was made from version ${expectedVersion}`,
    );
  }
}

/**
 * A change that could not be made durable (disk full, I/O error, store closed). It was not applied:
 * no later read shows it. Status 503: the request may be tried again.
 */
export class WriteFailedError extends Error {
  readonly status = 503;
  constructor(detail: string, options?: { cause?: unknown }) {
    super(`store: a change could not be saved: ${detail}`, options);
  }
}
