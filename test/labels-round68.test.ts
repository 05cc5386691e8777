import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';

describe('reports round 68 showed', () => {
  it('reads a request to a long addressee joined by "and" as an act', () => {
    assert.deepEqual(
      labels(
        'The city has asked a Dutch engineer and former national rail director to run its tram network.',
      ),
      ['fact'],
    );
  });

  it('reads approval still to be given as a condition, not a view held', () => {
    assert.deepEqual(labels('Ms Ruiz has taken the job, subject to approval from the board.'), [
      'fact',
    ]);
  });

  it('reads names being considered by a body as a matter under way, not its view', () => {
    assert.deepEqual(
      labels(
        'They are among ten new names being considered by the oversight body.\n\nThe plan is considered by engineers to be unsafe.',
      ),
      ['fact', 'attributed'],
    );
  });

  it('reads a verb hyphened to the next word as a compound noun, not an order', () => {
    assert.deepEqual(labels('Go-ahead for new tram line'), ['fact']);
  });
});

describe('reports round 69 showed', () => {
  it('reads a speech only scheduled, with no clause said, as no report', () => {
    assert.deepEqual(
      labels(
        'Ms Kelly is expected to announce her plans in the next fortnight.\n\nShe is expected to say that the figures are encouraging.',
      ),
      ['fact', 'attributed'],
    );
  });

  it('reads what critics started to wonder as their question', () => {
    assert.deepEqual(
      labels('After two defeats, critics have started to wonder whether the captain should stay.'),
      ['attributed'],
    );
  });

  it('reads what a court heard as the evidence given to it', () => {
    assert.deepEqual(
      labels('The court heard how the ballots were taken to the elections office.'),
      ['attributed'],
    );
  });

  it('reads a document before "of" as the subject that shows', () => {
    assert.deepEqual(
      labels('The minutes of the March meeting showed that members were worried about prices.'),
      ['attributed'],
    );
  });

  it('reads all the attempts of a named actor as a tally, not a sweep', () => {
    assert.deepEqual(labels('All attempts by the council to contact the owner have failed.'), [
      'fact',
    ]);
  });
});
