/** An error whose message is written for the person using Byline; the error handler shows it with its status. */
export class HttpError extends Error {
  readonly expose = true;
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Shorthand for `throw httpError(404, 'No such lesson.')`. */
export function httpError(status: number, message: string): HttpError {
  return new HttpError(status, message);
}
