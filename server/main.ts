import type { AddressInfo } from 'node:net';
import { loadConfig } from './config.ts';
import { keepHeapSmall } from './heap.ts';

function cannotListen(port: number, err: Error): never {
  const code = (err as NodeJS.ErrnoException).code;
  const why =
    code === 'EADDRINUSE'
      ? 'the port is already in use (is Byline already running? set PORT to use another)'
      : code === 'EACCES'
        ? 'no permission to use this port (choose one above 1024 with PORT)'
        : code === 'EADDRNOTAVAIL'
          ? 'BYLINE_HOST is not an address of this machine'
          : err.message;
  console.error(`byline: cannot listen on port ${port}: ${why}`);
  process.exit(1);
}

async function main(): Promise<void> {
  const config = loadConfig();
  // Loaded here, not imported at the top: the analyzer checks its fitted weights as it loads (app.ts and the banner's
  // bundled lessons reach it), and a corrupt weights file must end in the one-line "cannot start" below, not in a
  // stack trace before main() runs.
  const [{ createApp }, { startupBanner }] = await Promise.all([
    import('./app.ts'),
    import('./setup/banner.ts'),
  ]);
  const { app, store } = await createApp(config);
  keepHeapSmall();
  // Express 5 hands a listen error (port in use, no permission) to this callback as well as to 'error'.
  const onListening = (err?: Error) => {
    if (err) return cannotListen(config.port, err);
    const { port } = server.address() as AddressInfo;
    startupBanner(store, port, config.host).then(console.log, (e: unknown) => console.error(e));
  };
  const server =
    config.host === undefined
      ? app.listen(config.port, onListening)
      : app.listen(config.port, config.host, onListening);
  server.on('error', (err) => cannotListen(config.port, err));

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
