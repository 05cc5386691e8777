import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildLesson, rebuildQuestions } from '../server/lessons/build-lesson.ts';

const text = readFileSync(new URL('../content/000_01eb33c84de12762.txt', import.meta.url), 'utf8');

// The analyzer is still improving: these hold whatever its labels are.
describe('buildLesson(seed article)', () => {
  const lesson = buildLesson(text);
  const { analysis, questions } = lesson;

  it('titles the lesson with the headline', () => {
    assert.equal(lesson.title, analysis.title);
    assert.match(lesson.title, /^Exclusive: Trump/);
  });

  it('asks questions, each about a sentence of the analysis shown as its excerpt', () => {
    assert.ok(questions.length > 0);
    for (const q of questions) assert.equal(analysis.sentences[q.sentenceIndex]?.text, q.excerpt);
  });

  it('never asks two questions alike', () => {
    assert.equal(new Set(questions.map((q) => q.id)).size, questions.length);
    assert.equal(new Set(questions.map((q) => `${q.prompt}\n${q.excerpt}`)).size, questions.length);
  });

  it('quotes each evidence span, found at its offsets, in the explanation', () => {
    for (const q of questions) {
      for (const e of q.evidence) {
        assert.equal(q.excerpt.slice(e.start, e.end), e.text);
        assert.ok(q.explanation.includes(`"${e.text}"`), q.explanation);
      }
    }
  });

  it('marks only its own choices as right, and a rewrite has none', () => {
    for (const q of questions) {
      if (q.type === 'rewrite') assert.deepEqual([q.choices, q.correct], [[], []]);
      else for (const id of q.correct) assert.ok(q.choices.some((c) => c.id === id));
    }
  });

  it('builds the same lesson twice', () => {
    assert.deepEqual(buildLesson(text), lesson);
  });

  it('rebuilds the same questions from the stored analysis', () => {
    assert.deepEqual(rebuildQuestions(analysis, [], lesson.selection), questions);
  });

  it('follows a teacher’s label', () => {
    const index = questions.find((q) => q.type === 'classify')!.sentenceIndex;
    // Neither label asks to spot framing, which would take the classify question's place.
    const label = analysis.sentences[index]!.label === 'attributed' ? 'fact' : 'attributed';
    const q = rebuildQuestions(analysis, [{ sentenceIndex: index, label }]).find(
      (x) => x.type === 'classify' && x.sentenceIndex === index,
    );
    assert.deepEqual(q?.correct, [label]);
  });
});

describe('buildLesson(text with overrides)', () => {
  it('keeps the analyzer’s output untouched and applies the overrides to the questions', () => {
    const lesson = buildLesson(
      'Council approves new bus routes\n\nThe council approved three new bus routes on Tuesday.\n',
      [{ sentenceIndex: 1, label: 'framing' }],
    );
    assert.notEqual(lesson.analysis.sentences[1]?.confidence, 1);
    const q = lesson.questions.find((x) => x.type === 'classify' && x.sentenceIndex === 1);
    assert.deepEqual(q?.correct, ['framing']);
  });
});
