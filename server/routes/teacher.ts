import { Router } from 'express';
import { requireTeacher } from '../auth/require-teacher.ts';
import type { Config } from '../config.ts';
import type { Store } from '../store/types.ts';
import { authHandlers } from './teacher-auth.ts';
import { loginLimiter } from './teacher-limit.ts';
import { classHandlers } from './teacher-classes.ts';
import { dashboardHandlers } from './teacher-dashboard.ts';
import { exportHandlers } from './teacher-export.ts';
import { homeHandlers } from './teacher-home.ts';
import { lessonHandlers } from './teacher-lessons.ts';
import { reviewHandlers } from './teacher-review.ts';
import { receiveUpload } from './teacher-upload.ts';

/** The teacher's pages, mounted at /teacher. Everything but sign-in and first-time setup needs the teacher session. */
export function teacherRouter(store: Store, _config: Config): Router {
  const router = Router();
  const auth = authHandlers(store);
  const limit = loginLimiter();
  router.get('/login', auth.loginPage);
  router.post('/login', limit, auth.login);
  router.post('/setup', limit, auth.setup);
  router.post('/logout', auth.logout);

  router.use(requireTeacher(store));
  const home = homeHandlers(store);
  router.get('/', home.home);
  router.post('/classes', home.createClass);

  const classes = classHandlers(store);
  router.get('/classes/:id', classes.show);
  router.post('/classes/:id/lessons', classes.assign);
  router.post('/classes/:id/lessons/:lessonId/remove', classes.unassign);
  router.post('/classes/:id/close', classes.setClosed(true));
  router.post('/classes/:id/reopen', classes.setClosed(false));

  const dashboard = dashboardHandlers(store);
  const exports = exportHandlers(store);
  router.get('/classes/:id/lessons/:lessonId', dashboard.show);
  router.get('/classes/:id/export.csv', exports.classCsv);
  router.get('/classes/:id/lessons/:lessonId/export.csv', exports.lessonCsv);

  const lessons = lessonHandlers(store);
  const review = reviewHandlers(store);
  router.get('/lessons/new', lessons.newPage);
  router.post('/lessons', lessons.paste);
  router.post('/lessons/upload', receiveUpload, lessons.upload);
  router.get('/lessons/:id', review.show);
  router.post('/lessons/:id', review.save);
  router.post('/lessons/:id/publish', review.setPublished(true));
  router.post('/lessons/:id/unpublish', review.setPublished(false));
  return router;
}
