import type { Request } from 'express';

/** The address students open to join, with the code filled in: what the teacher writes on the board. */
export function joinUrl(req: Request, code: string): string {
  const host = req.get('host') ?? 'localhost';
  return `${req.protocol}://${host}/?code=${encodeURIComponent(code)}`;
}
