import type pg from 'pg';
import type { ClientRateLimitInfo, Options, Store as RateLimitStore } from 'express-rate-limit';

/** Expired rows are swept on one increment in this many. */
const SWEEP_EVERY = 500;

/**
 * An express-rate-limit store in PostgreSQL: the limit holds for a client across every Byline process.
 * One upsert per hit; the window starts at the first hit and is timed by the database's clock, so the
 * processes' clocks need not agree.
 */
export class PostgresRateLimitStore implements RateLimitStore {
  readonly localKeys = false;
  readonly prefix: string;
  #windowMs = 60_000;
  #calls = 0;

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

  async increment(key: string): Promise<ClientRateLimitInfo> {
    if (++this.#calls % SWEEP_EVERY === 0) {
      this.pool.query('DELETE FROM rate_limits WHERE reset_at < now()').catch(() => undefined);
    }
    const { rows } = await this.pool.query<{ hits: number; reset_at: Date }>({
      name: 'rate-limit-increment',
      text: `INSERT INTO rate_limits AS r (key, hits, reset_at)
             VALUES ($1, 1, now() + $2 * interval '1 millisecond')
             ON CONFLICT (key) DO UPDATE SET
               hits = CASE WHEN r.reset_at <= now() THEN 1 ELSE r.hits + 1 END,
               reset_at = CASE WHEN r.reset_at <= now() THEN excluded.reset_at ELSE r.reset_at END
             RETURNING hits, reset_at`,
      values: [this.prefix + key, this.#windowMs],
    });
    const row = rows[0]!;
    return { totalHits: row.hits, resetTime: row.reset_at };
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
