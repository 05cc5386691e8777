import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';

describe('an honorific and a name running into a lower-case title (leadingTitledName)', () => {
  it('takes the name as the speaker when the comma is left out', () => {
    const a = analyzeArticle(
      'Harbour games go sharper\n\n"Every new console will need it," Dr Ana Ruiz games director at harbour studio HBX told reporters.\n',
    );
    const quote = a.sentences.flatMap((s) => s.quotes).find((q) => q.type === 'speech');
    assert.equal(quote?.speaker, 'Ana Ruiz');
  });
});
