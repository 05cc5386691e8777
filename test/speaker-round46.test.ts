import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';
import { speakers } from './helpers/short-article.ts';

const articleSpeakers = (text: string) =>
  analyzeArticle(text).sentences.flatMap((s) => s.quotes.map((q) => q.speaker));

describe('speakers round 46 showed', () => {
  it('leaves an award hyphened to a descriptor before a name out of the name', () => {
    assert.deepEqual(speakers('"The beers are on me," said Bafta-winner Ann Lee.'), ['Ann Lee']);
  });

  it('keeps a hyphenated given name whole', () => {
    assert.deepEqual(speakers('"We will not stop," said Man-kei Tam.'), ['Man-kei Tam']);
  });

  it('reads "the Harbour athlete" as the person the headline and the lead name', () => {
    assert.deepEqual(
      articleSpeakers(
        'Hale in solid start\n\nTom Hale is confident of a medal after a solid debut in Madrid.\n\n"It was a learning curve," said the Harbour athlete.',
      ),
      ['Tom Hale'],
    );
  });
});
