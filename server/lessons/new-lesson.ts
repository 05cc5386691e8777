import type { NewLesson } from '../store/types.ts';
import type { BuiltLesson } from './build-lesson.ts';

/**
 * What the store is given for a lesson just built from `text`, with no teacher corrections yet. A teacher's own
 * lesson waits unpublished for review; a bundled one ships published.
 */
export function newLesson(
  built: BuiltLesson,
  text: string,
  title: string,
  origin: 'teacher' | 'bundled',
): NewLesson {
  const bundled = origin === 'bundled';
  return {
    title,
    text,
    analysis: built.analysis,
    overrides: [],
    questions: built.questions,
    selection: built.selection,
    published: bundled,
    bundled,
  };
}
