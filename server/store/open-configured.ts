import type { Store } from './types.ts';
import { openStore } from './open.ts';
import type { JsonStoreOptions } from './json-store.ts';
import { openPostgresStore, type Setup } from './postgres/open.ts';

/**
 * The store the configuration names: PostgreSQL when a database URL is set, otherwise the JSON file.
 * `setup` runs once the store is open; on PostgreSQL, one instance at a time.
 */
export async function openConfiguredStore(
  config: { dataFile: string; databaseUrl?: string | undefined; storeOptions?: JsonStoreOptions },
  setup?: Setup,
): Promise<Store> {
  if (config.databaseUrl !== undefined) return openPostgresStore(config.databaseUrl, setup);
  const store = await openStore(config.dataFile, config.storeOptions);
  if (setup) await setup(store);
  return store;
}
