import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';

function body(sentence: string) {
  return analyzeArticle(`Harbour firm changes plan\n\n${sentence}`).sentences[1]!;
}

describe('a participle that says how a title is held (TITLE_PARTICIPLES)', () => {
  it('reads "managing director" as a title inside the subject, so the report is attributed', () => {
    const s = body(
      'Tom Reyes, managing director of harbour firm Quaylink said that the plan would save money.',
    );
    assert.equal(s.label, 'attributed');
    assert.equal(s.sources.length, 1);
  });

  it('still reads the participle as a verb when no title follows', () => {
    const s = body('Managing the harbour has cost the town £2m this year.');
    assert.equal(s.label, 'fact');
  });
});
