import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';
import { speakers } from './helpers/short-article.ts';

const articleSpeakers = (text: string) =>
  analyzeArticle(text).sentences.flatMap((s) => s.quotes.map((q) => q.speaker));

describe('speakers round 39 showed', () => {
  it('reads "the actor" as the person the headline and the lead name, not an actor named later', () => {
    assert.deepEqual(
      articleSpeakers(
        'Reyes turned down lead role\n\nLate film star Tom Reyes is said to have turned down his best-known role.\n\nThe actor refused, saying: "I will not play a gangster."\n\nHis agent said he looked like Dan Hale, an actor famed for playing gangsters.',
      ),
      ['Tom Reyes'],
    );
  });

  it('reads an unnamed spokesman of a named party as the one a later "he" points to', () => {
    assert.deepEqual(
      speakers(
        'The Greens\' campaign cost £1m and the Lib Dems\' £2m. But a UKIP spokesman said the others had spent more. "We had to buy the space," he added.',
      ),
      ['a UKIP spokesman'],
    );
  });

  it('reads "the newspaper" as the paper named with a word describing it', () => {
    assert.deepEqual(
      speakers(
        'Earlier this week, the local Harbour News said the minister had erred. The newspaper said many readers found his reply "a poor excuse".',
      ),
      ['Harbour News'],
    );
  });
});
