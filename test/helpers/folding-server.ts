import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../server/config.ts';
import { createApp } from '../../server/app.ts';

// Byline's server as `npm start` runs it, but folding the journal into the data file at every pause in the
// writes: a crash test run as a child process then crosses folds with a few dozen answers instead of 8 MB.
const config = loadConfig();
const { app } = await createApp({
  ...config,
  quiet: true,
  storeOptions: { foldBytes: 1, idleFoldMs: 1 },
});
const server = app.listen(config.port, config.host ?? '127.0.0.1', () => {
  console.log(`http://localhost:${(server.address() as AddressInfo).port}/`);
});
