import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';

const speakers = (body: string) =>
  analyzeArticle(`Town votes\n\nThe council met on Monday.\n\n${body}`).sentences.flatMap((s) =>
    s.quotes.map((q) => q.speaker),
  );

describe('speakers(a next sentence pointing back at the words)', () => {
  it('gives a quotation to the person "Those were the words of" names', () => {
    assert.deepEqual(
      speakers('"This is a dark day." Those were the words of Mayor Tom Reyes on Monday.'),
      ['Tom Reyes'],
    );
  });

  it('reads "So said …", "That was how … put it" and "The warning came from …" the same way', () => {
    assert.deepEqual(
      [
        '"The plan will fail." So said Ana Ruiz, a farmer.',
        '"The plan will fail." That was how Ana Ruiz put it.',
        '"The plan will fail." The warning came from Ana Ruiz, a farmer.',
        '"The plan will fail." That is the view of Ana Ruiz.',
      ].flatMap(speakers),
      ['Ana Ruiz', 'Ana Ruiz', 'Ana Ruiz', 'Ana Ruiz'],
    );
  });

  it('looks into the next paragraph when the quotation is a paragraph of its own', () => {
    assert.deepEqual(speakers('"The plan will fail."\n\nThose were the words of Ana Ruiz.'), [
      'Ana Ruiz',
    ]);
  });

  it('does not take a name after a pointer at a reason, a time or a place for the speaker', () => {
    assert.deepEqual(
      [
        '"The budget is a mess." That is why Tom Reyes resigned.',
        '"The budget is a mess." That afternoon, Tom Reyes resigned.',
        '"The budget is a mess." So Tom Reyes resigned.',
      ].flatMap(speakers),
      [null, null, null],
    );
  });

  it('does not give the words to whom they were addressed', () => {
    assert.deepEqual(speakers('"The budget is a mess." That was his message to Tom Reyes.'), [
      null,
    ]);
  });
});
