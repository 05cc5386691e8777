import { openPostgresStore } from '../server/store/postgres/open.ts';
import { storeContract, type StoreHarness } from './helpers/store-contract.ts';
import { markContract } from './helpers/store-marks-contract.ts';
import { dropTestSchemas, freshDatabaseUrl, TEST_DATABASE_URL } from './helpers/postgres.ts';

/** A fresh schema of the test database per test; a restart is a new pool on the same schema. */
async function postgresHarness(): Promise<StoreHarness> {
  const url = await freshDatabaseUrl();
  return {
    open: () => openPostgresStore(url),
    reopen: async (store) => {
      await store.close();
      return openPostgresStore(url);
    },
    destroy: dropTestSchemas,
  };
}

// The same contracts as the JSON file store. Registered only when a test database is configured;
// .ci/run always provides one.
if (TEST_DATABASE_URL) {
  storeContract('PostgreSQL store', postgresHarness);
  markContract('PostgreSQL store', postgresHarness);
}
