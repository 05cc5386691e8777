import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/**
 * helmet with Byline's settings (securityHeaders sends exactly its headers): a strict CSP, everything
 * from this server, no inline script or style. Byline usually runs over plain HTTP on a school network,
 * so no HSTS and no upgrade-insecure-requests.
 */
export function helmetHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
      },
    },
    strictTransportSecurity: false,
  });
}

/**
 * helmet's headers, worked out once: helmet runs a dozen middlewares and rebuilds the CSP text on every
 * request, though with these settings every value is fixed. Its headers are recorded by running it once,
 * then set as they are on each response, so responses carry exactly what helmet would send.
 */
export function securityHeaders() {
  const headers: [string, string | string[]][] = [];
  const removed: string[] = [];
  const recorder = {
    setHeader: (name: string, value: string | string[]) => void headers.push([name, value]),
    removeHeader: (name: string) => void removed.push(name),
  };
  let done = false;
  helmetHeaders()({} as Request, recorder as unknown as Response, () => void (done = true));
  if (!done) throw new Error('security: helmet did not finish synchronously');
  return (_req: Request, res: Response, next: NextFunction): void => {
    for (const name of removed) res.removeHeader(name);
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}
