import express, { type NextFunction, type Request, type Response } from 'express';

/** A pasted article may hold 100,000 characters; percent-encoded, curly quotes and dashes take up to 9 bytes each. */
const LIMIT = '1mb';
const WITHOUT_BODY = new Set(['GET', 'HEAD']);

/**
 * Posted forms (urlencoded) into `req.body`. Pages are asked for with GET or HEAD, which carry no form:
 * they skip the parser, its checks and the `body` property it adds to each request.
 */
export function formBodies() {
  const parse = express.urlencoded({ extended: false, limit: LIMIT });
  return (req: Request, res: Response, next: NextFunction): void => {
    if (WITHOUT_BODY.has(req.method)) next();
    else parse(req, res, next);
  };
}
