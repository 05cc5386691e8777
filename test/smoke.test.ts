import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../server/analysis/index.ts';

describe('analyzeArticle(seed article)', () => {
  it('starts with the headline as the title', () => {
    const text = readFileSync(
      new URL('../content/000_01eb33c84de12762.txt', import.meta.url),
      'utf8',
    );
    const analysis = analyzeArticle(text);
    assert.equal(analysis.sentences[0]?.kind, 'headline');
    assert.match(analysis.title, /^Exclusive: Trump/);
  });
});
