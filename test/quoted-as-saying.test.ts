import assert from 'node:assert/strict';
import { bodySentences } from './helpers/short-article.ts';

const sentence = (text: string) => bodySentences(text)[0]!;

describe('words reported as quoted by an outlet ("quoted … as saying")', () => {
  it('reads "the paper quoted an executive as saying …" as a report', () => {
    const s = sentence(
      'The Telegraph had quoted an unnamed executive as saying the group would bid.',
    );
    assert.equal(s.label, 'attributed');
  });

  it('gives the words of "X was quoted … as saying" to X', () => {
    const s = sentence(
      'Rossi was quoted in a French paper as saying he would like to join a bigger club.',
    );
    assert.equal(s.label, 'attributed');
    assert.deepEqual(
      s.sources.map((x) => x.text),
      ['Rossi'],
    );
  });

  it('leaves a price quoted as a bid a fact', () => {
    assert.equal(sentence('The firm quoted a price of 5m as the starting bid.').label, 'fact');
  });
});
