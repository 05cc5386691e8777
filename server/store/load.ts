import { readFile } from 'node:fs/promises';
import type { Database } from './types.ts';
import { emptyDatabase, migrate } from './migrations.ts';

/**
 * Reads and checks the data file. A missing file gives a fresh database; an unreadable or corrupt one
 * throws an error naming the file, and the file is left untouched.
 */
export async function loadDatabase(file: string): Promise<{ db: Database; needsWrite: boolean }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT')
      return { db: emptyDatabase(), needsWrite: true };
    throw new Error(`store: cannot read "${file}": ${(err as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new Error(
      `store: "${file}" is not valid JSON (${(err as Error).message}); fix it or move it away — Byline will not overwrite it`,
    );
  }
  const { db, changed } = migrate(parsed, file);
  return { db, needsWrite: changed };
}
