import { SCHEMA_VERSION, type Database } from './types.ts';
import { newSecret } from './ids.ts';

type Raw = Record<string, unknown>;

/** migrations[n] turns a version-n file into version n+1. Append only; never edit a released step. */
const migrations: ((db: Raw) => Raw)[] = [
  // 0 → 1: files written before schemaVersion existed; fill in what is missing.
  (db) => ({
    ...db,
    secret: typeof db.secret === 'string' && db.secret !== '' ? db.secret : newSecret(),
    teacher: db.teacher ?? { passwordHash: null },
    lessons: db.lessons ?? [],
    classes: db.classes ?? [],
    students: db.students ?? [],
    answers: db.answers ?? [],
    schemaVersion: 1,
  }),
  // 1 → 2: lessons carry a version for stale-save detection.
  (db) => ({
    ...db,
    lessons: Array.isArray(db.lessons)
      ? db.lessons.map((l: unknown) =>
          typeof l === 'object' && l !== null && !('version' in l) ? { ...l, version: 1 } : l,
        )
      : db.lessons,
    schemaVersion: 2,
  }),
];

/** A fresh, empty database. */
export function emptyDatabase(): Database {
  return {
    schemaVersion: SCHEMA_VERSION,
    secret: newSecret(),
    teacher: { passwordHash: null },
    lessons: [],
    classes: [],
    students: [],
    answers: [],
  };
}

/**
 * Brings parsed file content up to SCHEMA_VERSION. Throws on content that is not a Byline database
 * or comes from a newer Byline, so the caller never overwrites data it does not understand.
 */
export function migrate(parsed: unknown, file: string): { db: Database; changed: boolean } {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`store: "${file}" is not a Byline data file (expected a JSON object)`);
  }
  let db = parsed as Raw;
  const from = db.schemaVersion === undefined ? 0 : db.schemaVersion;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 0) {
    throw new Error(`store: "${file}" has an invalid schemaVersion ${JSON.stringify(from)}`);
  }
  if (from > SCHEMA_VERSION) {
    throw new Error(
      `store: "${file}" was written by a newer Byline (schema ${from}, this one knows ${SCHEMA_VERSION}); upgrade Byline`,
    );
  }
  for (let v = from; v < SCHEMA_VERSION; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`store: no migration from schema ${v}`);
    db = step(db);
  }
  for (const key of ['lessons', 'classes', 'students', 'answers'] as const) {
    if (!Array.isArray(db[key])) throw new Error(`store: "${file}" has no "${key}" list`);
  }
  return { db: db as unknown as Database, changed: from !== SCHEMA_VERSION };
}
