import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';

function speakersOf(...paragraphs: string[]): (string | null)[] {
  return analyzeArticle(['Test headline', ...paragraphs].join('\n\n'))
    .sentences.flatMap((s) => s.quotes ?? [])
    .filter((q) => q.type === 'speech')
    .map((q) => q.speaker);
}

describe('a full name after a long coordinated description', () => {
  it('speaks when the subject walk finds no subject before the verb', () => {
    const speakers = speakersOf(
      'Dock manager at the Pine Harbour Trust and former deputy mayor for public housing Lena K. Ostrow told the paper, "We built the pier. It has held for years."',
    );
    assert.deepEqual(speakers, ['Lena K. Ostrow', 'Lena K. Ostrow']);
  });

  it('does not take the name from an earlier quotation of the paragraph', () => {
    const speakers = speakersOf(
      'Columnist Piet Vermaak called the move a "hollow gesture." Head nurse at the Valley Clinic and former adviser on rural health Dora M. Quist wrote, "We asked for beds. We got a slogan."',
    );
    assert.deepEqual(speakers.slice(-2), ['Dora M. Quist', 'Dora M. Quist']);
  });
});
