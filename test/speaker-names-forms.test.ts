import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

// How a later short mention of a person resolves to the name given in full. Every sentence is written for the test.

describe('speaker names: a later surname resolves to the full name', () => {
  it('finds a name ending in "Jr." from its surname alone', () => {
    assert.deepEqual(
      speakers(
        'Guests included Ana Pérez, Martin Kale Jr., and Joy Tan. "She was kind," Kale said.',
      ),
      ['Martin Kale Jr.'],
    );
  });
});

describe('speaker names: a party word before a name', () => {
  it('leaves "Democrat" or "Republican" out of the name', () => {
    assert.deepEqual(speakers('Democrat Tom Avery told reporters the bill "is dead."'), [
      'Tom Avery',
    ]);
    assert.deepEqual(speakers('Republican Jane Roe said the plan "is fine."'), ['Jane Roe']);
  });
});

describe('speaker names: the first of two surnames used alone', () => {
  it('finds the full name from its next-to-last word', () => {
    assert.deepEqual(
      speakers(
        'Minister Rosa Ibáñez Cortés took office on Monday. Later, Ibáñez wrote, "We will work hard."',
      ),
      ['Rosa Ibáñez Cortés'],
    );
  });
});

describe('speaker names: "the commission" after a body named with "on"', () => {
  it('points back to the whole name, its tail after "on" included', () => {
    assert.deepEqual(
      speakers(
        'The Western Commission on School Safety met on Friday. In a statement, the commission said, "The rules change now."',
      ),
      ['Western Commission on School Safety'],
    );
  });
});

describe('speaker names: a pope or monarch named by one name', () => {
  it('keeps the title with the single name, also when the name comes back alone', () => {
    assert.deepEqual(speakers('Pope Gregory told pilgrims the church "must listen."'), [
      'Pope Gregory',
    ]);
    assert.deepEqual(
      speakers('Pope Gregory met bishops on Sunday. Gregory said, "We must listen."'),
      ['Pope Gregory'],
    );
  });
});

describe('speaker names: a court text speaks for the court', () => {
  it('gives "the summary of the ruling" to the court named before, in its fullest form', () => {
    assert.deepEqual(
      speakers(
        'The High Court of the Northern Isles ruled on Monday. The High Court sits in Lerwick. The summary of the ruling read: "The order was void."',
      ),
      ['High Court of the Northern Isles'],
    );
  });
});

describe('speaker names: a text posted or sent by someone', () => {
  it('gives the words to whoever posted or sent the text', () => {
    assert.deepEqual(
      speakers('According to a memo posted online by Senator Ana Ruiz, the vote "is postponed."'),
      ['Ana Ruiz'],
    );
    assert.deepEqual(
      speakers(
        'Tom Avery spoke on Friday. A tweet sent from Avery’s Twitter account repeated the pledge, saying "We will win."',
      ),
      ['Tom Avery'],
    );
  });
});
