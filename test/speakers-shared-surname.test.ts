import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';

function speakersOf(...paragraphs: string[]): (string | null)[] {
  return analyzeArticle(['Test headline', ...paragraphs].join('\n\n'))
    .sentences.flatMap((s) => s.quotes ?? [])
    .filter((q) => q.type === 'speech')
    .map((q) => q.speaker);
}

describe('two people whose surnames differ only by accents', () => {
  it('gives a surname written with the accents to the person whose full name carries them', () => {
    const speakers = speakersOf(
      'Police detained the writer Kemal Ozturk on Monday.',
      'The minister, Omar Ali Öztürk, spoke later. "The courts will decide," Öztürk said.',
    );
    assert.deepEqual(speakers, ['Omar Ali Öztürk']);
  });
});

describe('a full name given once with a middle name', () => {
  it('credits the shorter full name to the fullest form', () => {
    const speakers = speakersOf(
      'Rami Nasser Haddad was freed on Friday.',
      'Rami Haddad thanked his lawyers. "I was always innocent," said Rami Haddad.',
    );
    assert.deepEqual(speakers, ['Rami Nasser Haddad']);
  });
});
