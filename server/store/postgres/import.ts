import type pg from 'pg';
import type { Database } from '../types.ts';
import { lessonBody } from './rows.ts';
import { inTransaction } from './transaction.ts';

/** Everything a Byline store holds, as read through the Store interface. */
export type Snapshot = Pick<
  Database,
  'secret' | 'teacher' | 'lessons' | 'classes' | 'students' | 'answers'
>;

export interface ImportCounts {
  lessons: number;
  classes: number;
  students: number;
  answers: number;
}

export type ImportResult =
  | { status: 'imported'; added: ImportCounts; already: ImportCounts }
  /** The database holds records that are not in the snapshot; nothing was changed. */
  | { status: 'refused'; foreign: ImportCounts };

const TABLES = ['lessons', 'classes', 'students', 'answers'] as const;
const BATCH = 5000;

/** Rows of one table from a jsonb array of records; each statement inserts a batch, skipping ids already there. */
const INSERTS: Record<(typeof TABLES)[number], string> = {
  lessons: `INSERT INTO lessons (id, title, published, version, created_at, updated_at, body)
    SELECT id, title, published, version, "createdAt", "updatedAt", body FROM jsonb_to_recordset($1::jsonb)
    AS x(id text, title text, published boolean, version integer, "createdAt" text, "updatedAt" text, body jsonb)
    ON CONFLICT DO NOTHING`,
  classes: `INSERT INTO classes (id, name, code, lesson_ids, closed, created_at)
    SELECT id, name, code, ARRAY(SELECT jsonb_array_elements_text("lessonIds")), closed, "createdAt"
    FROM jsonb_to_recordset($1::jsonb)
    AS x(id text, name text, code text, "lessonIds" jsonb, closed boolean, "createdAt" text)
    ON CONFLICT DO NOTHING`,
  students: `INSERT INTO students (id, class_id, name, token, joined_at)
    SELECT id, "classId", name, token, "joinedAt" FROM jsonb_to_recordset($1::jsonb)
    AS x(id text, "classId" text, name text, token text, "joinedAt" text)
    ON CONFLICT DO NOTHING`,
  answers: `INSERT INTO answers (id, class_id, student_id, lesson_id, question_id, response, correct, answered_at, mark)
    SELECT id, "classId", "studentId", "lessonId", "questionId", ARRAY(SELECT jsonb_array_elements_text(response)),
      correct, "answeredAt", mark
    FROM jsonb_to_recordset($1::jsonb)
    AS x(id text, "classId" text, "studentId" text, "lessonId" text, "questionId" text, response jsonb,
      correct boolean, "answeredAt" text, mark jsonb)
    ON CONFLICT DO NOTHING`,
};

function rowsOf(snapshot: Snapshot, table: (typeof TABLES)[number]): object[] {
  if (table !== 'lessons') return snapshot[table];
  return snapshot.lessons.map((l) => ({ ...l, body: JSON.parse(lessonBody(l)) as object }));
}

/**
 * Copies a snapshot into the database in one transaction. Records already there (same id, or the same
 * student, lesson and question for an answer) are skipped, so running it again changes nothing. A database
 * holding records of its own is refused unless `force`; then the snapshot is added beside them and the
 * database keeps its own secret and password.
 */
export async function importSnapshot(
  pool: pg.Pool,
  snapshot: Snapshot,
  force: boolean,
): Promise<ImportResult> {
  return inTransaction(pool, async (client) => {
    // Nobody else may change the tables while we compare and copy.
    await client.query(`LOCK TABLE ${TABLES.join(', ')} IN SHARE ROW EXCLUSIVE MODE`);
    const foreign = {} as ImportCounts;
    for (const table of TABLES) {
      const ids = snapshot[table].map((r) => r.id);
      const { rows } = await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM ${table} WHERE NOT (id = ANY($1::text[]))`,
        [ids],
      );
      foreign[table] = Number(rows[0]!.n);
    }
    const isForeign = TABLES.some((t) => foreign[t] > 0);
    // nothing written yet: committing only ends the reads and lets the lock go, as a rollback would
    if (isForeign && !force) return { status: 'refused', foreign };
    const added = {} as ImportCounts;
    const already = {} as ImportCounts;
    for (const table of TABLES) {
      const rows = rowsOf(snapshot, table);
      let n = 0;
      for (let i = 0; i < rows.length; i += BATCH) {
        const result = await client.query(INSERTS[table], [
          JSON.stringify(rows.slice(i, i + BATCH)),
        ]);
        n += result.rowCount ?? 0;
      }
      added[table] = n;
      already[table] = rows.length - n;
    }
    if (!isForeign) {
      // The school's own secret and password: its teacher signs in as before.
      await client.query('UPDATE settings SET secret = $1, teacher_password_hash = $2', [
        snapshot.secret,
        snapshot.teacher.passwordHash,
      ]);
    }
    return { status: 'imported', added, already };
  });
}
