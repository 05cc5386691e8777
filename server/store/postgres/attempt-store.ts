import type pg from 'pg';
import type { AttemptRecord, AttemptStore } from '../../auth/attempt-store.ts';
import { inTransaction } from './transaction.ts';

/**
 * Sign-in counters in PostgreSQL, so every Byline process slows the same guesser down. `update` runs in
 * one transaction under an advisory lock on the key: two processes changing one counter take turns.
 */
export class PostgresAttemptStore implements AttemptStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly forgetMs: number,
  ) {}

  async update(
    key: string,
    change: (current: AttemptRecord | undefined) => AttemptRecord | undefined,
  ): Promise<AttemptRecord | undefined> {
    return inTransaction(this.pool, async (client) => {
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('byline-attempt:' || $1))`, [key]);
      const { rows } = await client.query<{ count: number; at: string }>(
        'SELECT count, at FROM login_attempts WHERE key = $1',
        [key],
      );
      const row = rows[0];
      const next = change(row ? { count: row.count, at: Number(row.at) } : undefined);
      if (next === undefined)
        await client.query('DELETE FROM login_attempts WHERE key = $1', [key]);
      else
        await client.query(
          `INSERT INTO login_attempts (key, count, at) VALUES ($1, $2, $3)
           ON CONFLICT (key) DO UPDATE SET count = excluded.count, at = excluded.at`,
          [key, next.count, next.at],
        );
      // Records nobody touched for a long time would only pile up.
      await client.query('DELETE FROM login_attempts WHERE at < $1', [Date.now() - this.forgetMs]);
      return next;
    });
  }
}
