import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Express } from 'express';
import type { Config } from '../../server/config.ts';
import type { Store } from '../../server/store/types.ts';
import { createApp, type AppOptions } from '../../server/app.ts';

export interface TestApp {
  app: Express;
  store: Store;
  config: Config;
  dataFile: string;
  /** Waits for pending writes, closes the store and deletes the temp folder. */
  cleanup: () => Promise<void>;
}

/** A test config: a fresh temp data file, the bundled content and a quiet console. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  const dir = mkdtempSync(join(tmpdir(), 'byline-test-'));
  return {
    port: 0,
    host: '127.0.0.1',
    trustProxy: false,
    dataFile: join(dir, 'byline.json'),
    teacherPassword: undefined,
    contentDir: resolve(import.meta.dirname, '..', '..', 'content'),
    quiet: true,
    ...overrides,
  };
}

/** A full app on a fresh temp data file (first-start setup included). */
export async function makeTestApp(
  overrides: Partial<Config> = {},
  options: AppOptions = {},
): Promise<TestApp> {
  const config = testConfig(overrides);
  const { app, store } = await createApp(config, options);
  const t: TestApp = {
    app,
    store,
    config,
    dataFile: config.dataFile,
    cleanup: async () => {
      // A test may swap in the store of a restarted app; close whichever is current.
      await t.store.close();
      rmSync(join(config.dataFile, '..'), { recursive: true, force: true });
    },
  };
  return t;
}
