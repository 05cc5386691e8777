import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';

/** The speakers of every quote of a short article, in reading order. */
function speakers(body: string): (string | null)[] {
  return analyzeArticle(`Headline\n\n${body}`).sentences.flatMap((s) =>
    s.quotes.map((q) => q.speaker),
  );
}

describe('speakers(US news tags)', () => {
  it('reads "R-Texas" after a name as party and state, not as the speaker', () => {
    assert.deepEqual(speakers('Rep. Jane Roe, R-Texas, said it was "time for a change."'), [
      'Jane Roe',
    ]);
  });

  it('steps over a relative clause between the speaker and a tag after the quotation', () => {
    assert.deepEqual(
      speakers(
        '"The talks are going nowhere," a senior administration official, who spoke on condition of anonymity, said. ' +
          '"We are ready," Ana Ruiz, who was elected in 2018, told reporters.',
      ),
      ['a senior administration official', 'Ana Ruiz'],
    );
  });

  it('reads a verb-tagged word after an inverted tag as part of the phrase ("said lead author David Lorne")', () => {
    assert.deepEqual(
      speakers('"We wanted to find out," said lead author David Lorne of Ridgefield College.'),
      ['David Lorne'],
    );
  });
});

describe('speakers(channels and titles)', () => {
  it('gives an account\'s words to its owner ("The account for X, which …, hosted by A and B, tweeted:")', () => {
    assert.deepEqual(
      speakers(
        'The account for The Morning Desk, which replaced the old show, hosted by Ann Lee and Bob Stone, who both ' +
          'worked there, tweeted: "We salute you."',
      ),
      ['The Morning Desk'],
    );
  });
});
