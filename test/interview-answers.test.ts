import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';

const bodyLabels = (article: string) =>
  analyzeArticle(article)
    .sentences.filter((s) => s.kind === 'body')
    .map((s) => s.label);

const answer =
  "Ana Ruiz's roots are in the harbour town. She has distanced herself from the council. I think the port will recover.";

describe('interview answers printed as prose (interviewAnswers)', () => {
  it('attributes every sentence of a first-person answer after the question put', () => {
    const labels = bodyLabels(
      `Wikinews interviews: Ana Ruiz on the harbour\n\nWikinews asked Ana Ruiz about the port.\n\n${answer}\n`,
    );
    assert.deepEqual(labels.slice(1), ['attributed', 'attributed', 'attributed']);
  });

  it('leaves the same paragraph alone in an article that is no interview', () => {
    const labels = bodyLabels(
      `Harbour town votes on the port\n\nThe council asked Ana Ruiz about the port.\n\n${answer}\n`,
    );
    assert.notEqual(labels[1], 'attributed');
  });

  it('leaves a narrative paragraph without a first person alone', () => {
    const labels = bodyLabels(
      'Wikinews interviews: Ana Ruiz on the harbour\n\nWikinews asked Ana Ruiz about the port.\n\nThe port opened in 1902 and employs 300 people.\n',
    );
    assert.equal(labels[1], 'fact');
  });

  it('keeps an answer that tells of someone else being asked an answer', () => {
    const labels = bodyLabels(
      'Wikinews interviews: Ana Ruiz on the harbour\n\nWikinews asked Ana Ruiz about the port.\n\n' +
        'I think the port will recover. When the mayor was asked about it, he agreed.\n',
    );
    assert.deepEqual(labels.slice(1), ['attributed', 'attributed']);
  });
});
