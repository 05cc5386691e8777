import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Config } from '../../server/config.ts';
import type { Store } from '../../server/store/types.ts';
import { createApp } from '../../server/app.ts';

/** The teacher password every e2e app starts with (through config, as BYLINE_TEACHER_PASSWORD would). */
export const E2E_PASSWORD = 'e2e teacher password';

export interface RunningApp {
  /** http://127.0.0.1:PORT, no trailing slash. */
  baseUrl: string;
  store: Store;
  config: Config;
  /** Stops listening, waits for pending writes and deletes the temp data folder. */
  stop: () => Promise<void>;
}

/** The real app on loopback, a random port and a fresh temp data file (first-start setup included). */
export async function startApp(overrides: Partial<Config> = {}): Promise<RunningApp> {
  const dir = mkdtempSync(join(tmpdir(), 'byline-e2e-'));
  const config: Config = {
    port: 0,
    host: '127.0.0.1',
    trustProxy: false,
    dataFile: join(dir, 'byline.json'),
    teacherPassword: E2E_PASSWORD,
    contentDir: resolve(import.meta.dirname, '..', '..', 'content'),
    quiet: true,
    ...overrides,
  };
  const { app, store } = await createApp(config);
  const server = await new Promise<import('node:http').Server>((ok, fail) => {
    const s = app.listen(0, '127.0.0.1', (err?: Error) => (err ? fail(err) : ok(s)));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    store,
    config,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
