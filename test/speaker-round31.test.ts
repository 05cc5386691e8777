import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('speakers named by what they are', () => {
  it('reads a nationality as the person just named, past a man talked about', () => {
    assert.deepEqual(
      speakers(
        'Ana Ruiz has criticised the tournament. Reacting to a disputed remark by club chairman Tom Hale, the American said: "It is insulting."',
      ),
      ['Ana Ruiz'],
    );
    assert.deepEqual(
      speakers(
        'Tom Hale won the final in four sets. Asked about the crowd, the Briton said: "They were wonderful."',
      ),
      ['Tom Hale'],
    );
  });

  it('reads an age as the person just named, not the author of a remark', () => {
    assert.deepEqual(
      speakers(
        'Ana Ruiz has criticised the tournament. Reacting to a comment by chairman Tom Hale, the 28-year-old said: "It is insulting."',
      ),
      ['Ana Ruiz'],
    );
  });

  it('reads a firm described by its trade as the firm named just before, and its "it" too', () => {
    assert.deepEqual(
      speakers(
        'Revenues at ferry group Ferrolink rose. Ferrolink also cut its debt. The ferry and freight operator said the year had begun well, adding it expected "further growth" in the spring.',
      ),
      ['Ferrolink'],
    );
  });
});
