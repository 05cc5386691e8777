import type { Config } from '../config.ts';
import type { Store } from '../store/types.ts';
import { addBundledLessons } from './bundled-lessons.ts';
import { applyTeacherPassword } from './teacher-password.ts';

/** The name of the class first start creates, so a newcomer can try the student side at once. */
export const DEMO_CLASS_NAME = 'Demo class';

/**
 * Prepares a store for use. On an empty store: the bundled lessons, published, and a demo class with them
 * assigned. On every start: BYLINE_TEACHER_PASSWORD, when set, becomes the teacher password.
 */
export async function firstStart(store: Store, config: Config): Promise<void> {
  if ((await store.listLessons()).length === 0) {
    const lessons = await addBundledLessons(store, config.contentDir);
    if (lessons.length > 0 && (await store.listClasses()).length === 0) {
      await store.createClass(
        DEMO_CLASS_NAME,
        lessons.map((l) => l.id),
      );
    }
  }
  await applyTeacherPassword(store, config.teacherPassword);
}
