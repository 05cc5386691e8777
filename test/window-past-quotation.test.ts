import assert from 'node:assert/strict';
import { speechSpeakersOf } from './helpers/short-article.ts';

describe('a pronoun after sentences that are all quotation (windowStart)', () => {
  it('reaches back past the quotation to the one who spoke it', () => {
    const article = [
      'Visit goes ahead',
      '',
      'Mr Okafor arrived in London on Monday. He met the prime minister.',
      '',
      'Tunde Adeyemi, Okafor\'s spokesman, said the trip would go on. Adeyemi stated: "Mr Okafor is here for talks. He was asked nothing about the row. He will stay for two days." He also added that Okafor did not "read the papers."',
    ].join('\n');
    // three sentences of the quotation, then the pronoun's
    assert.deepEqual(speechSpeakersOf(article), Array(4).fill('Tunde Adeyemi'));
  });
});

describe('a place named after its kind (ORG_WORDS)', () => {
  it('is no man for a later "he"', () => {
    const said = speechSpeakersOf(
      'Visit\n\nThe visit of Amos Okafor begins today. The Queen will welcome them at the Horse Guards Parade. "It is an honour," he said.',
    );
    assert.equal(said.length, 1);
    assert.notEqual(said[0], 'Horse Guards Parade');
  });
});
