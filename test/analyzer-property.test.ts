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

// Words the rules look up and then read around: a rule that looks one word past the last finds nothing there, so
// texts made of them, stopping anywhere with no full stop, reach the sentence's end from every rule.
const newsWords = fc.constantFrom(
  'best',
  'at',
  'worried',
  'Worried',
  'sure',
  'of',
  'said',
  'says',
  'according',
  'to',
  'the',
  'a',
  'Mr',
  'Smith',
  'Federal',
  'judge',
  'and',
  'that',
  'who',
  'he',
  'she',
  'critical',
  'Agent',
  'Helps',
  'Sandy',
  'Evacuees',
  'claims',
  'state',
  'spokesman',
  'for',
  'Department',
  'told',
  'reporters',
  'allegedly',
  'called',
  '-',
  ',',
  '"',
  '\u201C',
  '\u2019s',
);
const headlineAndBody = fc
  .tuple(
    fc.array(newsWords, { minLength: 1, maxLength: 12 }),
    fc.array(newsWords, { maxLength: 20 }),
  )
  .map(([headline, body]) => `${headline.join(' ')}\n\n${body.join(' ')}`);

describe('analyzeArticle(news words stopping anywhere)', () => {
  it('never throws on a headline or a body that ends without a full stop', () => {
    fc.assert(
      fc.property(headlineAndBody, (text) => {
        analyzeArticle(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads "Rhode Island Agent Helps Worried Sandy Evacuees", a headline closing on a stance adjective\'s words', () => {
    const { sentences } = analyzeArticle(
      'Rhode Island Agent Helps Worried Sandy Evacuees\n\nShe drove out.',
    );
    assert.equal(sentences[0]?.text, 'Rhode Island Agent Helps Worried Sandy Evacuees');
  });

  it('reads a headline closing on "best" ("Links tenuous at best")', () => {
    const { sentences } = analyzeArticle('Links tenuous at best\n\nThe school denies it.');
    assert.equal(sentences[0]?.text, 'Links tenuous at best');
  });
});
