import { createHash } from 'node:crypto';

/** A short, deterministic id (11 base64url characters of sha256) for a question's type and content. */
export function questionId(type: string, ...content: (string | number)[]): string {
  return createHash('sha256')
    .update(JSON.stringify([type, ...content]))
    .digest('base64url')
    .slice(0, 11);
}
