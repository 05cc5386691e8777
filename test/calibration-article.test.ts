import assert from 'node:assert/strict';
import { basisInArticle, calibratedConfidence, isOpinion } from '../server/analysis/calibration.ts';
import { MIN_CONFIDENCE } from '../server/quiz/index.ts';
import { bodySentences } from './helpers/short-article.ts';

describe('framing rated in its article (rateInArticle)', () => {
  it('calls an article an opinion piece when a quarter of its sentences, and at least two, are framing', () => {
    assert.equal(isOpinion(['fact', 'framing', 'framing', 'attributed']), true);
    assert.equal(
      isOpinion(['fact', 'framing', 'fact', 'fact', 'fact', 'framing', 'fact', 'fact', 'fact']),
      false,
    );
    assert.equal(isOpinion(['framing']), false);
  });

  it('gives a framing label in an article that reports the basis framing:isolated, and keeps other bases', () => {
    assert.equal(basisInArticle('framing:loaded', false), 'framing:isolated');
    assert.equal(basisInArticle('framing:loaded', true), 'framing:loaded');
    assert.equal(basisInArticle('fact:clean', false), 'fact:clean');
  });

  it('is unsure of one loaded sentence among plain reports, and sure of it among several', () => {
    const report = [
      'The council met on Monday.',
      'It approved the budget for the new library.',
      'The vote was seven to two.',
      'Work starts in March, the mayor said.',
      'This reckless scheme is a disgrace.',
    ].join(' ');
    const lone = bodySentences(report).find((s) => s.label === 'framing');
    assert.equal(lone?.basis, 'framing:isolated');
    assert.ok(lone.confidence < MIN_CONFIDENCE);
    const argued = [
      'This reckless scheme is a disgrace.',
      'The shameful council has betrayed every taxpayer.',
      'It approved the budget on Monday.',
    ].join(' ');
    const framed = bodySentences(argued).filter((s) => s.label === 'framing');
    assert.equal(framed.length, 2);
    for (const s of framed) {
      assert.notEqual(s.basis, 'framing:isolated');
      assert.equal(s.confidence, calibratedConfidence('framing', s.basis!));
      assert.ok(s.confidence > lone.confidence);
    }
  });
});
