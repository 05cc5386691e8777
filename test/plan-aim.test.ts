import assert from 'node:assert/strict';
import { labelOf } from './helpers/short-article.ts';

describe('the aim of a plan (canAim)', () => {
  it('reads what a programme aims to do as its purpose, a fact', () => {
    assert.equal(
      labelOf('The programme aims to house up to ten people by the end of the year.'),
      'fact',
    );
  });

  it('still reads what a charity aims to do as its stated aim', () => {
    assert.equal(labelOf('The charity aims to raise 5,000 pounds for the shelter.'), 'attributed');
  });
});
