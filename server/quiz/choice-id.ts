import { createHash } from 'node:crypto';

/** Up to 40 lower-case Latin letters and digits joined by "-" ("Année 9 B" → "annee-9-b"); may be empty. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/**
 * A readable, stable choice id from its text ("Claudia Sheinbaum" → "claudia-sheinbaum"), so stored
 * answers and CSV exports stay meaningful. Text with no Latin letters or digits gets a short hash instead.
 */
export function choiceId(text: string): string {
  return slug(text) || 'c-' + createHash('sha256').update(text).digest('base64url').slice(0, 8);
}
