import assert from 'node:assert/strict';
import { findQuoteMarks } from '../server/analysis/quotes/marks.ts';
import { findQuotes } from '../server/analysis/quotes/quotes.ts';
import { segments } from './helpers/segments.ts';

function texts(sentence: string): string[] {
  return findQuotes(segments([[sentence]]))
    .flat()
    .map((q) => q.text);
}

describe('findQuoteMarks(clipped words)', () => {
  it('reads the apostrophes of "rock \'n\' roll" as no quote marks', () => {
    assert.deepEqual(findQuoteMarks("A rock 'n' roll band played on."), []);
  });

  it('reads the apostrophe of a clipped word as no opening mark', () => {
    assert.deepEqual(findQuoteMarks("The cafe stays open 'til midnight."), []);
  });

  it('still opens a quotation on a word quoted as a word ("the \'cause\'")', () => {
    assert.equal(findQuoteMarks("Nobody named the 'cause' of the fire.").length, 2);
  });
});

describe('findQuotes(clipped words inside a quotation)', () => {
  it('keeps a single-quoted remark whole across a clipped "\'em"', () => {
    assert.deepEqual(texts("'We had 'em beaten by half time,' the coach, Ada Moss, said."), [
      "We had 'em beaten by half time,",
    ]);
  });

  it('does not let the second mark of "\'n\'" close a single-quoted remark', () => {
    assert.deepEqual(texts("'Rock 'n' roll never left this town,' the mayor said."), [
      "Rock 'n' roll never left this town,",
    ]);
  });
});

describe('findQuotes(nouns that name a piece of language)', () => {
  it('types the words after "the designation" as a term', () => {
    const q = findQuotes(
      segments([['The agency announced that the temporary designation "K-17" would be dropped.']]),
    ).flat()[0]!;
    assert.equal(q.type, 'term');
  });
});
