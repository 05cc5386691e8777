import type pg from 'pg';

/**
 * Runs `work` between BEGIN and COMMIT on `client`. Any error rolls back and is rethrown; a rollback that fails as
 * well (the connection broke) is ignored, so the error the caller sees is the one that caused it.
 */
export async function transactionOn<T>(
  client: pg.ClientBase,
  work: (client: pg.ClientBase) => Promise<T>,
): Promise<T> {
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

/** Runs `work` in one transaction (transactionOn) on a connection of the pool's, given back whatever happens. */
export async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.ClientBase) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    return await transactionOn(client, work);
  } finally {
    client.release();
  }
}
