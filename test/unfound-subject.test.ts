import assert from 'node:assert/strict';
import { labelOf } from './helpers/short-article.ts';

describe('a verb of saying whose subject the walk back cannot find (reportWithUnfoundSubject)', () => {
  it('is attributed when a capitalised word of a body name is tagged an adverb', () => {
    assert.equal(
      labelOf('But Fair Trials Abroad director Stephen Jakobi said there were similarities.'),
      'attributed',
    );
  });

  it('is attributed when a share of people says a clause', () => {
    assert.equal(labelOf('Nearly three out of four girls said they used make-up.'), 'attributed');
  });

  it('is attributed when a relative clause with its own verb stands in the subject', () => {
    assert.equal(
      labelOf(
        'A spokesman for the Association of Payment Services which represents the industry said the risk was minimal.',
      ),
      'attributed',
    );
  });

  it('stays a fact when it is the verb of a relative clause inside the subject', () => {
    assert.equal(
      labelOf(
        'A group of shop stewards from the shipyard, who said they were facing redundancy, marched to the hall.',
      ),
      'fact',
    );
  });

  it('stays a fact when the sentence told its own event first', () => {
    assert.equal(
      labelOf('Baikal paid 260bn roubles for the unit, far below the 27bn Russia says Yukos owes.'),
      'fact',
    );
  });

  it('stays a fact when "that" is the thing said', () => {
    assert.equal(
      labelOf('Having said that, Burnley are yet to concede a goal in this Cup run.'),
      'fact',
    );
  });
});
