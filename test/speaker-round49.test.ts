import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('speakers round 49 showed', () => {
  it('gives "he" to the one who said past an apposition, not to a name in a clause after', () => {
    assert.deepEqual(
      speakers(
        'Tim Renner, a former label boss, says sales are falling.\n\nHowever, Peter Zombic, the head of the federation in Germany, said he did not feel the situation was as "dramatic" as Mr Renner believed.\n\n"It is quite true that we have severe problems," he argued.',
      ),
      ['Peter Zombic', 'Peter Zombic'],
    );
  });

  it('reads the name after a verb of saying that opens the sentence as its speaker', () => {
    assert.deepEqual(
      speakers('Said Wales assistant coach Scott Johnson: "They have worked through the weekend."'),
      ['Scott Johnson'],
    );
  });

  it('reads a name after "and" past a day as the subject of a new clause', () => {
    assert.deepEqual(
      speakers(
        'Club president Jose Luis Astiazaran said the game would go on.\n\nThe two clubs met the FA on Monday and Astiazaran added: "We thought about it."',
      ),
      ['Jose Luis Astiazaran'],
    );
  });

  it('keeps a plural possessive inside an apposition, so the name before it speaks', () => {
    assert.deepEqual(
      speakers(
        'But Steve Radley, chief economist at the manufacturers\' organisation EEF, said: "These figures are odd."',
      ),
      ['Steve Radley'],
    );
  });
});
