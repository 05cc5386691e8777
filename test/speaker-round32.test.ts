import assert from 'node:assert/strict';
import { labels, speakers } from './helpers/short-article.ts';

describe('speakers in a paragraph whose breaks were lost', () => {
  it('gives words after a sentence naming someone else to that person, not to the speaker before', () => {
    assert.deepEqual(
      speakers(
        '"The players want a game," Forster told the BBC. Ruddock, though, is keen to rest his players. "At this stage there is nothing more they can do."',
      ),
      ['Forster', 'Ruddock'],
    );
  });

  it('keeps words that open on "he" with the speaker before', () => {
    assert.deepEqual(
      speakers(
        '"The players want a game," Forster told the BBC. Ruddock left early. "He will regret it."',
      ),
      ['Forster', 'Forster'],
    );
  });
});

describe('speakers named as a group or a peer', () => {
  it('reads "they" after "the MPs said" as the MPs', () => {
    assert.deepEqual(
      speakers(
        'Parents are often let down by the courts, MPs have said. "Delay helps one side," the MPs said. They said the law should change. This would "restore the balance", they said.',
      ),
      ['MPs', 'MPs'],
    );
  });

  it('names a peer by the given name the article also gives him', () => {
    assert.deepEqual(
      speakers(
        'Science Minister Lord Hale has given the party a donation. David Hale said he was pleased. Lord Hale added: "I am glad to help."',
      ),
      ['David Hale'],
    );
    assert.deepEqual(speakers('Lord Bach said: "I am glad to help."'), ['Lord Bach']);
  });
});

describe('contests reported as events', () => {
  it('reads winners of an award as fact', () => {
    assert.deepEqual(
      labels('Previous winners of the harbour award include the ferry captain Tom Hale.'),
      ['fact'],
    );
  });
});
