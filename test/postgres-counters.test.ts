import assert from 'node:assert/strict';
import type { PostgresStore } from '../server/store/postgres/postgres-store.ts';
import { openPostgresStore } from '../server/store/postgres/open.ts';
import { FORGET_MS } from '../server/auth/login-guard.ts';
import { dropTestSchemas, freshDatabaseUrl, TEST_DATABASE_URL } from './helpers/postgres.ts';

// Registered only when a test database is configured; .ci/run always provides one.
if (TEST_DATABASE_URL) {
  describe('PostgreSQL shared counters', () => {
    let a: PostgresStore;
    let b: PostgresStore;
    beforeEach(async () => {
      const url = await freshDatabaseUrl();
      [a, b] = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
    });
    afterEach(async () => {
      await Promise.all([a.close(), b.close()]);
      await dropTestSchemas();
    });

    it('changes one sign-in counter atomically when two processes update it at once', async () => {
      const stores = [a.sharedCounters(FORGET_MS).attempts, b.sharedCounters(FORGET_MS).attempts];
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          stores[i % 2]!.update('source:x', (r) => ({
            count: (r?.count ?? 0) + 1,
            at: Date.now(),
          })),
        ),
      );
      const seen = await stores[0]!.update('source:x', (r) => r);
      assert.equal(seen?.count, 20);
      assert.equal(await stores[1]!.update('source:x', () => undefined), undefined);
      assert.equal(await stores[0]!.update('source:x', (r) => r), undefined);
    });

    it('adds up the hits of one client on two processes and resets them together', async () => {
      const [x, y] = [
        a.sharedCounters(FORGET_MS).rateLimits('join')!,
        b.sharedCounters(FORGET_MS).rateLimits('join')!,
      ];
      for (const s of [x, y]) s.init?.({ windowMs: 60_000 } as never);
      await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? x : y).increment('1.2.3.4')));
      const info = await x.increment('1.2.3.4');
      assert.equal(info.totalHits, 11);
      assert.ok(info.resetTime && info.resetTime.getTime() > Date.now());
      await y.decrement('1.2.3.4');
      assert.equal((await x.get!('1.2.3.4'))?.totalHits, 10);
      assert.equal((await y.increment('5.6.7.8')).totalHits, 1);
      await x.resetKey('1.2.3.4');
      assert.equal((await y.increment('1.2.3.4')).totalHits, 1);
    });

    it('keeps the counts of two limiters with different names apart', async () => {
      const counters = a.sharedCounters(FORGET_MS);
      const join = counters.rateLimits('join')!;
      const answer = counters.rateLimits('answer')!;
      await join.increment('k');
      await join.increment('k');
      assert.equal((await answer.increment('k')).totalHits, 1);
    });

    it('starts a new window once the old one is over', async () => {
      const limit = a.sharedCounters(FORGET_MS).rateLimits('join')!;
      limit.init?.({ windowMs: 1 } as never);
      await limit.increment('k');
      await new Promise((r) => setTimeout(r, 20));
      assert.equal((await limit.increment('k')).totalHits, 1);
    });
  });
}
