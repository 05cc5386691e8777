import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';
import { analyzeArticle } from '../server/analysis/index.ts';

describe('reports round 74 showed', () => {
  it('reads a share of people surveyed, "people" with no -s, as the respondents who said', () => {
    assert.deepEqual(
      labels('More than half of 2,000 people surveyed said they had worries about the tags.'),
      ['attributed'],
    );
  });
});

describe('speakers round 74 showed', () => {
  it('gives a headline’s quotation to the person the lead’s subject names when the headline names them too', () => {
    const speakers = analyzeArticle(
      "Lane 'proud of transport record'\n\nMaria Lane has delivered a rousing speech to the party's conference.",
    ).sentences.flatMap((s) => s.quotes.map((q) => q.speaker));
    assert.deepEqual(speakers, ['Maria Lane']);
  });
});

describe('reports round 75 showed', () => {
  it('finds the titled name after an opening participle and its object', () => {
    assert.deepEqual(labels('Launching the scheme Mr Okafor said real progress had been made.'), [
      'attributed',
    ]);
  });

  it('reads a likening as words said', () => {
    assert.deepEqual(labels('Acme likened cloud computing to the arrival of mains water.'), [
      'attributed',
    ]);
  });
});
