import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

// Session 6: a finding completed by a quotation, and "the court" among several courts. Every sentence is written for
// the test.

describe('speakers(a verb of finding, its object, then the quotation)', () => {
  it('gives the words that complete a finding to the finder', () => {
    assert.deepEqual(
      speakers('The inquiry found the council "failed in its duty to the people of the town".'),
      ['The inquiry'],
    );
  });

  it('does not read a finding across a clause with its own verb', () => {
    assert.deepEqual(
      speakers(
        'Rescuers found the boat and the crew sang "we are alive and well and home at last".',
      ),
      [null],
    );
  });
});

describe('speakers("the court" among several courts)', () => {
  const courts =
    'The High Court of Dover ruled on the water law on Friday. The High Court of Dover is the top court of the ' +
    'province. The only court above it is the Supreme Court of Norland. ';

  it('points back to the court named as a subject, not to one named later in a predicate', () => {
    assert.deepEqual(
      speakers(courts + 'The court found the law "was written in haste and cannot stand."'),
      ['High Court of Dover'],
    );
  });

  it('gives a body\'s own text, "The court\'s summary", to that body', () => {
    assert.deepEqual(
      speakers(
        courts +
          'The court\'s summary ended with these words: "The law is void. It has no effect."',
      ),
      ['High Court of Dover', 'High Court of Dover'],
    );
  });
});

describe('speakers("the president" with a vice president or a former president named)', () => {
  it('does not point "the president" at a vice president', () => {
    assert.deepEqual(
      speakers(
        'US President Tom Hale met former US Vice President Jane Cole on Monday. The president called the ' +
          'talks "a waste of time".',
      ),
      ['Tom Hale'],
    );
  });

  it('does not point "the mayor" at a deputy mayor named later', () => {
    assert.deepEqual(
      speakers(
        'Mayor Lee Chan opened the bridge with Deputy Mayor Ann Berg on Friday. The mayor called it "a good ' +
          'day for the town".',
      ),
      ['Lee Chan'],
    );
  });
});

describe('speakers(a source set off by commas between a decision and its words)', () => {
  it('gives the words to who decided, not to the text they were read in', () => {
    assert.deepEqual(
      speakers(
        'The High Court of Dover ruled on Friday. Ana Ruiz, the chief judge of the court, decided, according ' +
          'to the summary, "that the law was never valid".',
      ),
      ['Ana Ruiz'],
    );
  });
});

describe('speakers(a described body and a finding with a complement in its object)', () => {
  it('reads "The three-judge court" as the court named before, and steps over "advice to the mayor"', () => {
    assert.deepEqual(
      speakers(
        'The High Court of Dover ruled on Friday. The three-judge court found the advice to the mayor "was ' +
          'given for an improper purpose".',
      ),
      ['High Court of Dover'],
    );
  });
});
