import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('speakers round 53 showed', () => {
  it('reads a pronoun before a closing verb as the whole subject, not the object before the comma', () => {
    assert.deepEqual(
      speakers(
        'Charles Kennedy said the Budget was unfair.\n\nThe government could not go on "patching up" the system, he added.',
      ),
      ['Charles Kennedy'],
    );
  });

  it('lets a later "he" mean the unnamed source of "according to"', () => {
    assert.deepEqual(
      speakers(
        'BT Retail has announced that it will trial the service.\n\nCable firms, according to an ntl spokesman, are in a better position than BT.\n\n"BT\'s network is limited. Will 8Mbps be enough?" he asked.',
      ),
      ['an ntl spokesman', 'an ntl spokesman'],
    );
  });
});
