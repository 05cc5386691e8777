import { httpError } from '../http/errors.ts';
import { isRecordId } from '../store/index.ts';
import type { Classroom, Lesson, Store } from '../store/types.ts';

async function load<T>(
  id: unknown,
  get: (id: string) => Promise<T | undefined>,
  missing: string,
): Promise<T> {
  const found = isRecordId(id) ? await get(id) : undefined;
  if (!found) throw httpError(404, missing);
  return found;
}

/** The class with this id, or a friendly 404 for the error handler. */
export function loadClass(store: Store, id: unknown): Promise<Classroom> {
  return load(
    id,
    (i) => store.getClass(i),
    'That class does not exist. It may have been typed wrong; go back to your classes.',
  );
}

/** The lesson with this id, or a friendly 404 for the error handler. */
export function loadLesson(store: Store, id: unknown): Promise<Lesson> {
  return load(
    id,
    (i) => store.getLesson(i),
    'That lesson does not exist. Go back to your lessons and pick one from the list.',
  );
}
