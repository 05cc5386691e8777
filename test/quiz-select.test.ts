import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../server/analysis/index.ts';
import { rebuildQuestions } from '../server/lessons/build-lesson.ts';
import {
  DEFAULT_SELECTION,
  generateQuestions,
  QUESTION_TYPES,
  selectQuestions,
} from '../server/quiz/index.ts';
import type { Question } from '../server/quiz/types.ts';

const seedFile = join(import.meta.dirname, '..', 'content', '000_01eb33c84de12762.txt');

describe('selectQuestions(seed article)', () => {
  const analysis = analyzeArticle(readFileSync(seedFile, 'utf8'));
  const pool = generateQuestions(analysis);
  const pick = (count: number, kinds = [...QUESTION_TYPES], round = 0) =>
    selectQuestions(pool, analysis.sentences, { count, kinds, round });

  it('asks the number of questions the teacher chose, never two about one sentence', () => {
    const set = pick(12);
    assert.equal(set.length, 12);
    assert.equal(new Set(set.map((q) => q.sentenceIndex)).size, 12);
  });

  it('asks only the kinds the teacher ticked, and fewer when the article offers fewer', () => {
    const set = pick(40, ['source-kind']);
    assert.ok(set.length > 0);
    assert.ok(set.every((q) => q.type === 'source-kind'));
    assert.equal(set.length, pool.filter((q) => q.type === 'source-kind').length);
  });

  it('mixes the kinds: at least four kinds, never three of a kind in a row', () => {
    const set = pick(12);
    assert.ok(new Set(set.map((q) => q.type)).size >= 4);
    for (let i = 2; i < set.length; i++) {
      assert.ok(
        !(set[i]!.type === set[i - 1]!.type && set[i]!.type === set[i - 2]!.type),
        `three ${set[i]!.type} questions in a row at ${i}`,
      );
    }
  });

  it('spreads the questions over the beginning, middle and end of the article', () => {
    const third = analysis.sentences.length / 3;
    const set = pick(12);
    for (const part of [0, 1, 2]) {
      const n = set.filter((q) => Math.floor(q.sentenceIndex / third) === part).length;
      assert.ok(n >= 2, `only ${n} questions from part ${part + 1} of 3`);
    }
  });

  it('puts a classify question with all three labels among the picks', () => {
    const labels = new Set(
      pick(12).flatMap((q: Question) => (q.type === 'classify' ? [q.correct[0]] : [])),
    );
    assert.deepEqual([...labels].sort(), ['attributed', 'fact', 'framing']);
  });

  it('makes a fresh set that shares at most a quarter of its questions with the last', () => {
    const first = rebuildQuestions(analysis, [], DEFAULT_SELECTION);
    const fresh = rebuildQuestions(
      analysis,
      [],
      { ...DEFAULT_SELECTION, round: 1 },
      { avoid: first },
    );
    const ids = new Set(first.map((q) => q.id));
    assert.equal(fresh.length, first.length);
    assert.ok(fresh.filter((q) => ids.has(q.id)).length <= first.length / 4);
  });

  it('gives the same set for the same choices', () => {
    assert.deepEqual(pick(12, [...QUESTION_TYPES], 3), pick(12, [...QUESTION_TYPES], 3));
  });

  it('keeps the current set when a teacher’s edit leaves its questions on offer', () => {
    const first = rebuildQuestions(analysis, [], { ...DEFAULT_SELECTION, round: 2 });
    const again = rebuildQuestions(analysis, [], DEFAULT_SELECTION, { current: first });
    assert.deepEqual(new Set(again.map((q) => q.id)), new Set(first.map((q) => q.id)));
  });
});
