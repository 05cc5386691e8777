import assert from 'node:assert/strict';
import { findQuotes } from '../server/analysis/quotes/quotes.ts';
import { segments } from './helpers/segments.ts';

function texts(paragraphs: string[][]): string[] {
  return findQuotes(segments(paragraphs))
    .flat()
    .map((q) => q.text);
}

describe('findQuotes(a quotation inside another)', () => {
  it('keeps a remark the speaker repeats in single marks inside the speaker’s own quotation', () => {
    assert.deepEqual(
      texts([
        ['"My neighbour told me, \'Leave before the river rises,\' and I did," Tomas Berg said.'],
      ]),
      ["My neighbour told me, 'Leave before the river rises,' and I did,"],
    );
  });

  it('keeps a scare-quoted word inside a quotation as part of it', () => {
    assert.deepEqual(texts([['The coach said, "This was no \'upset\', we earned every point."']]), [
      "This was no 'upset', we earned every point.",
    ]);
  });

  it('keeps a nested remark inside a quotation that runs over two sentences', () => {
    assert.deepEqual(
      texts([
        [
          "Ines Roe wrote: \"The clerk asked, 'Is the form complete?'",
          'I said it was." The form was not complete.',
        ],
      ]),
      ["The clerk asked, 'Is the form complete?'", 'I said it was.'],
    );
  });

  it('keeps a double-marked quotation inside single marks too', () => {
    assert.deepEqual(texts([['\'Call it "a pause" if you like,\' the minister said.']]), [
      'Call it "a pause" if you like,',
    ]);
  });

  it('still finds a second quotation when the first one is never closed', () => {
    const found = texts([
      ["\"We start at dawn, the captain said, and she called it 'a long day'."],
    ]);
    assert.ok(found.includes('a long day'), JSON.stringify(found));
  });
});
