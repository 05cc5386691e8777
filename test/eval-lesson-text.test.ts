import assert from 'node:assert/strict';
import { asLessonText, offsetMap } from '../eval/lesson-text.ts';
import type { Gold } from '../eval/gold.ts';

function goldOn(text: string, sentences: [string, string[]][]): Gold {
  return {
    article: 'a.txt',
    sentences: sentences.map(([sentence, quotes]) => {
      const start = text.indexOf(sentence);
      return {
        start,
        end: start + sentence.length,
        kind: 'body' as const,
        label: 'attributed' as const,
        quotes: quotes.map((q) => {
          const at = text.indexOf(q, start);
          return { start: at, end: at + q.length, type: 'speech' as const, speaker: 'Ann Lee' };
        }),
      };
    }),
  };
}

describe('asLessonText(an article quoting with two single marks)', () => {
  const raw = "''We are open,'' said Ann Lee. ''Come in.''\n\nBoats sailed at noon.";
  const { text, gold } = asLessonText(
    raw,
    goldOn(raw, [
      ["''We are open,'' said Ann Lee.", ['We are open,']],
      ["''Come in.''", ['Come in.']],
      ['Boats sailed at noon.', []],
    ]),
  );

  it('measures the text a lesson keeps, with curly marks', () => {
    assert.equal(text, '“We are open,” said Ann Lee. “Come in.”\n\nBoats sailed at noon.');
  });

  it('moves each sentence and quotation onto the same words', () => {
    const slices = gold.sentences.map((s) => [
      text.slice(s.start, s.end),
      s.quotes.map((q) => text.slice(q.start, q.end)),
    ]);
    assert.deepEqual(slices, [
      ['“We are open,” said Ann Lee.', ['We are open,']],
      ['“Come in.”', ['Come in.']],
      ['Boats sailed at noon.', []],
    ]);
  });
});

describe('offsetMap(text repaired one character for one)', () => {
  it('keeps every offset where it was', () => {
    assert.deepEqual(offsetMap('\u0093Yes\u0094', '“Yes”'), [0, 1, 2, 3, 4, 5]);
  });

  it('gives both marks of a Windows-1252 pair the one double mark', () => {
    // ‘‘ typed as two Windows-1252 bytes, read as ISO-8859-1: two characters become one curly mark
    assert.deepEqual(offsetMap('\u0091\u0091Hi', '“Hi'), [0, 0, 1, 2, 3]);
  });
});
