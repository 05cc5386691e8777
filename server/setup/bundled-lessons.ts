import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildLesson } from '../lessons/build-lesson.ts';
import { newLesson } from '../lessons/new-lesson.ts';
import type { Lesson, Store } from '../store/types.ts';

const LESSON_FILE = /\.(txt|md)$/i;

/** Builds and stores, published, every .txt/.md lesson in `contentDir`. A missing folder gives none. */
export async function addBundledLessons(store: Store, contentDir: string): Promise<Lesson[]> {
  let names: string[];
  try {
    names = (await readdir(contentDir)).filter((n) => LESSON_FILE.test(n)).sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new Error(
      `setup: cannot read the content folder "${contentDir}": ${(err as Error).message}`,
    );
  }
  const lessons: Lesson[] = [];
  for (const name of names) {
    const text = await readFile(join(contentDir, name), 'utf8');
    if (text.trim() === '') continue;
    const built = buildLesson(text);
    lessons.push(await store.createLesson(newLesson(built, text, built.title || name, 'bundled')));
  }
  return lessons;
}
