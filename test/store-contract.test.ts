import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../server/store/index.ts';
import { storeContract } from './helpers/store-contract.ts';

storeContract('JSON file store', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-contract-'));
  const file = join(dir, 'byline.json');
  return {
    open: () => openStore(file),
    reopen: async (store) => {
      await store.close();
      return openStore(file);
    },
    destroy: async () => rmSync(dir, { recursive: true, force: true }),
  };
});
