import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../server/store/index.ts';
import { markContract } from './helpers/store-marks-contract.ts';

markContract('JSON file store', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-marks-'));
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
