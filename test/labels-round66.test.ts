import assert from 'node:assert/strict';
import { labels, speakers } from './helpers/short-article.ts';

describe('reports round 66 showed', () => {
  it('finds a name after an opening prepositional phrase with no comma as the subject', () => {
    assert.deepEqual(
      labels(
        'In its bankruptcy filing Netgrid claimed it had debts of more than 50m dollars.\n\nFor its part Netgrid said the move was necessary.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('reads a crime denied as a plea, claims denied as words', () => {
    assert.deepEqual(labels('The former actor has denied murder.\n\nHe denied the fraud claims.'), [
      'fact',
      'attributed',
    ]);
  });

  it('reads what "it" aims to do as a purpose, what a named body aims to do as its aim', () => {
    assert.deepEqual(
      labels(
        'The pipeline will run from the Black Sea. It aims to carry 750,000 barrels a day.\n\nThe charity aims to plant a million trees.',
      ),
      ['fact', 'fact', 'attributed'],
    );
  });
});

describe('speakers round 66 showed', () => {
  it('leaves a party’s nickname before a name out of the name', () => {
    assert.deepEqual(
      speakers('But Lib Dem Nora Baird accused ministers of creating a "waste mountain".'),
      ['Nora Baird'],
    );
  });
});
