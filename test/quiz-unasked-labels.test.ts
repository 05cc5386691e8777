import assert from 'node:assert/strict';
import { generateQuestions, unaskedLabels, type Question } from '../server/quiz/index.ts';
import { analyzeArticle } from '../server/analysis/index.ts';

const questions = generateQuestions(
  analyzeArticle(
    'Council vote\n\nThe council met on Monday and voted 7 to 2 to close the library.\n\n' +
      '"We had no choice," the mayor, Ana Ruiz, said after the vote.\n',
  ),
);
const classify = (q: Question) => q.type === 'classify';

describe('unaskedLabels(questions)', () => {
  it('names the labels no classify question has as its answer', () => {
    const asked = questions.filter(classify).map((q) => q.correct[0]);
    assert.ok(asked.length > 0);
    const unasked = unaskedLabels(questions);
    assert.ok(unasked.length > 0);
    for (const label of unasked) assert.ok(!asked.includes(label));
    assert.equal(unasked.length + new Set(asked).size, 3);
  });

  it('names none when the set has no classify question (the teacher left the kind out)', () => {
    assert.deepEqual(unaskedLabels(questions.filter((q) => !classify(q))), []);
  });
});
