import assert from 'node:assert/strict';
import { givesFigure } from '../server/analysis/classify.ts';
import { analyzeLines } from '../server/analysis/index.ts';

describe('givesFigure(text)', () => {
  it('finds figures that count or measure', () => {
    for (const t of [
      'Sales rose 4% in March.',
      'It cost £2bn.',
      'In 2005 the firm grew.',
      'The 23-year-old won.',
    ])
      assert.equal(givesFigure(t), true, t);
  });

  it('passes over digits inside a name', () => {
    for (const t of [
      'Harbourbox 2 is due.',
      'The G7 met.',
      'A 3G phone rang.',
      'Quayview 360 was launched.',
    ])
      assert.equal(givesFigure(t), false, t);
  });

  it('passes over the year a forecast points to, not a year of the past', () => {
    assert.equal(givesFigure('Ceremonies are likely to start in 2014.'), false);
    assert.equal(givesFigure('He was dropped in 2007 by the network.'), true);
  });
});

describe('a forecast beside a name with a number', () => {
  it("frames like any forecast of the writer's", () => {
    assert.equal(
      analyzeLines('Harbourbox 2 may be unveiled in the summer.').sentences[0]!.label,
      'framing',
    );
  });

  it('frames a forecast dated by its year ("may start … in 2015")', () => {
    assert.equal(
      analyzeLines('If the law is passed, couples may start to marry in 2015.').sentences[0]!.label,
      'framing',
    );
  });

  it('frames the writer’s own forecast of a figure too', () => {
    assert.equal(
      analyzeLines('Harbour trade could reach 4% of output.').sentences[0]!.label,
      'framing',
    );
  });

  it('still reports a projection beside a figure where words report', () => {
    assert.equal(
      analyzeLines('Harbour trade could reach 4% of output, the figures listed show.').sentences[0]!
        .label,
      'fact',
    );
  });
});
