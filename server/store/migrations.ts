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

/** Runs every step from schema `from` up to SCHEMA_VERSION. */
function upgrade(db: Raw, from: number): Raw {
  for (let v = from; v < SCHEMA_VERSION; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`store: no migration from schema ${v}`);
    db = step(db);
  }
  return db;
}

/** Each kind of journal line: the key of its record, and the database field such records live in. */
const RECORDS = {
  teacher: { key: 'teacher', field: 'teacher' },
  lesson: { key: 'lesson', field: 'lessons' },
  class: { key: 'classroom', field: 'classes' },
  student: { key: 'student', field: 'students' },
  answer: { key: 'answer', field: 'answers' },
} as const;

/**
 * Brings one journal line written in schema `from` up to SCHEMA_VERSION with the very steps a data file
 * takes: its record is put in a one-record database, migrated, and taken out again. A line of a kind this
 * Byline does not know is returned as it is, for the entry check to refuse.
 */
export function migrateEntry(line: Raw, from: number): Raw {
  if (from === SCHEMA_VERSION || typeof line.op !== 'string' || !Object.hasOwn(RECORDS, line.op)) {
    return line;
  }
  const { key, field } = RECORDS[line.op as keyof typeof RECORDS];
  // The teacher is one object in a database; every other record is one of a list.
  const one = field === 'teacher';
  const db = upgrade({ schemaVersion: from, [field]: one ? line[key] : [line[key]] }, from);
  return { ...line, [key]: one ? db[field] : (db[field] as unknown[])[0] };
}

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
  db = upgrade(db, from);
  for (const key of ['lessons', 'classes', 'students', 'answers'] as const) {
    if (!Array.isArray(db[key])) throw new Error(`store: "${file}" has no "${key}" list`);
  }
  return { db: db as unknown as Database, changed: from !== SCHEMA_VERSION };
}
