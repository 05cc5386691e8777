import { httpError } from '../http/errors.ts';
import type { Classroom, Lesson, Store } from '../store/types.ts';

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The class with this id, or a friendly 404 for the error handler. */
export async function loadClass(store: Store, id: unknown): Promise<Classroom> {
  const found = typeof id === 'string' && ID.test(id) ? await store.getClass(id) : undefined;
  if (!found)
    throw httpError(
      404,
      'That class does not exist. It may have been typed wrong; go back to your classes.',
    );
  return found;
}

/** The lesson with this id, or a friendly 404 for the error handler. */
export async function loadLesson(store: Store, id: unknown): Promise<Lesson> {
  const found = typeof id === 'string' && ID.test(id) ? await store.getLesson(id) : undefined;
  if (!found)
    throw httpError(
      404,
      'That lesson does not exist. Go back to your lessons and pick one from the list.',
    );
  return found;
}
