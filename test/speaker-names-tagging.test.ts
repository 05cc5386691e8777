import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';
import { textTokens } from '../server/analysis/grammar/tokens.ts';

// Names whose words the tagger reads as verbs; every sentence is written for the test.

const tagOf = (text: string, word: string) =>
  textTokens(text).find((t) => text.slice(t.start, t.end) === word)?.pos;

describe('speaker names: a surname the tagger reads as a verb', () => {
  it('reads a capitalised verb-tagged word after a first name and before a lower-case word as the surname', () => {
    assert.equal(
      tagOf('Council member (CM) Alexis Cooper of the Green Party added no.', 'Cooper'),
      'PROPN',
    );
    assert.deepEqual(
      speakers(
        'Council member (CM) Alexis Cooper of the Green Party added, "The plan is a mistake."',
      ),
      ['Alexis Cooper'],
    );
  });

  it('keeps a title-case headline verb and an inflected verb as verbs', () => {
    assert.equal(tagOf('Biden Pick Heads to Senate', 'Pick'), 'VERB');
    assert.equal(tagOf('Johnson Wins the vote', 'Wins'), 'VERB');
  });
});

describe('speaker names: a number opening a place name', () => {
  it('keeps "10 Downing Street" whole after "for", the verb-tagged "Downing" read as part of it', () => {
    assert.deepEqual(
      speakers(
        'A spokeswoman for 10 Downing Street voiced regret; "We will appeal the ruling at once."',
      ),
      ['A spokeswoman for 10 Downing Street'],
    );
  });
});
