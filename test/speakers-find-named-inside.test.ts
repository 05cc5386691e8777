import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('speakers: a person named inside a quotation', () => {
  it('is talked about, not talking: "he" passes over them to the man named before', () => {
    assert.deepEqual(
      speakers(
        'For Tom Reyes, a teacher at the school, Victor Hale was a hero. He said, "Victor Hale changed how we see the sea."',
      ),
      ['Tom Reyes'],
    );
  });

  it('still gives "he" to the one named before when no one else fits', () => {
    assert.deepEqual(
      speakers(
        'Victor Hale spoke last. He said, "Victor Hale does not give up, and neither should you."',
      ),
      ['Victor Hale'],
    );
  });

  it('leaves a relative sharing the surname to the family rule ("my father, John Reyes")', () => {
    assert.deepEqual(
      speakers(
        'Tom Reyes and his father John Reyes ran the yard. Tom Reyes spoke on Monday. He said, "My father, John Reyes, built every boat here."',
      ),
      ['Tom Reyes'],
    );
  });
});
