import assert from 'node:assert/strict';
import type pg from 'pg';
import { createPool } from '../server/store/postgres/pool.ts';
import { inTransaction } from '../server/store/postgres/transaction.ts';
import { dropTestSchemas, freshDatabaseUrl, TEST_DATABASE_URL } from './helpers/postgres.ts';

// The one BEGIN/COMMIT/ROLLBACK that the import, the sign-in counters and the migrations share.
// Registered only when a test database is configured; .ci/run always provides one.
if (TEST_DATABASE_URL) {
  describe('inTransaction(pool, work)', () => {
    let pool: pg.Pool;
    beforeEach(async () => {
      pool = createPool(await freshDatabaseUrl(), 1);
      await pool.query('CREATE TABLE notes (n integer)');
    });
    afterEach(async () => {
      await pool.end();
      await dropTestSchemas();
    });
    const count = async () =>
      Number((await pool.query('SELECT count(*) AS n FROM notes')).rows[0].n);

    it('commits what the work wrote and gives back what it returned', async () => {
      const got = await inTransaction(pool, async (client) => {
        await client.query('INSERT INTO notes VALUES (1), (2)');
        return 'done';
      });
      assert.equal(got, 'done');
      assert.equal(await count(), 2);
    });

    it('rolls back and rethrows the work’s own error, and the connection serves the next call', async () => {
      await assert.rejects(
        inTransaction(pool, async (client) => {
          await client.query('INSERT INTO notes VALUES (1)');
          throw new Error('test: the work failed');
        }),
        /the work failed/,
      );
      // a pool of one: a connection left checked out or mid-transaction would hang or see the insert
      assert.equal(await count(), 0);
    });
  });
}
