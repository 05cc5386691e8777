import type { Response } from 'express';
import { slug } from '../quiz/choice-id.ts';
import { toCsv } from '../reports/index.ts';

/** A name's part of a file name; a name with no Latin letters or digits still needs something between the dashes. */
export function fileSlug(text: string, fallback: string): string {
  return slug(text) || fallback;
}

/** Sends `body` as a file to save, never cached (a shared classroom computer must not keep a class's answers). */
export function download(res: Response, type: string, file: string, body: string): void {
  res.set('Content-Type', `${type}; charset=utf-8`);
  res.set('Content-Disposition', `attachment; filename="${file}"`);
  res.set('Cache-Control', 'no-store');
  res.send(body);
}

/** Sends rows as a CSV file to save. */
export function downloadCsv(
  res: Response,
  file: string,
  rows: readonly (readonly string[])[],
): void {
  // The byte-order mark makes spreadsheet programs read the file as UTF-8 (accented names).
  download(res, 'text/csv', file, '\uFEFF' + toCsv(rows));
}
