import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';
import { asClauseSubject } from '../server/analysis/grammar/reporter.ts';
import { makeToken, type Token } from '../server/analysis/grammar/token.ts';

function speakersOf(...paragraphs: string[]): (string | null)[] {
  return analyzeArticle(['Test headline', ...paragraphs].join('\n\n'))
    .sentences.flatMap((s) => s.quotes ?? [])
    .filter((q) => q.type === 'speech')
    .map((q) => q.speaker);
}

function tokens(...words: [string, string][]): Token[] {
  return words.map(([lower, pos], i) => makeToken(lower, lower, pos, i, i + 1));
}

describe('asClauseSubject', () => {
  it('reads the words between a clause-opening "as" and the verb as its subject', () => {
    const t = tokens(
      ['as', 'ADP'],
      ['the', 'DET'],
      ['mayor', 'NOUN'],
      ['said', 'VERB'],
      [',', 'PUNCT'],
    );
    assert.deepEqual(asClauseSubject(t, 3), { from: 1, to: 2 });
  });

  it('finds none when "as" does not open a clause or a comma comes between', () => {
    const inside = tokens(
      ['such', 'ADJ'],
      ['as', 'ADP'],
      ['the', 'DET'],
      ['mayor', 'NOUN'],
      ['said', 'VERB'],
    );
    assert.equal(asClauseSubject(inside, 4), null);
    const comma = tokens(
      ['as', 'ADP'],
      ['usual', 'ADJ'],
      [',', 'PUNCT'],
      ['she', 'PRON'],
      ['said', 'VERB'],
    );
    assert.equal(asClauseSubject(comma, 4), null);
  });
});

describe('findQuotes(a reporting clause opened by "as")', () => {
  it('gives the quotation after "As X told Y," to X', () => {
    assert.deepEqual(
      speakersOf(
        'As project leader Ines Varga told the local paper, "The bridge will carry trams by spring."',
      ),
      ['Ines Varga'],
    );
  });

  it('gives a quotation filling the next sentence to the subject of the "as" clause before it', () => {
    assert.deepEqual(
      speakersOf(
        'Ines Varga leads the project. As Varga told reporters, the old bridge had rusted through. "We had no choice but to close it."',
      ),
      ['Ines Varga'],
    );
  });
});
