import { httpError } from '../http/errors.ts';
import { isRecordId } from '../store/index.ts';
import type { Answer, Classroom, Lesson, Store, Student } from '../store/types.ts';

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

/** A class, one of its lessons, the class's students and their answers to that lesson: what results pages show. */
export async function loadLessonResults(
  store: Store,
  params: { id?: unknown; lessonId?: unknown },
): Promise<{ classroom: Classroom; lesson: Lesson; students: Student[]; answers: Answer[] }> {
  const classroom = await loadClass(store, params.id);
  const lesson = await loadLesson(store, params.lessonId);
  const [students, answers] = await Promise.all([
    store.listStudents(classroom.id),
    store.listAnswers({ classId: classroom.id, lessonId: lesson.id }),
  ]);
  return { classroom, lesson, students, answers };
}
