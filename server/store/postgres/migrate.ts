import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Pool } from 'pg';
import { transactionOn } from './transaction.ts';

const MIGRATIONS_DIR = join(import.meta.dirname, 'migrations');
const FILE_NAME = /^(\d{3})_[a-z0-9_]+\.sql$/;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The numbered .sql files of `dir`, in order; a gap or a duplicate number is a packaging error. */
export async function readMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.sql')).sort();
  const list: Migration[] = [];
  for (const name of names) {
    const match = FILE_NAME.exec(name);
    if (!match) throw new Error(`store: migration file "${name}" is not named like 001_name.sql`);
    const version = Number(match[1]);
    if (version !== list.length + 1)
      throw new Error(`store: migration "${name}" should be number ${list.length + 1}`);
    list.push({ version, name, sql: await readFile(join(dir, name), 'utf8') });
  }
  return list;
}

/**
 * Brings the database's schema (the first one on the search path) up to date, each migration in its own
 * transaction. A session advisory lock, keyed by the schema, makes instances that start at once take turns:
 * the second finds the work done. Returns the versions it applied.
 */
export async function migrate(pool: Pool, migrations?: Migration[]): Promise<number[]> {
  const list = migrations ?? (await readMigrations());
  const client = await pool.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(hashtext('byline-migrate:' || current_schema()))`);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await client.query<{ version: number }>(
      'SELECT version FROM schema_migrations ORDER BY version',
    );
    const newest = rows.at(-1)?.version ?? 0;
    if (newest > list.length) {
      throw new Error(
        `store: the database was set up by a newer Byline (schema ${newest}, this one knows ${list.length}); upgrade Byline`,
      );
    }
    const applied: number[] = [];
    for (const m of list.slice(newest)) {
      try {
        await transactionOn(client, async () => {
          await client.query(m.sql);
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
            m.version,
            m.name,
          ]);
        });
      } catch (err) {
        throw new Error(`store: migration ${m.name} failed: ${(err as Error).message}`);
      }
      applied.push(m.version);
    }
    return applied;
  } finally {
    // Closing this connection ends its session and so releases the lock, whatever happened above.
    client.release(true);
  }
}
