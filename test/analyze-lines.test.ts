import assert from 'node:assert/strict';
import { analyzeLines } from '../server/analysis/index.ts';

describe('analyzeLines(standalone sentences)', () => {
  it('gives one sentence per non-empty line, in order', () => {
    const result = analyzeLines('The sky is blue.\n\n  \nCritics say the plan is a disaster.\r\n');
    assert.deepEqual(
      result.sentences.map((s) => [s.index, s.text]),
      [
        [0, 'The sky is blue.'],
        [1, 'Critics say the plan is a disaster.'],
      ],
    );
  });

  it('resolves no pronoun speaker from a person named on an earlier line', () => {
    const result = analyzeLines('Jim Jordan spoke on Tuesday.\n"We will win," he said.');
    assert.equal(result.sentences[1]?.quotes[0]?.speaker, null);
  });

  it('carries no open quote mark over to the next line', () => {
    const result = analyzeLines('She said "this is only the start.\nIt was a cold day.');
    assert.deepEqual(result.sentences[1]?.quotes, []);
    assert.equal(result.sentences[1]?.label, 'fact');
  });
});
