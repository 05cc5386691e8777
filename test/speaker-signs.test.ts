import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('speakers(slogans on signs and in chants)', () => {
  it('gives the words on a sign to whoever carries it', () => {
    assert.deepEqual(
      [
        'Protesters carried signs reading "Save our park".',
        'One protester held a banner that read "No more war".',
      ].flatMap((t) => speakers(t)),
      ['Protesters', 'One protester'],
    );
  });

  it('gives a chanted slogan to the crowd chanting it', () => {
    assert.deepEqual(
      [
        'Demonstrators chanted "Shame on you" outside the hall.',
        'Students marched through the city, chanting "We want justice".',
      ].flatMap((t) => speakers(t)),
      ['Demonstrators', 'Students'],
    );
  });

  it('finds no carrier for a sign that stands on its own', () => {
    assert.deepEqual(speakers('A sign at the entrance read "Closed until further notice".'), [
      null,
    ]);
  });
});
