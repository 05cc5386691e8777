import pg from 'pg';

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

/**
 * A connection pool for `url`. A connection that breaks while idle (a database restart) is reported and
 * replaced by the pool, never left to crash the process with an unhandled 'error' event.
 */
export function createPool(url: string, max = 20): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 10_000 });
  pool.on('error', (err) => {
    console.error(`store: a PostgreSQL connection to ${redactUrl(url)} broke: ${err.message}`);
  });
  return pool;
}

/** The SQLSTATE of a PostgreSQL error, if it is one. */
export function sqlState(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** SQLSTATE for a unique or primary key violation. */
export const UNIQUE_VIOLATION = '23505';
/** SQLSTATE for a foreign key violation. */
export const FOREIGN_KEY_VIOLATION = '23503';
