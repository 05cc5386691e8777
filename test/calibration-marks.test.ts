import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';
import { basisOf } from '../server/analysis/calibration.ts';
import { isMarkedFact } from '../server/analysis/fact-marks.ts';
import { bases } from './helpers/short-article.ts';

describe('a clean fact marked by another voice (isMarkedFact, fact:marked)', () => {
  it('marks a fact that counters with "however" or "but"', () => {
    assert.equal(isMarkedFact('The port has, however, kept its old cranes.', false), true);
    assert.equal(isMarkedFact('The dam was finished in 1990 but has never filled.', false), true);
    assert.equal(isMarkedFact('Nevertheless the ferry kept running.', false), true);
  });

  it('leaves "but also", "not yet" and a concession set up by "although" unmarked', () => {
    assert.equal(isMarkedFact('The fund pays for roads but also for schools.', false), false);
    assert.equal(isMarkedFact('The bridge has not yet reopened.', false), false);
    assert.equal(isMarkedFact('Although it rained, the race started on time.', false), false);
  });

  it('reads "yet" as a counter only where it opens a clause', () => {
    assert.equal(isMarkedFact('Yet the second well came up dry.', false), true);
    assert.equal(isMarkedFact('The well was deep, yet it came up dry.', false), true);
  });

  it('marks quoted words, with double marks, guillemets or an opening single mark, not an apostrophe', () => {
    assert.equal(
      isMarkedFact('The board calls the plan a “fresh start” for the port.', false),
      true,
    );
    assert.equal(
      isMarkedFact('The board calls the plan a ‘fresh start’ for the port.', false),
      true,
    );
    assert.equal(isMarkedFact('The board’s plan was adopted in May.', false), false);
  });

  it('marks every headline', () => {
    assert.equal(isMarkedFact('Port board adopts harbour plan', true), true);
    assert.equal(isMarkedFact('Port board adopts harbour plan', false), false);
  });

  it('gives a marked clean or long fact the basis fact:marked, and leaves a fact with source words or near-cues as it was', () => {
    const text = 'The canal was dredged in 2010 but silted up within a year.';
    assert.equal(basisOf('fact', [], { text, words: 12 }), 'fact:marked');
    assert.equal(basisOf('fact', [], { text, words: 30 }), 'fact:marked');
    assert.equal(basisOf('fact', [], { text, sourceWords: true }), 'fact:source-words');
    assert.equal(basisOf('fact', [], { text, nearCues: true }), 'fact:near');
    assert.equal(
      basisOf('fact', [], { text: 'The canal was dredged in 2010.', words: 6 }),
      'fact:clean',
    );
  });

  it('rates the analyzer’s own facts by their marks, the headline included', () => {
    assert.deepEqual(
      bases(
        'The canal was dredged in 2010. The canal was dredged again in 2015, but it silted up.',
      ),
      ['fact:clean', 'fact:marked'],
    );
    const headline = analyzeArticle('Canal reopens to barges\n\nThe canal was dredged in 2010.')
      .sentences[0];
    assert.equal(headline?.kind, 'headline');
    assert.equal(headline?.basis, 'fact:marked');
  });
});
