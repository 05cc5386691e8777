import type { AttemptStore } from '../auth/attempt-store.ts';
import { FORGET_MS } from '../auth/login-guard.ts';
import type { RateLimitStores } from '../http/limiters.ts';
import type { Store } from './types.ts';
import { openStore } from './open.ts';
import type { JsonStoreOptions } from './json-store.ts';
import { openPostgresStore, type Setup } from './postgres/open.ts';

/** Counters every process using the same data shares; absent when one process is all there is. */
export interface SharedCounters {
  attempts: AttemptStore;
  rateLimits: RateLimitStores;
}

/**
 * The store the configuration names: PostgreSQL when a database URL is set, otherwise the JSON file.
 * `setup` runs once the store is open; on PostgreSQL, one instance at a time.
 */
export async function openConfiguredStore(
  config: { dataFile: string; databaseUrl?: string | undefined; storeOptions?: JsonStoreOptions },
  setup?: Setup,
): Promise<{ store: Store; counters?: SharedCounters }> {
  if (config.databaseUrl !== undefined) {
    const store = await openPostgresStore(config.databaseUrl, setup);
    return { store, counters: store.sharedCounters(FORGET_MS) };
  }
  const store = await openStore(config.dataFile, config.storeOptions);
  if (setup) await setup(store);
  return { store };
}
