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

describe('a name after "giant" (BODY_ONLY_KINDS)', () => {
  it('names a body, so "she" goes to the woman named before it', () => {
    const a = analyzeArticle(
      [
        'Harbour chief backs phones',
        '',
        'Phones will shape the harbour, according to Ana Ruiz, chief of technology giant Hewlett Quay.',
        '',
        'She said the goal for 2005 was to put people first. "People come first," she told delegates.',
      ].join('\n'),
    );
    const quote = a.sentences.flatMap((s) => s.quotes).find((q) => q.type === 'speech');
    assert.equal(quote?.speaker, 'Ana Ruiz');
  });
});
