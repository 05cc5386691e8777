import assert from 'node:assert/strict';
import { analyzeLines } from '../server/analysis/index.ts';

function labelOf(sentence: string) {
  return analyzeLines(sentence).sentences[0]!;
}

describe('a grade of how well something was done (QUALITY_VERDICTS)', () => {
  it('frames a sentence on a grade alone', () => {
    for (const s of [
      'The visitors put on a scintillating show in the second half.',
      "The striker's unerring finish settled the tie.",
      'It was a paltry return for so much effort.',
      'The keeper made a spectacular save in the last minute.',
    ]) {
      const got = labelOf(s);
      assert.equal(got.label, 'framing', s);
      assert.ok(got.evidence.length > 0, s);
    }
  });

  it('shows the grade as the deciding word', () => {
    const got = labelOf('The home side produced a tedious first half.');
    assert.deepEqual(
      got.evidence.map((e) => e.text),
      ['tedious'],
    );
  });

  it('leaves a plain account of the same match a fact', () => {
    assert.equal(labelOf('The keeper saved a penalty in the last minute.').label, 'fact');
  });
});
