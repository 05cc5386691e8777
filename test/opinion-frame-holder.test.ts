import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';

describe('a person named in an opening "For X, …" (isOblique)', () => {
  it('is the one a later "he said" goes to, not someone named before', () => {
    const a = analyzeArticle(
      [
        'Harbour search future',
        '',
        'For harbour analyst Tom Reyes, the ferry firm made an error. "They should have waited," he said.',
        '',
        'But for Sam Ortiz, a research director at Quaylink, the future is not about technology. "Content is what matters," he said.',
      ].join('\n'),
    );
    const quote = a.sentences
      .flatMap((s) => s.quotes)
      .filter((q) => q.type === 'speech')
      .at(-1);
    assert.equal(quote?.speaker, 'Sam Ortiz');
  });
});
