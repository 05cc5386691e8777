import { join } from 'node:path';
import express, { type Express } from 'express';
import cookieParser from 'cookie-parser';
import type { Config } from './config.ts';
import type { Store } from './store/types.ts';
import { openStore } from './store/index.ts';
import { firstStart } from './setup/first-start.ts';
import { securityHeaders } from './http/security.ts';
import { csrfProtection } from './http/csrf.ts';
import { errorHandler, notFound } from './http/error-handler.ts';
import { cueLabel, highlightPieces } from './http/highlight.ts';
import { emphasisPieces } from './http/emphasis.ts';
import { studentRouter } from './routes/student.ts';
import { teacherRouter } from './routes/teacher.ts';

const ROOT = join(import.meta.dirname, '..');

/** Opens the store, runs first-start setup and builds the app; the caller decides where to listen. */
export async function createApp(config: Config): Promise<{ app: Express; store: Store }> {
  const store = await openStore(config.dataFile);
  await firstStart(store, config);

  const app = express();
  app.disable('x-powered-by');
  app.set('view engine', 'ejs');
  app.set('views', join(ROOT, 'views'));
  Object.assign(app.locals, { highlightPieces, cueLabel, emphasisPieces });

  app.use(securityHeaders());
  app.use('/static', express.static(join(ROOT, 'public'), { maxAge: '1h', index: false }));
  app.get('/healthz', (_req, res) => void res.json({ ok: true }));

  app.use(cookieParser(store.secret()));
  // A pasted article may hold 100,000 characters; percent-encoded, curly quotes and dashes take up to 9 bytes each.
  app.use(express.urlencoded({ extended: false, limit: '1mb' }));
  app.use(csrfProtection(store.secret()));

  app.use('/', studentRouter(store, config));
  app.use('/teacher', teacherRouter(store, config));

  app.use(notFound);
  app.use(errorHandler(config));
  return { app, store };
}
