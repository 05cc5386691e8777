import assert from 'node:assert/strict';
import { textTokens } from '../server/analysis/grammar/tokens.ts';
import { analyzeArticle } from '../server/analysis/index.ts';

const tagOf = (text: string, word: string) =>
  textTokens(text).find((t) => text.slice(t.start, t.end) === word)?.pos;

describe('retagGivenNames', () => {
  it('reads a listed given name before a capitalised surname as a proper noun', () => {
    assert.equal(tagOf('Don Imus died on Friday.', 'Don'), 'PROPN');
    assert.equal(tagOf('Reporters said Sue Gray wrote it.', 'Sue'), 'PROPN');
  });

  it('reads a capitalised word tagged as a verb after a lower-case word as the start of a name', () => {
    assert.equal(tagOf('"We need to," said study co-author Ted Scambos.', 'Ted'), 'PROPN');
  });

  it('leaves the words of a title-case headline alone', () => {
    assert.equal(tagOf('Fans Mourn Radio Host', 'Mourn'), 'VERB');
    assert.equal(tagOf('Senate Passes Budget Bill', 'Passes'), 'VERB');
  });

  it('leaves the word alone when no capitalised name follows it', () => {
    assert.notEqual(tagOf('They may sue the company.', 'sue'), 'PROPN');
    assert.notEqual(tagOf('Don the helmet before riding.', 'Don'), 'PROPN');
  });

  it('leaves a verb that is not a listed name alone before a name ("Remember Pearl Harbor")', () => {
    assert.equal(tagOf('Remember Pearl Harbor.', 'Remember'), 'VERB');
    assert.equal(tagOf('Ask Congress for more.', 'Ask'), 'VERB');
  });
});

describe('speakers(given names of other languages)', () => {
  it('gives "he" to the man an English-speaking list would not know to be a man, past a woman named before him', () => {
    const { sentences } = analyzeArticle(
      'Visit ends\n\nAna Ruiz introduced Tom Reyes. "Thank you," he said.\n\nCarlos Vega thanked Elena Soto. "It was a pleasure," she said.',
    );
    assert.deepEqual(
      sentences.flatMap((s) => s.quotes.map((q) => q.speaker)),
      ['Tom Reyes', 'Elena Soto'],
    );
  });
});
