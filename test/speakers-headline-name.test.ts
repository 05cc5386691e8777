import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';

function speakersOf(headline: string, ...paragraphs: string[]): (string | null)[] {
  return analyzeArticle([headline, ...paragraphs].join('\n\n'))
    .sentences.flatMap((s) => s.quotes ?? [])
    .filter((q) => q.type === 'speech')
    .map((q) => q.speaker);
}

describe('a full name given only in the headline', () => {
  it('names "Mr. Hale" in the body by the headline\'s "Thomas Hale"', () => {
    const speakers = speakersOf(
      'Thomas Hale opens the new harbour bridge',
      'The mayor cut the ribbon at noon. "This bridge joins two halves of one town," said Mr. Hale.',
    );
    assert.deepEqual(speakers, ['Thomas Hale']);
  });

  it("keeps the body's own full name over the headline's", () => {
    const speakers = speakersOf(
      'Thomas Hale opens the new harbour bridge',
      'Mayor Tom W. Hale cut the ribbon. "It took ten years," Hale said.',
    );
    assert.deepEqual(speakers, ['Tom W. Hale']);
  });

  it('takes no name from two capitalised headline words that are not a given name and a surname', () => {
    const speakers = speakersOf(
      'Harbour Bridge Opens After Ten Years',
      'The mayor cut the ribbon. "It took ten years," Mr. Bridge said.',
    );
    assert.deepEqual(speakers, ['Bridge']);
  });

  it('takes the middle name the headline gives to a full name the body shortens', () => {
    const speakers = speakersOf(
      'Convicted smuggler Rami Nasser Haddad freed after six years',
      'His brother Yusuf Haddad waited outside. "I was always innocent," said Rami Haddad.',
    );
    assert.deepEqual(speakers, ['Rami Nasser Haddad']);
  });
});
