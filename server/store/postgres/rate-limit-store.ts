import type pg from 'pg';
import type { ClientRateLimitInfo, Options, Store as RateLimitStore } from 'express-rate-limit';
import { Batcher, BATCHING } from './batcher.ts';

/** Expired rows are swept on one batch of hits in this many. */
const SWEEP_EVERY = 500;

/**
 * An express-rate-limit store in PostgreSQL: the limit holds for a client across every Byline process.
 * The window starts at the first hit and is timed by the database's clock, so the processes' clocks need
 * not agree. Hits arriving together are counted in one upsert (see Batcher): each hit still waits for a
 * count that includes it and every hit committed before it, on any process, so the count is exact.
 */
export class PostgresRateLimitStore implements RateLimitStore {
  readonly localKeys = false;
  readonly prefix: string;
  #windowMs = 60_000;
  #calls = 0;
  readonly #hits = new Batcher((keys: string[]) => this.#count(keys), BATCHING);

  constructor(
    private readonly pool: pg.Pool,
    name: string,
  ) {
    this.prefix = `${name}:`;
  }

  init(options: Options): void {
    this.#windowMs = options.windowMs;
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const { rows } = await this.pool.query<{ hits: number; reset_at: Date }>(
      'SELECT hits, reset_at FROM rate_limits WHERE key = $1 AND reset_at > now()',
      [this.prefix + key],
    );
    const row = rows[0];
    return row && { totalHits: row.hits, resetTime: row.reset_at };
  }

  increment(key: string): Promise<ClientRateLimitInfo> {
    return this.#hits.add(this.prefix + key);
  }

  /** Adds each key's hits in this batch to its row; the i-th hit of a key is told the count up to it. */
  async #count(keys: string[]): Promise<ClientRateLimitInfo[]> {
    if (++this.#calls % SWEEP_EVERY === 0) {
      this.pool.query('DELETE FROM rate_limits WHERE reset_at < now()').catch(() => undefined);
    }
    const hits = new Map<string, number>();
    for (const key of keys) hits.set(key, (hits.get(key) ?? 0) + 1);
    // Keys in order, so two processes' upserts lock shared rows in the same order (no deadlock).
    const unique = [...hits.keys()].sort();
    const { rows } = await this.pool.query<{ key: string; hits: number; reset_at: Date }>({
      name: 'rate-limit-add',
      text: `INSERT INTO rate_limits AS r (key, hits, reset_at)
             SELECT k, n, now() + $3 * interval '1 millisecond' FROM unnest($1::text[], $2::integer[]) AS v(k, n)
             ON CONFLICT (key) DO UPDATE SET
               hits = CASE WHEN r.reset_at <= now() THEN excluded.hits ELSE r.hits + excluded.hits END,
               reset_at = CASE WHEN r.reset_at <= now() THEN excluded.reset_at ELSE r.reset_at END
             RETURNING key, hits, reset_at`,
      values: [unique, unique.map((k) => hits.get(k)!), this.#windowMs],
    });
    const after = new Map(rows.map((r) => [r.key, r]));
    const seen = new Map<string, number>();
    return keys.map((key) => {
      const row = after.get(key)!;
      const nth = (seen.get(key) ?? 0) + 1;
      seen.set(key, nth);
      return { totalHits: row.hits - hits.get(key)! + nth, resetTime: row.reset_at };
    });
  }

  async decrement(key: string): Promise<void> {
    await this.pool.query(
      'UPDATE rate_limits SET hits = greatest(hits - 1, 0) WHERE key = $1 AND reset_at > now()',
      [this.prefix + key],
    );
  }

  async resetKey(key: string): Promise<void> {
    await this.pool.query('DELETE FROM rate_limits WHERE key = $1', [this.prefix + key]);
  }
}
