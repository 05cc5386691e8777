import { createHash } from 'node:crypto';

/**
 * A readable, stable choice id from its text ("Claudia Sheinbaum" → "claudia-sheinbaum"), so stored
 * answers and CSV exports stay meaningful. Text with no Latin letters or digits gets a short hash instead.
 */
export function choiceId(text: string): string {
  const slug = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'c-' + createHash('sha256').update(text).digest('base64url').slice(0, 8);
}
