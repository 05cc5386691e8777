import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';

function speakersOf(...paragraphs: string[]): (string | null)[] {
  return analyzeArticle(['Test headline', ...paragraphs].join('\n\n'))
    .sentences.flatMap((s) => s.quotes ?? [])
    .filter((q) => q.type === 'speech')
    .map((q) => q.speaker);
}

describe('findQuotes(two people sharing a surname)', () => {
  const couple = 'Osman Kaya, 52, and his wife Selin Kaya, 49, run the bakery.';

  it('gives "he" to the husband and "she" to the wife a kin word named', () => {
    assert.deepEqual(
      speakersOf(
        `${couple} A neighbour asked him to sell, but he answered "I will never do that".`,
      ),
      ['Osman Kaya'],
    );
    assert.deepEqual(
      speakersOf(
        `${couple} A neighbour asked her to sell, but she answered "I will never do that".`,
      ),
      ['Selin Kaya'],
    );
  });

  it('gives "Mr" and "Mrs" with the surname to the member of that sex', () => {
    assert.deepEqual(speakersOf(`${couple} Mr Kaya told the paper: "Bread is our life."`), [
      'Osman Kaya',
    ]);
    assert.deepEqual(speakersOf(`${couple} Mrs Kaya told the paper: "Bread is our life."`), [
      'Selin Kaya',
    ]);
  });
});
