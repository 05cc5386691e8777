import assert from 'node:assert/strict';
import { labels, speakers } from './helpers/short-article.ts';

describe('reports round 70 showed', () => {
  it('reads an inverted tag whose subject opens on a possessive', () => {
    assert.deepEqual(
      labels('This would allow months of talks to follow, said our correspondent.'),
      ['attributed'],
    );
  });
});

describe('speakers round 70 showed', () => {
  it('reads a quoted word before the noun it modifies as no tag’s start', () => {
    assert.deepEqual(
      speakers(
        'Privately ministers believe this will be the "less painful" option, our reporter added.',
      ),
      ['ministers'],
    );
  });

  it('still reads a noun that a verb of saying follows as the tag’s subject', () => {
    assert.deepEqual(speakers('"We will appeal" lawyers said.'), ['lawyers']);
  });
});
