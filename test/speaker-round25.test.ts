import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('speakers(names the tagger cut)', () => {
  it('reads a given name that is also a verb before a surname with a capital inside it', () => {
    assert.deepEqual(
      speakers('"This should save investors money," Rob McIvor, FSA spokesman, told BBC News.'),
      ['Rob McIvor'],
    );
  });

  it('ends a name at a dash set off by spaces, and reads "the Guildford Four" as a group', () => {
    assert.deepEqual(
      speakers(
        'Tony Blair apologised. However, one of the so-called Guildford Four, Gerry Conlon - who was wrongly convicted - said the families were delighted. He said Mr Blair had spoken with "such sincerity".',
      ),
      ['Gerry Conlon'],
    );
  });
});
