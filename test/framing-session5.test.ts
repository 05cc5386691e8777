import assert from 'node:assert/strict';
import { findFramingCues } from '../server/analysis/framing/framing.ts';
import { labels } from './helpers/short-article.ts';

// Session 5: general causes of false and missed framing, each with a sentence written for the test.
const cueTexts = (text: string): string[] => findFramingCues(text, []).map((e) => e.text);

describe('framing causes (session 5)', () => {
  it('reads "may"/"can" with a step of procedure as a rule ("cannot be appealed", "may not debate")', () => {
    assert.deepEqual(cueTexts("The tribunal's finding cannot be appealed."), []);
    assert.deepEqual(
      cueTexts('While the house is suspended, its members may not formally debate new bills.'),
      [],
    );
    assert.deepEqual(cueTexts('Under the charter the board may waive the fee for students.'), []);
    // the same modals guessing at one occasion, or at what is possible, stay the writer's
    assert.deepEqual(cueTexts('The council may vote on the plan next week.'), ['may vote']);
    assert.deepEqual(cueTexts('The senators can do better.'), ['can do']);
    assert.deepEqual(cueTexts('The road repairs may cost millions.'), ['may cost']);
  });

  it('reads a valenced adjective in an established term as a name ("a grand jury", "strong winds")', () => {
    assert.deepEqual(cueTexts('A grand jury heard the case against the builder.'), []);
    assert.deepEqual(cueTexts('The supreme court of the state sat in June.'), []);
    assert.deepEqual(cueTexts('Strong winds closed the coast road.'), []);
    assert.deepEqual(cueTexts('The mayor made a grand gesture.'), ['grand']);
  });

  it('reads "favourable to" a party as whose side a finding went to, not a judgement', () => {
    assert.deepEqual(cueTexts('The tribunal gave a finding favourable to the landlord.'), []);
    assert.deepEqual(cueTexts('Critics got a favourable hearing.'), ['favourable']);
  });

  it('gives a hedge after "analysts say", which the tagger may read as a noun, to the analysts', () => {
    assert.deepEqual(cueTexts('The plan, which analysts say could lift prices, passed.'), []);
    assert.deepEqual(cueTexts('The budget estimate could rise.'), ['could rise']);
  });

  it("reads a prescription as the writer's even beside a figure, unless it is the content of an embedded question", () => {
    assert.deepEqual(labels('No town of 5,000 people should pay for a new stadium.'), ['framing']);
    assert.deepEqual(labels('The 1947 act set out how land should be used.'), ['fact']);
  });

  it("reads a verb of saying that mocks its speaker, and an adverb grading the doer's judgement, as framing", () => {
    assert.deepEqual(cueTexts('The landlords fret that tenants will leave.'), ['fret']);
    assert.deepEqual(cueTexts('The board rightly refused the offer.'), ['rightly']);
  });

  it('reads a comment adverb grading a word as a comment, and "gone are the days" as scaffolding', () => {
    assert.deepEqual(cueTexts('The reply was strikingly brief.'), ['strikingly']);
    assert.deepEqual(cueTexts('Gone are the days when a stamp cost a penny.'), [
      'Gone are the days',
    ]);
  });
});
