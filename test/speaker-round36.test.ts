import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('titles and tournaments round 36 showed', () => {
  it('names a DJ without the title before the name', () => {
    assert.deepEqual(speakers('Harbour Radio DJ Pete Hale said: "This year has been wonderful."'), [
      'Pete Hale',
    ]);
  });

  it('reads a tournament named after its kind as no man for a later "he"', () => {
    assert.deepEqual(
      speakers(
        '"I have taken this decision," said Carlos Reyes. "They can count on me again." The 1998 French Open champion is determined to make an impact in the major events. "At the age of 29 I have set some tough goals," he said.',
      ),
      ['Carlos Reyes', 'Carlos Reyes', 'Carlos Reyes'],
    );
  });
});
