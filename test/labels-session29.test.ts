import assert from 'node:assert/strict';
import { labelOf } from './helpers/short-article.ts';

describe('a bare reporting verb after a plural subject (retagReportingNouns)', () => {
  it('reads "the attendees stress that …" as their report', () => {
    assert.equal(
      labelOf('However, the delegates stress that the border is not the only problem.'),
      'attributed',
    );
  });

  it('keeps "the stress that …" after a possessive a noun', () => {
    assert.equal(labelOf("The nurses' stress that night was plain to see."), 'fact');
  });
});

describe('a stance adjective with a question after it (stanceAdjectiveCues)', () => {
  it('reads "X is unsure how …" as the view of X', () => {
    assert.equal(
      labelOf('League secretary general Amr Moussa is unsure how useful the meeting will be.'),
      'attributed',
    );
  });

  it('reads "police are uncertain whether …" as the police\'s view', () => {
    assert.equal(
      labelOf('Police are uncertain whether the fire was set deliberately.'),
      'attributed',
    );
  });

  it('gives a title its view: "the minister is doubtful that …"', () => {
    assert.equal(labelOf('The minister is doubtful that the plan will work.'), 'attributed');
  });

  it('leaves a thing that is uncertain alone', () => {
    assert.equal(labelOf('The date of the vote is uncertain.'), 'fact');
  });
});
