import assert from 'node:assert/strict';
import { labels, speakers } from './helpers/short-article.ts';

describe('a relative clause on the object that goes on to report (continuativeReport)', () => {
  it('attributes "spoke to X, who said …" with a clause or a quotation', () => {
    assert.deepEqual(
      labels(
        'Reporters spoke to Mara Quist, a nurse, who said the ward had run out of beds. ' +
          'The paper quoted Ilse Brand, a farmer from Lund, who said "We have lost the whole harvest to the frost."',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('leaves a relative clause on the subject a side detail', () => {
    assert.deepEqual(
      labels('Dario Pell, who said the plan was costly, flew to Rome on Tuesday with his staff.'),
      ['fact'],
    );
  });

  it('leaves "who said nothing" without a report', () => {
    assert.notEqual(labels('The police spoke to Mara Quist, who said nothing.')[0], 'attributed');
  });
});

describe('"who" after a description set off by commas (describedByWho)', () => {
  it('gives the words to the person described, not to the body that ends the description', () => {
    assert.deepEqual(
      speakers(
        'The agency spoke to Ilse Brand, an air safety expert from Lund Technical University, who said "It is a scenario we have seen before."',
      ),
      ['Ilse Brand'],
    );
  });

  it('keeps a body that is the antecedent itself', () => {
    assert.deepEqual(
      speakers('The prize was given by the Lantern Trust, who said it was "overdue".'),
      ['Lantern Trust'],
    );
  });
});
