import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../server/store/index.ts';
import type { StoreHarness } from './store-contract.ts';

/** A JSON file store in a fresh temp folder, for the store contract suites. */
export async function jsonStoreHarness(): Promise<StoreHarness> {
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
}
