import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';

const ARTICLE = [
  'Reyes storms to harbour sprint win',
  '',
  'Tom Reyes shook off a cold to win the 60m at the harbour meeting on Sunday.',
  '',
  'Reyes clocked 6.56 seconds, well ahead of Norway\'s Ole Berg, who crossed the line in 6.67 secs. The two-time champion said: "I almost went home."',
].join('\n');

describe('a name after a preposition with a possessive owner before it (isOblique)', () => {
  it('is no subject a later description points back to', () => {
    const quote = analyzeArticle(ARTICLE)
      .sentences.flatMap((s) => s.quotes)
      .find((q) => q.type === 'speech');
    assert.equal(quote?.speaker, 'Tom Reyes');
  });
});
