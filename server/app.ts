import { join } from 'node:path';
import express, { type Express } from 'express';
import type { Config } from './config.ts';
import type { Store } from './store/types.ts';
import { LoginGuard } from './auth/login-guard.ts';
import { openConfiguredStore } from './store/open-configured.ts';
import { type LessonBuilder, sharedLessonBuilder } from './lessons/lesson-builder.ts';
import { firstStart } from './setup/first-start.ts';
import { securityHeaders } from './http/security.ts';
import { ejsEngine } from './http/view-engine.ts';
import { csrfProtection } from './http/csrf.ts';
import { cookies } from './http/cookies.ts';
import { formBodies } from './http/form-bodies.ts';
import type { RateLimitStores } from './http/limiters.ts';
import { SECURE_COOKIES } from './http/cookie-options.ts';
import { errorHandler, notFound } from './http/error-handler.ts';
import { cueLabel, highlightPieces } from './http/highlight.ts';
import { emphasisPieces } from './http/emphasis.ts';
import { curly } from './http/curly.ts';
import { studentRoutes } from './routes/student.ts';
import { teacherRouter, UPLOAD_PATH } from './routes/teacher.ts';

const ROOT = join(import.meta.dirname, '..');

/** What a deployment (or a test) may swap in: e.g. sign-in counters shared by several processes. */
export interface AppOptions {
  loginGuard?: LoginGuard;
  /** Builds new lessons off the event loop; the process's shared worker when absent. */
  lessonBuilder?: LessonBuilder;
  /** Counter stores for the join and answer limits; in memory when absent. */
  rateLimitStores?: RateLimitStores;
}

/** Opens the store (JSON file or PostgreSQL), runs first-start setup and builds the app; the caller decides where to listen. */
export async function createApp(
  config: Config,
  options: AppOptions = {},
): Promise<{ app: Express; store: Store }> {
  // On a shared database, first-start setup runs one instance at a time: one demo class, not two.
  const { store, counters } = await openConfiguredStore(config, (s) => firstStart(s, config));

  const app = express();
  app.disable('x-powered-by');
  // No ETag on pages: each is made for one device (its form token, its student's order of choices) and
  // teacher pages are no-store, so a checksum of every page body was work for nothing. Static files keep theirs.
  app.set('etag', false);
  // Behind an HTTPS reverse proxy: the client's own address for the limiters, and Secure cookies.
  app.set('trust proxy', config.trustProxy);
  app.set(SECURE_COOKIES, config.trustProxy !== false);
  // Compile each template and resolve each include once, not on every page.
  app.engine('ejs', ejsEngine());
  app.set('view engine', 'ejs');
  app.set('view cache', true);
  app.set('views', join(ROOT, 'views'));
  Object.assign(app.locals, { highlightPieces, cueLabel, emphasisPieces, curly });

  app.use(securityHeaders());
  app.use('/static', express.static(join(ROOT, 'public'), { maxAge: '1h', index: false }));
  // Browsers ask for /favicon.ico on their own; the icon is an SVG.
  app.get('/favicon.ico', (_req, res) => res.redirect(301, '/static/favicon.svg'));
  app.get('/healthz', (_req, res) => void res.json({ ok: true }));

  app.use(cookies(store.secret()));
  app.use(formBodies());
  app.use(csrfProtection(store.secret(), [UPLOAD_PATH]));

  // Several processes on one database count sign-in attempts and requests together.
  const limitStores = options.rateLimitStores ?? counters?.rateLimits;
  const loginGuard = options.loginGuard ?? new LoginGuard(counters?.attempts);
  // On the app's own router: a student's page passes one router, not a second one mounted at '/'.
  studentRoutes(app, store, limitStores);
  app.use(
    '/teacher',
    teacherRouter(store, config, {
      guard: loginGuard,
      builder: options.lessonBuilder ?? sharedLessonBuilder(),
    }),
  );

  app.use(notFound);
  app.use(errorHandler(config));
  return { app, store };
}
