import { Router } from 'express';
import type { Config } from '../config.ts';
import type { Store } from '../store/types.ts';

/** The teacher's pages, mounted at /teacher. STUB: replaced by the teacher work. */
export function teacherRouter(store: Store, config: Config): Router {
  const router = Router();
  return router;
}
