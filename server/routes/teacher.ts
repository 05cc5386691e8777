import { Router } from 'express';
import { requireTeacher } from '../auth/require-teacher.ts';
import type { Config } from '../config.ts';
import type { Store } from '../store/types.ts';
import { authHandlers } from './teacher-auth.ts';
import type { LoginGuard } from '../auth/login-guard.ts';
import type { LessonBuilder } from '../lessons/lesson-builder.ts';
import { passwordHandlers } from './teacher-password.ts';
import { classHandlers } from './teacher-classes.ts';
import { dashboardHandlers } from './teacher-dashboard.ts';
import { exportHandlers } from './teacher-export.ts';
import { homeHandlers } from './teacher-home.ts';
import { lessonHandlers } from './teacher-lessons.ts';
import { urlImportHandlers } from './teacher-import-url.ts';
import { lmsExportHandlers } from './teacher-lms-export.ts';
import { liveHandlers } from './teacher-live.ts';
import { libraryHandlers } from './teacher-library.ts';
import { printHandlers } from './teacher-print.ts';
import { markingHandlers } from './teacher-marking.ts';
import { reviewHandlers } from './teacher-review.ts';
import { selectionHandlers } from './teacher-selection.ts';
import { receiveUpload } from './teacher-upload.ts';
import { csrfAfterMultipart } from '../http/csrf.ts';
import { makeClock, systemTimeZone } from '../http/clock.ts';

/** Where lesson files are uploaded; its multipart body is parsed before the anti-forgery check. */
export const UPLOAD_PATH = '/teacher/lessons/upload';

/** The teacher's pages, mounted at /teacher. Everything but sign-in and first-time setup needs the teacher session. */
export function teacherRouter(
  store: Store,
  config: Config,
  { guard, builder }: { guard: LoginGuard; builder: LessonBuilder },
): Router {
  const router = Router();
  // Back on a shared classroom computer must not bring a teacher page back from the cache.
  router.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  const auth = authHandlers(store, guard);
  router.get('/login', auth.loginPage);
  router.post('/login', auth.login);
  router.post('/setup', auth.setup);
  router.post('/logout', auth.logout);

  router.use(requireTeacher(store));
  const account = passwordHandlers(store, guard);
  router.get('/account', account.page);
  router.post('/account/password', account.change);
  router.post('/account/sign-out-everywhere', account.signOutEverywhere);

  const home = homeHandlers(store);
  router.get('/', home.home);
  router.post('/classes', home.createClass);

  const clock = makeClock(config.timeZone ?? systemTimeZone());
  const classes = classHandlers(store, clock);
  router.get('/classes/:id', classes.show);
  router.post('/classes/:id/lessons', classes.assign);
  router.post('/classes/:id/lessons/:lessonId/remove', classes.unassign);
  router.get('/classes/:id/close', classes.confirmClose);
  router.post('/classes/:id/close', classes.setClosed(true));
  router.post('/classes/:id/reopen', classes.setClosed(false));

  const dashboard = dashboardHandlers(store, clock);
  const exports = exportHandlers(store, clock);
  router.get('/classes/:id/lessons/:lessonId', dashboard.show);
  router.get('/classes/:id/export.csv', exports.classCsv);
  router.get('/classes/:id/lessons/:lessonId/export.csv', exports.lessonCsv);
  const live = liveHandlers(store, clock);
  router.get('/classes/:id/lessons/:lessonId/live', live.show);
  const marking = markingHandlers(store);
  router.get('/classes/:id/lessons/:lessonId/marking', marking.show);
  router.post('/classes/:id/lessons/:lessonId/answers/:answerId/mark', marking.mark);
  const lms = lmsExportHandlers(store, clock);
  router.get('/classes/:id/lessons/:lessonId/students.csv', lms.studentSummary);
  router.get('/lessons/:id/moodle.xml', lms.moodle);
  const library = libraryHandlers(store);
  router.post('/lessons/:id/duplicate', library.duplicate);
  router.post('/lessons/:id/archive', library.setArchived(true));
  router.post('/lessons/:id/unarchive', library.setArchived(false));
  router.post('/classes/:id/copy', library.copyClass);
  const print = printHandlers(store);
  router.get('/lessons/:id/key', print.key);
  router.get('/lessons/:id/print', print.article);
  router.get('/lessons/:id/questions.gift', lms.gift);

  const lessons = lessonHandlers(store, builder);
  const review = reviewHandlers(store, clock);
  router.get('/lessons/new', lessons.newPage);
  router.post('/lessons', lessons.paste);
  const fromUrl = urlImportHandlers(config);
  router.get('/lessons/url', fromUrl.page);
  router.post('/lessons/url', fromUrl.fetch, lessons.paste);
  router.post('/lessons/upload', receiveUpload, csrfAfterMultipart, lessons.upload);
  router.get('/lessons/:id', review.show);
  router.post('/lessons/:id', review.save);
  router.post('/lessons/:id/publish', review.setPublished(true));
  router.post('/lessons/:id/unpublish', review.setPublished(false));
  const selection = selectionHandlers(store);
  router.post('/lessons/:id/selection', selection.save);
  router.post('/lessons/:id/fresh', selection.fresh);
  return router;
}
