import assert from 'node:assert/strict';
import { labelOf } from './helpers/short-article.ts';

describe('a report in the progressive ("have been warning that …")', () => {
  it('reads "have been warning that" as a report, not a warning noun', () => {
    assert.equal(
      labelOf('Unions have been warning that poorer nations could lose jobs.'),
      'attributed',
    );
  });

  it('leaves "a warning that" after "was" a noun with its clause', () => {
    assert.equal(labelOf('The fire was a warning that the old wiring had failed.'), 'fact');
  });
});
