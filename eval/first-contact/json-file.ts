import { readFileSync } from 'node:fs';
import type { z } from 'zod';

/** Reads a JSON file the replay wrote and checks it against its schema; a one-line reason when absent or malformed. */
export function loadJsonFile<T>(schema: z.ZodType<T>, path: string): T | string {
  try {
    const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : `eval: ${path}: ${parsed.error.issues[0]?.message}`;
  } catch (err) {
    return `eval: ${path}: ${err instanceof Error ? err.message : String(err)}`;
  }
}
