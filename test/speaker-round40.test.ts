import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('speakers round 40 showed', () => {
  it('gives the words to the full name right before "said", past a list set off by commas', () => {
    assert.deepEqual(
      speakers(
        'After beating Ann Lee, Priya Raghunathan, Sara Hale and Jo Roe to the title, Megan Yelling said: "I do not know what to say."',
      ),
      ['Megan Yelling'],
    );
  });

  it('reads words that go on with "of" after a quotation as no tag', () => {
    assert.deepEqual(
      speakers(
        'Minister Tom Reyes said there had been a "steady flow" of reports suggesting the gangs were active.',
      ),
      ['Tom Reyes'],
    );
  });

  it('reads "the Conservatives" as the party, not the last man named', () => {
    assert.deepEqual(
      speakers(
        'The posters showed Tom Reyes as a pig. The posters were labelled a "big mistake" by the Conservatives.',
      ),
      ['Conservatives'],
    );
  });

  it('gives a quotation after a relayed phrase to the subject who relayed it', () => {
    assert.deepEqual(
      speakers(
        'Councillor Ann Lee reminded the chamber that mayor Tom Reyes had called the plan "a disgrace". "How can anyone now defend it?"',
      ),
      ['Tom Reyes', 'Ann Lee'],
    );
  });
});
