import type { AddressInfo } from 'node:net';
import { loadConfig } from './config.ts';
import { createApp } from './app.ts';
import { startupBanner } from './setup/banner.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const { app, store } = await createApp(config);
  const server = app.listen(config.port, () => {
    const { port } = server.address() as AddressInfo;
    startupBanner(store, port).then(console.log, (err: unknown) => console.error(err));
  });
  server.on('error', (err) => {
    console.error(`byline: cannot listen on port ${config.port}: ${err.message}`);
    process.exit(1);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`byline: ${signal} received, finishing pending writes…`);
    // Stop accepting, let in-flight requests finish, then wait for the store's queued writes.
    server.close(() => {
      store.close().then(
        () => process.exit(0),
        (err: unknown) => {
          console.error('byline: a final write failed:', err);
          process.exit(1);
        },
      );
    });
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 5000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err: unknown) => {
  console.error(`byline: cannot start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
