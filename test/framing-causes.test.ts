import assert from 'node:assert/strict';
import { findFramingCues } from '../server/analysis/framing/framing.ts';
import { labels } from './helpers/short-article.ts';

// Session 4: general causes of false and missed framing, each with a sentence written for the test.
const cueTexts = (text: string): string[] => findFramingCues(text, []).map((e) => e.text);

describe('framing causes (session 4)', () => {
  it('leaves a hedge adverb in a source\'s clause to the source ("warned … could potentially")', () => {
    assert.deepEqual(
      cueTexts('Union leaders warned the new rota could potentially leave wards without nurses.'),
      [],
    );
    assert.deepEqual(cueTexts('The new rota could potentially leave wards without nurses.'), [
      'could potentially leave',
    ]);
  });

  it('reads capitals after a determiner or number as an acronym ("five AM stations"), not emphasis', () => {
    assert.deepEqual(cueTexts('The company owns twelve FM and five AM stations.'), []);
    assert.deepEqual(cueTexts('She moved to the IT desk last spring.'), []);
    assert.deepEqual(cueTexts('This is NOT a pay rise.'), ['NOT']);
  });

  it('says what a legal case concerns with "at the center of the case", and weighs with "at the heart of"', () => {
    assert.deepEqual(cueTexts('At the center of the lawsuit was a fishing licence.'), []);
    assert.deepEqual(cueTexts('At the heart of the matter is trust.'), ['At the heart of']);
  });

  it('reads a perfect whose participle looks like its base form as narration ("have come")', () => {
    assert.deepEqual(
      labels('The mayor and her aides have come under scrutiny over the fraud at the depot.'),
      ['fact'],
    );
    assert.deepEqual(labels('Fraud ruins the depot.'), ['framing']);
  });

  it("hands an adjective after a judging verb's object to the assessor, not to the writer", () => {
    assert.deepEqual(cueTexts('Inspectors deemed the old pier unsafe.'), []);
    assert.deepEqual(cueTexts('She considered her best novel to be her first.'), []);
    assert.deepEqual(cueTexts('Critics found it awful.'), []);
    assert.deepEqual(cueTexts('I found it awful.'), ['awful']);
    assert.deepEqual(cueTexts('He found a good seat.'), ['good']);
  });
});
