import assert from 'node:assert/strict';
import { speechSpeakersOf } from './helpers/short-article.ts';

describe('an inverted tag whose describing phrase a name follows between commas ("said his father, Abdullah Kurdi, following the ceremony")', () => {
  it('gives the words to the name, though more of the sentence follows it', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Ship renamed\n\nA charity renamed its ship after Alan Kurdi.\n\n"This day is very hard for me," said his father, Abdullah Kurdi, following the ceremony.',
      ),
      ['Abdullah Kurdi'],
    );
  });

  it('while a company named between commas leaves the phrase its speaker ("said the company, Acme Corp, on Monday")', () => {
    assert.deepEqual(
      speechSpeakersOf('Results\n\n"We lost money," said the company, Acme Corp, on Monday.'),
      ['the company'],
    );
  });
});
