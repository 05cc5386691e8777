import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('speakers round 45 showed', () => {
  it('reads a list of teams as nobody who speaks next', () => {
    assert.deepEqual(
      speakers(
        '"We can win the group," said Tom Reyes. Spain, Wales, France and Italy are all tied on five points. "In Rome we did not play well."',
      ),
      ['Tom Reyes', 'Tom Reyes'],
    );
  });

  it('reads a thing of someone’s as nobody who speaks next', () => {
    assert.deepEqual(
      speakers(
        '"We can win the group," said Tom Reyes. Reyes\'s usual position is in defence but he looked assured in midfield. "I was happy to play there."',
      ),
      ['Tom Reyes', 'Tom Reyes'],
    );
  });

  it('does not give words to a person they name', () => {
    assert.deepEqual(
      speakers(
        '"We can win the group," said Tom Reyes. Coach Dan Hale was keen to mention the defence. "It was something he (Hale) looked at before the game."',
      ),
      ['Tom Reyes', 'Tom Reyes'],
    );
  });
});
