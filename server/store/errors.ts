/** A store lookup for a record that does not exist; the error handler shows it as a 404 page. */
export class NotFoundError extends Error {
  readonly status = 404;
  constructor(kind: string, id: string) {
    super(`store: unknown ${kind} "${id}"`);
  }
}
