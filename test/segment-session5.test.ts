import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/analyze.ts';
import { segmentArticle } from '../server/analysis/segment/segment.ts';

const texts = (text: string) =>
  segmentArticle(`Title\n\n${text}`)
    .slice(1)
    .map((s) => s.text);

describe('segmentArticle(session 5: initials, company forms, original-language markers)', () => {
  it('keeps two initials, the second an "I", with the surname after them', () => {
    assert.deepEqual(
      texts('Nora B. I. Lindqvist, head of the museum, opened the hall. Crowds came.'),
      ['Nora B. I. Lindqvist, head of the museum, opened the hall.', 'Crowds came.'],
    );
  });

  it('still ends a sentence on an initial before the pronoun "I"', () => {
    assert.deepEqual(texts('The plan was called Option B. I think it failed.'), [
      'The plan was called Option B.',
      'I think it failed.',
    ]);
  });

  it('keeps a bracketed name after a company legal form in the sentence', () => {
    assert.deepEqual(
      texts('The maker Delta Gépgyártó Kft. (Delta Machines) bought a rival. Prices rose.'),
      ['The maker Delta Gépgyártó Kft. (Delta Machines) bought a rival.', 'Prices rose.'],
    );
    assert.deepEqual(
      texts('The plant belongs to Rhein Werke GmbH. (It was sold in May.) Work goes on.').length,
      2,
    );
  });

  it('still ends a sentence on a company legal form before a capitalised word', () => {
    assert.deepEqual(texts('The deal went to Rhein Werke GmbH. Workers were told on Friday.'), [
      'The deal went to Rhein Werke GmbH.',
      'Workers were told on Friday.',
    ]);
  });

  it('opens a sentence at an original-language marker after a quotation that ended with a stop', () => {
    assert.deepEqual(
      texts(
        'The mayor said, "we will rebuild the bridge." ((pt))Portuguese language: ‍vamos reconstruir a ponte.',
      ),
      [
        'The mayor said, "we will rebuild the bridge."',
        '((pt))Portuguese language: ‍vamos reconstruir a ponte.',
      ],
    );
    assert.deepEqual(
      texts('She cited the "[old] rule[.]" ((de))German language: ‍die alte Regel.').length,
      2,
    );
  });

  it('leaves the marker in the sentence when the quotation before it has no stop', () => {
    assert.deepEqual(
      texts('He called it a "fresh start" ((de))German language: ‍ein Neuanfang for the town.'),
      ['He called it a "fresh start" ((de))German language: ‍ein Neuanfang for the town.'],
    );
  });

  it("labels the original-language sentence as someone else's words", () => {
    const article = analyzeArticle(
      'Bridge to reopen\n\nThe mayor said, "we will rebuild the bridge." ((pt))Portuguese language: ‍vamos reconstruir a ponte.',
    );
    const original = article.sentences.find((s) => s.text.startsWith('((pt))'));
    assert.equal(original?.label, 'attributed');
  });
});
