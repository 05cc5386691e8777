/** An error whose message is written for the person using Byline; the error handler shows it with its status. */
export class HttpError extends Error {
  readonly expose = true;
  constructor(
    readonly status: number,
    message: string,
    /** Where the error page's button leads, when the message asks the reader to do something there. */
    readonly back?: { href: string; text: string },
    /** The page's heading when it says what happened better than "Something went wrong". */
    readonly title?: string,
  ) {
    super(message);
  }
}

/** Shorthand for `throw httpError(404, 'No such lesson.')`; `back` is the page that puts it right. */
export function httpError(
  status: number,
  message: string,
  back?: { href: string; text: string },
  title?: string,
): HttpError {
  return new HttpError(status, message, back, title);
}
