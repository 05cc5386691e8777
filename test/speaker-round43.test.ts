import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('speakers round 43 showed', () => {
  it('spells out an acronym from a body’s name joined by "of"', () => {
    assert.deepEqual(
      speakers(
        'The Harbour Association of Rowing Clubs will appeal. An HARC statement said: "The decision is wrong."',
      ),
      ['Harbour Association of Rowing Clubs'],
    );
  });

  it('leaves a body’s name before a given name and a surname out of the name', () => {
    assert.deepEqual(
      speakers('But the head of the nurses’ union Unison Dave Hale said: "The plan is wrong."'),
      ['Dave Hale'],
    );
  });
});
