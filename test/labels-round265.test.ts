import assert from 'node:assert/strict';
import { labelOf, labels } from './helpers/short-article.ts';

describe('a passive judgement whose agent follows its "as" phrase', () => {
  it('attributes "criticized as an example of waste by critics" to the critics', () => {
    assert.equal(
      labelOf(
        'The rule has long been criticized as an example of waste by critics of the council.',
      ),
      'attributed',
    );
  });

  it('keeps the same judgement without an agent as framing', () => {
    assert.equal(labelOf('The rule has long been criticized as an example of waste.'), 'framing');
  });
});

describe('a hedge beside the modal of a relative clause on a noun (describesNoun)', () => {
  it('reads "groups that potentially could lose funding include …" as a fact about the groups', () => {
    assert.deepEqual(
      labels(
        'Groups that potentially could lose funding include the Harbour Union and the Elm Park Council. ' +
          'Groups that could potentially lose funding include the Harbour Union.',
      ),
      ['fact', 'fact'],
    );
  });

  it('keeps the hedge of a main clause as speculation', () => {
    assert.equal(labelOf('The Harbour Union potentially could lose its funding.'), 'framing');
  });
});

describe('a participle of saying after a text someone signs or sends (sentTextSaying)', () => {
  it('attributes the content of a letter to those who signed it', () => {
    assert.deepEqual(
      labels(
        'Eight senators signed a letter to the governor and the state treasurer expressing their concern that the plan is unfair. ' +
          'Eight senators signed a letter saying the plan is unfair.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('leaves a letter that only asks for something a fact', () => {
    assert.equal(labelOf('The charity sent a letter asking for donations.'), 'fact');
  });
});
