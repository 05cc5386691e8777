import assert from 'node:assert/strict';
import { speechSpeakersOf } from './helpers/short-article.ts';

describe('a word capitalised only because it opens a quotation (addQuotedForms)', () => {
  it('is no part of a name read inside the quotation', () => {
    const article =
      'Smuggler jailed\n\nLai Changxing was given a life sentence on Monday. The premier said "If Lai was executed three times over, it would not be enough."\n\n"I never fussed about big money," Lai said in an interview.';
    assert.deepEqual(speechSpeakersOf(article), ['The premier', 'Lai Changxing']);
  });
});
