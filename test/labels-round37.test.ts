import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';

describe('reports round 37 showed', () => {
  it('reads a plan unveiled, actively or by its makers, as announced', () => {
    assert.deepEqual(
      labels(
        'The Greens unveiled plans to close six coal plants. Proposals to cut bus fares have been unveiled by the council.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('reads a statue unveiled as an act', () => {
    assert.deepEqual(labels('The mayor unveiled a statue of the poet on Friday.'), ['fact']);
  });

  it('reads a newsroom that understands or has learned as a source closing the sentence', () => {
    assert.deepEqual(
      labels(
        'The striker is close to a loan move, Harbour Sport understands. The club has agreed a fee, the Courier has learned.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('reads "understands" with an object as no report', () => {
    assert.deepEqual(labels('The coach understands the risks of the move.'), ['fact']);
  });

  it('finds the titled speaker after an opening participle without a comma', () => {
    assert.deepEqual(
      labels('Speaking to the Courier website Mr Hale said the prize was a surprise.'),
      ['attributed'],
    );
  });

  it('reads an aim inside a relative clause as no one’s stated stance', () => {
    assert.deepEqual(
      labels('The site lets readers keep a list of the journals they want to follow.'),
      ['fact'],
    );
  });

  it('reads a merit credited to someone by nobody named as the writer’s', () => {
    assert.deepEqual(labels('She is widely credited with founding the festival.'), ['framing']);
  });
});
