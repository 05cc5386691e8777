import assert from 'node:assert/strict';
import { labelOf } from './helpers/short-article.ts';

describe('an offence named by law in an agentless passive', () => {
  it('reads "is considered a crime" as the law\'s standing, a fact', () => {
    assert.equal(
      labelOf('Drink driving is considered a criminal offence in most countries.'),
      'fact',
    );
  });

  it('still reads a standing granted by nobody named as framing', () => {
    assert.equal(labelOf('Mugabe was considered the founding father of the nation.'), 'framing');
  });
});
