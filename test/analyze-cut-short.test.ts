import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';

// A teacher's paste may stop anywhere: the analysis must label what is there, never throw.
describe('analyzeArticle(text cut short)', () => {
  it('analyses a text that stops right after a finding verb and a preposition', () => {
    for (const end of ['They found in', 'They found in the', 'The panel concluded of']) {
      const { sentences } = analyzeArticle(`Head\n\n${end}`);
      assert.equal(sentences.length, 2, end);
    }
  });

  it('analyses a text that stops right after "according to a" (a source cut off at its determiner)', () => {
    for (const end of ['according to a', 'Prices rose, according to an', 'According to one']) {
      const { sentences } = analyzeArticle(`best\n\n${end}`);
      assert.equal(sentences.length, 2, end);
    }
  });

  it('analyses every cut of an article at a word boundary', () => {
    const text =
      'Crops lost\n\nFarmer Tom Reyes lost his crops, a study found in May. "Everything is gone," the farmer said. Image: Ann Lee.\n\nOne of the key demands was aid.';
    const words = text.split(/(\s+)/);
    for (let cut = 1; cut <= words.length; cut++) analyzeArticle(words.slice(0, cut).join(''));
  });
});
