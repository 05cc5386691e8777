import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('a given name of two syllables joined by a hyphen (mergeHyphenNames, lastNamePiece)', () => {
  it('keeps "Kim In-seok" whole when the tagger reads "In" as a preposition', () => {
    assert.deepEqual(
      speakers(
        'Police Chief Kim Sung Ho spoke first. One marcher, Kim In-seok, stated, "We are just here to be heard."',
      ),
      ['Kim In-seok'],
    );
  });

  it('tells "Moon Jae-in" from "Kim In-seok" in one article', () => {
    assert.deepEqual(
      speakers(
        'One marcher, Kim In-seok, stated, "We are just here to be heard." Later Moon Jae-in said "It is over."',
      ),
      ['Kim In-seok', 'Moon Jae-in'],
    );
  });

  it('still files "Muqtada al-Sadr" under "Sadr"', () => {
    assert.deepEqual(speakers('Muqtada al-Sadr spoke on Friday. "We will fight," Sadr said.'), [
      'Muqtada al-Sadr',
    ]);
  });
});
