import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';

const ARTICLE = `Carmaker to build plant

Harbour Motors is to build a second plant in Chile. The firm sold 20,000 cars there last year. By 2010, it expects to nearly double sales. The new plant opens in May.`;

describe('"it expects" after a named body (IT_SPEAKS_VERBS)', () => {
  it('reads the expectation as the body’s own report', () => {
    const s = analyzeArticle(ARTICLE).sentences.find((x) => x.text.includes('it expects'))!;
    assert.equal(s.label, 'attributed');
  });

  it('leaves the plain facts around it facts', () => {
    const s = analyzeArticle(ARTICLE).sentences.find((x) => x.text.startsWith('The new plant'))!;
    assert.equal(s.label, 'fact');
  });
});
