import assert from 'node:assert/strict';
import { labelOf } from './helpers/short-article.ts';

describe('", saying" with a clause whose verb has an adverb before it (clauseFollows)', () => {
  it('reports what the subject said', () => {
    assert.equal(
      labelOf(
        'The medical association also backs the bill, saying it just gives patients the same rights.',
      ),
      'attributed',
    );
  });

  it('leaves ", saying" with an object alone a fact', () => {
    assert.equal(
      labelOf('The firm cut 200 jobs last year, saying goodbye to its oldest plant.'),
      'fact',
    );
  });
});
