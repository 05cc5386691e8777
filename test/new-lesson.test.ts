import assert from 'node:assert/strict';
import { buildLesson } from '../server/lessons/build-lesson.ts';
import { newLesson } from '../server/lessons/new-lesson.ts';

// A teacher's pasted lesson and a bundled one are stored from one shape; they differ only in who may see them.
describe('newLesson(built lesson, text, title, origin)', () => {
  const text =
    'Council approves the new bridge\n\nThe council approved the bridge on Monday, officials said.';
  const built = buildLesson(text);

  it('keeps a teacher’s lesson unpublished for review, with the build’s questions and no corrections', () => {
    const lesson = newLesson(built, text, 'Bridge', 'teacher');
    assert.equal(lesson.title, 'Bridge');
    assert.equal(lesson.text, text);
    assert.equal(lesson.published, false);
    assert.equal(lesson.bundled, false);
    assert.deepEqual(lesson.overrides, []);
    assert.equal(lesson.questions, built.questions);
    assert.equal(lesson.analysis, built.analysis);
    assert.equal(lesson.selection, built.selection);
  });

  it('ships a bundled lesson published', () => {
    const lesson = newLesson(built, text, 'Bridge', 'bundled');
    assert.equal(lesson.published, true);
    assert.equal(lesson.bundled, true);
  });
});
