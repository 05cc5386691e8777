import assert from 'node:assert/strict';
import { bodySentences, labelOf, speakers } from './helpers/short-article.ts';

const cues = (sentence: string) => (bodySentences(sentence)[0]?.evidence ?? []).map((e) => e.cue);

describe('a name the tagger reads as a verb opening the sentence is no order to the reader (framing/stance.ts)', () => {
  it('reads a first word with a possessive after it as the owner, not an imperative', () => {
    assert.ok(
      !cues("Parry's statements were published in full on the club's website on Monday.").includes(
        'scaffolding',
      ),
    );
  });

  it('reads a first word that a relative clause describes as a name', () => {
    assert.equal(
      labelOf(
        'Ford, which has sold 4,000 of its first hybrid since August, is bringing a hybrid SUV to market.',
      ),
      'fact',
    );
  });

  it('still reads a bare verb opening the sentence as an order', () => {
    assert.equal(labelOf('Consider the case of albendazole, an old drug for worms.'), 'framing');
    assert.equal(labelOf('Remember, the vote is on Tuesday.'), 'framing');
  });
});

describe('a past participle opening the sentence is no part of the subject (grammar/reporter-pieces.ts)', () => {
  it('gives the quotation to the name after an opening "Asked …" clause with an object', () => {
    assert.deepEqual(
      speakers(
        'Chris Evans held a sale on Monday. Asked the reason for the sale, Evans said: "I just want to get rid of it all."',
      ),
      ['Chris Evans'],
    );
  });

  it('gives the quotation to the name after an opening "Given …" clause', () => {
    assert.deepEqual(
      speakers(
        'Liz Mair runs the group. Given the nature of the group, Mair said a "number of us have better connections" to the party.',
      ),
      ['Liz Mair'],
    );
  });
});
