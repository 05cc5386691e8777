import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';
import { speakers } from './helpers/short-article.ts';

const articleSpeakers = (text: string) =>
  analyzeArticle(text).sentences.flatMap((s) => s.quotes.map((q) => q.speaker));

describe('speakers round 48 showed', () => {
  it('reads "the prop" as the player the headline and the lead name', () => {
    assert.deepEqual(
      articleSpeakers(
        'Prop Evans ready for battle\n\nTom Evans says the Wales forwards are ready.\n\nThe prop said: "We will front up."',
      ),
      ['Tom Evans'],
    );
  });

  it('gives "he" to the member of a family named in full just before, not to the first one named', () => {
    assert.deepEqual(
      speakers(
        'Tariq Khan, from Leeds, has been held for three years.\n\nImran Khan, father of Tariq, thanked his lawyers for their support.\n\nHe added: "They should never have been there."',
      ),
      ['Imran Khan'],
    );
  });
});
