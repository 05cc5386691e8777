import { openPostgresStore } from '../server/store/postgres/open.ts';
import { storeContract } from './helpers/store-contract.ts';
import { dropTestSchemas, freshDatabaseUrl, TEST_DATABASE_URL } from './helpers/postgres.ts';

// The same contract as the JSON file store, on a fresh schema of the test database per test.
// Registered only when a test database is configured; .ci/run always provides one.
if (TEST_DATABASE_URL) {
  storeContract('PostgreSQL store', async () => {
    const url = await freshDatabaseUrl();
    return {
      open: () => openPostgresStore(url),
      reopen: async (store) => {
        await store.close();
        return openPostgresStore(url);
      },
      destroy: dropTestSchemas,
    };
  });
}
