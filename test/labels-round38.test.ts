import assert from 'node:assert/strict';
import { bodySentences, labels } from './helpers/short-article.ts';

describe('reports round 38 showed', () => {
  it('reads a hearsay passive closing the sentence as others’ claim', () => {
    assert.deepEqual(
      labels(
        'The former mayor hid the losses to keep the bonds rated, it was claimed in court. The ferry sank, it was reported on Monday.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('reads "it" advising as the body named before', () => {
    assert.deepEqual(
      labels('The Harbour Review tested 50 kettles. It recommended avoiding models without a lid.'),
      ['fact', 'attributed'],
    );
  });
});

describe('counts and questions round 38 showed', () => {
  it('reads "all the" before a number as a count, not a sweep', () => {
    assert.deepEqual(labels('All the 2,000 or so stalls in the city must close by ten.'), ['fact']);
  });

  it('reads "or so" as an estimate and "how quickly" as a question, not degree words', () => {
    const cues = bodySentences(
      'The 2,000 or so net stalls in the city must close by ten. The survey asked how quickly different firms paid their bills.',
    ).flatMap((s) => s.evidence.filter((e) => e.cue === 'intensifier'));
    assert.deepEqual(cues, []);
  });

  it('reads "best" before a named award as its category', () => {
    assert.deepEqual(labels('Some 200 films are eligible for the best film Oscar this year.'), [
      'fact',
    ]);
  });
});
