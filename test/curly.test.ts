import assert from 'node:assert/strict';
import { curly } from '../server/http/curly.ts';

describe('curly(text)', () => {
  it('turns pairs of straight double quotes into curly ones', () => {
    assert.equal(
      curly('The words "may offer" and "cannot be ignored" judge.'),
      'The words “may offer” and “cannot be ignored” judge.',
    );
  });

  it('turns an apostrophe between letters into ’ and leaves other text alone', () => {
    assert.equal(curly("the writer's view, 'term'"), "the writer’s view, 'term'");
  });
});
