import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeArticle } from '../server/analysis/index.ts';

// Pieces that steer random text into the analyzer's interesting paths: quotes, reporting verbs, breaks.
const pieces = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(
    '"',
    '\u201C',
    '\u201D',
    "'",
    ' said ',
    ' according to ',
    'Mr Smith',
    '. ',
    '?',
    '\n\n',
    '\n',
    ' ',
    '\u202E',
    '\u200B',
    '\uD83D',
    'e\u0301',
  ),
);
const article = fc.array(pieces, { maxLength: 60 }).map((p) => p.join(''));

describe('analyzeArticle(arbitrary Unicode)', () => {
  it('never throws, and every span stays inside its sentence', () => {
    fc.assert(
      fc.property(article, (text) => {
        const { sentences } = analyzeArticle(text);
        for (const s of sentences) {
          const spans = [...s.evidence, ...s.quotes, ...s.sources];
          for (const span of spans) {
            assert.ok(
              Number.isInteger(span.start) &&
                Number.isInteger(span.end) &&
                0 <= span.start &&
                span.start <= span.end &&
                span.end <= s.text.length,
              `span ${span.start}-${span.end} outside "${s.text}" (${s.text.length})`,
            );
          }
          for (const e of s.evidence) assert.equal(s.text.slice(e.start, e.end), e.text);
        }
      }),
      { numRuns: 150 },
    );
  });
});
