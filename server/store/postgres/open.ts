import type pg from 'pg';
import type { Store } from '../types.ts';
import { newSecret } from '../ids.ts';
import { createPool, redactUrl } from './pool.ts';
import { migrate } from './migrate.ts';
import { PostgresStore } from './postgres-store.ts';

/** Work to do once per database on start, such as first-start setup. */
export type Setup = (store: Store) => Promise<void>;

/**
 * Runs `setup` while holding a session advisory lock keyed by the schema, so instances starting at once
 * take turns and the second sees what the first created (one demo class, not two).
 */
async function setupExclusively(pool: pg.Pool, store: Store, setup: Setup): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(hashtext('byline-setup:' || current_schema()))`);
    await setup(store);
  } finally {
    // Ending the session releases the lock even if setup failed.
    client.release(true);
  }
}

/**
 * Connects to the database at `url`, brings its schema up to date, creates the settings row with a secret
 * on first use (the first instance's secret wins, so all instances sign cookies alike) and runs `setup`.
 * Throws one line naming the database (without its password) when it cannot be reached.
 */
export async function openPostgresStore(url: string, setup?: Setup): Promise<PostgresStore> {
  const pool = createPool(url);
  try {
    await migrate(pool);
    await pool.query('INSERT INTO settings (secret) VALUES ($1) ON CONFLICT (id) DO NOTHING', [
      newSecret(),
    ]);
    const { rows } = await pool.query<{ secret: string }>('SELECT secret FROM settings');
    const store = new PostgresStore(pool, rows[0]!.secret);
    if (setup) await setupExclusively(pool, store, setup);
    return store;
  } catch (err) {
    await pool.end().catch(() => undefined);
    const message = (err as Error).message;
    throw new Error(
      message.startsWith('store:')
        ? message
        : `store: cannot use the PostgreSQL database ${redactUrl(url)}: ${message || String(err)}`,
    );
  }
}
