import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';

describe('reports round 33 showed', () => {
  it('reads "it" after a fronted time phrase as the body speaking', () => {
    assert.deepEqual(
      labels('The ferry line expects a hard year. In August it warned of losses of 6m.'),
      ['attributed', 'attributed'],
    );
  });

  it('steps over a participle’s phrase between the subject and its verb', () => {
    assert.deepEqual(
      labels(
        'The firm, reporting its first results since listing in the spring, said the market had grown.',
      ),
      ['attributed'],
    );
  });

  it('reads "made it clear that" as a statement', () => {
    assert.deepEqual(
      labels('But the agency made it clear that the new rating did not end the risks.'),
      ['attributed'],
    );
  });

  it('reads "It is understood" before a bare clause as hearsay', () => {
    assert.deepEqual(labels('It is understood meetings will be held on Wednesday.'), [
      'attributed',
    ]);
  });
});
