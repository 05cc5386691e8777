import assert from 'node:assert/strict';
import fc from 'fast-check';
import { segmentArticle } from '../server/analysis/segment/segment.ts';

const texts = (text: string) =>
  segmentArticle(`Title\n\n${text}`)
    .slice(1)
    .map((s) => s.text);

describe('segmentArticle(session 9: list items one per line)', () => {
  it('keeps each item of a list ending in a semicolon as a sentence of its own', () => {
    const items = [
      'The council agreed on three steps:',
      'Closing the old harbour road;',
      'Moving the weekly market to the square;',
      'Asking the county for a grant',
    ];
    assert.deepEqual(texts(items.join('\n\n')), items);
  });

  it('still joins a paragraph that stops on a semicolon when the next one goes on in lower case', () => {
    assert.deepEqual(texts('The school stays shut this week;\n\nthe exams move to June.'), [
      'The school stays shut this week; the exams move to June.',
    ]);
  });

  it('still joins a paragraph that stops on a comma', () => {
    assert.deepEqual(texts('When the river rose,\n\nfarmers moved their cattle.'), [
      'When the river rose, farmers moved their cattle.',
    ]);
  });
});

// Pieces of news-like text that steer random articles through the boundary scanner's harder paths: stops inside
// and outside quotation marks, ellipses, initials and abbreviations, list lines, brackets and paragraph breaks.
const piece = fc.constantFrom(
  'The mayor spoke',
  ' said',
  ' she',
  ' Dr.',
  ' J.',
  ' U.S.',
  ' Inc.',
  ' 3.5',
  '. ',
  '.',
  '!',
  '?',
  '...',
  '\u2026',
  ' "',
  '"',
  '\u201c',
  '\u201d',
  '\u2019',
  "'",
  ' (',
  ')',
  '[...]',
  ';',
  ',',
  ':',
  ' \u2014 ',
  '\n',
  '\n\n',
  ' ',
  '  ',
  '\t',
  ' it',
  ' Then',
  ' a',
  '1. ',
  'b) ',
);
const article = fc
  .array(piece, { minLength: 1, maxLength: 50 })
  .map((p) => `Headline words\n\n${p.join('')}`);

const CLOSING = /[\u201d\u2019)\]]/;

describe('segmentArticle(random news-like text)', () => {
  it('covers every non-space character exactly once, in order, with trimmed segments', () => {
    fc.assert(
      fc.property(article, (text) => {
        const segments = segmentArticle(text);
        const covered = new Array<number>(text.length).fill(0);
        let last = 0;
        for (const s of segments) {
          assert.ok(s.start >= last && s.start < s.end, `segment ${s.start}-${s.end} out of order`);
          assert.ok(
            !/\s/.test(text[s.start]!) && !/\s/.test(text[s.end - 1]!),
            'untrimmed segment',
          );
          for (let i = s.start; i < s.end; i++) covered[i]!++;
          last = s.end;
        }
        for (let i = 0; i < text.length; i++)
          if (!/\s/.test(text[i]!))
            assert.equal(covered[i], 1, `character ${i} covered ${covered[i]}`);
      }),
      { numRuns: 300 },
    );
  });

  it('gives each segment its own text with runs of space made one', () => {
    fc.assert(
      fc.property(article, (text) => {
        for (const s of segmentArticle(text))
          assert.equal(s.text, text.slice(s.start, s.end).replace(/\s+/g, ' '));
      }),
      { numRuns: 300 },
    );
  });

  it('never ends a sentence between a stop and the closing marks glued to it', () => {
    fc.assert(
      fc.property(article, (text) => {
        for (const s of segmentArticle(text)) {
          const stop = /[.!?\u2026]/.test(text[s.end - 1]!);
          assert.ok(
            !(stop && CLOSING.test(text[s.end] ?? '')),
            `split after ${JSON.stringify(text.slice(s.start, s.end + 1))}`,
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('segmentArticle(line endings and typography)', () => {
  it('reads text with Windows line endings as the same sentences', () => {
    fc.assert(
      fc.property(article, (text) => {
        const unix = segmentArticle(text).map((s) => [s.kind, s.text]);
        const windows = segmentArticle(text.replace(/\n/g, '\r\n')).map((s) => [s.kind, s.text]);
        assert.deepEqual(windows, unix);
      }),
      { numRuns: 300 },
    );
  });

  it('splits a paragraph the same way whether its quotation marks are straight or curly', () => {
    const straight =
      'Title\n\nThe keeper said: "The gate stays shut. Nobody goes in!" The crowd left. Then "the big one" came.';
    const curly = straight.replace(/"(?=\S)/g, '\u201c').replace(/"/g, '\u201d');
    const ends = (text: string) => segmentArticle(text).map((s) => s.end);
    assert.deepEqual(ends(curly), ends(straight));
  });
});
