import assert from 'node:assert/strict';
import { dot, pickOverRule, sigmoid, softmax } from '../server/analysis/scoring/index.ts';

describe('the learned models’ shared arithmetic (analysis/scoring)', () => {
  it('adds a bias to the weighted features, a missing feature counting nothing', () => {
    assert.equal(dot([2, 3], [1, 1], 0.5), 5.5);
    assert.equal(dot([2, 3], [4]), 8);
  });

  it('gives a logistic of one half at zero and close to one for a large sum', () => {
    assert.equal(sigmoid(0), 0.5);
    assert.ok(sigmoid(10) > 0.99);
  });

  it('turns scores into probabilities that sum to one, the highest score most probable', () => {
    const p = softmax([1, 3, 2]);
    assert.ok(Math.abs(p.reduce((a, b) => a + b, 0) - 1) < 1e-12);
    assert.deepEqual(
      p
        .map((x, i) => [x, i])
        .sort((a, b) => b[0]! - a[0]!)
        .map(([, i]) => i),
      [1, 2, 0],
    );
    assert.ok(softmax([1000, 0])[0]! > 0.99, 'a huge score does not overflow to NaN');
  });

  it('keeps the rules’ choice unless the model’s beats it by more than the margin', () => {
    assert.equal(pickOverRule([0.2, 0.5, 0.3], 0, 0.2), 1);
    assert.equal(pickOverRule([0.2, 0.5, 0.3], 0, 0.4), 0);
    assert.equal(pickOverRule([0.2, 0.5, 0.3], 2, 1), 2);
  });
});
