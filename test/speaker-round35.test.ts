import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('a full name given only inside a quotation', () => {
  it('names the speaker the article otherwise calls by surname', () => {
    assert.deepEqual(
      speakers(
        'Hale said: "I should like to thank (sporting director) Frank Arnesen for his help." Arnesen said the club was sad: "We are disappointed."',
      ),
      ['Hale', 'Frank Arnesen'],
    );
  });

  it('adds nobody who is named only inside a quotation', () => {
    assert.deepEqual(
      speakers(
        'Hale said: "I should like to thank Frank Arnesen for his help." A spokesman said: "We agree."',
      ),
      ['Hale', 'A spokesman'],
    );
  });
});
