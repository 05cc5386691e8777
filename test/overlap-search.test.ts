import assert from 'node:assert/strict';
import { overlapTest } from '../server/analysis/framing/quotes.ts';
import { firstFrom } from '../server/analysis/grammar/token-search.ts';

// framing masks quoted words with overlapTest, which finds its place among the spans with grammar's firstFrom
describe('firstFrom(spans sorted by start, offset)', () => {
  const spans = [
    { start: 0, end: 4 },
    { start: 10, end: 30 },
    { start: 12, end: 14 },
  ];

  it('gives the first span starting at or after the offset, or the length when none does', () => {
    assert.equal(firstFrom(spans, 0), 0);
    assert.equal(firstFrom(spans, 5), 1);
    assert.equal(firstFrom(spans, 12), 2);
    assert.equal(firstFrom(spans, 31), 3);
    assert.equal(firstFrom([], 7), 0);
  });
});

describe('overlapTest(spans)', () => {
  // given out of order, and a short span inside a long one that the running maximum of ends must see past
  const overlaps = overlapTest([
    { start: 12, end: 14 },
    { start: 10, end: 30 },
    { start: 0, end: 4 },
  ]);

  it('finds a range overlapping any span, also one only the long earlier span covers', () => {
    assert.equal(overlaps(2, 3), true);
    assert.equal(overlaps(20, 22), true);
    assert.equal(overlaps(29, 40), true);
  });

  it('finds no overlap in a gap, at a span’s end or after the last span', () => {
    assert.equal(overlaps(4, 10), false);
    assert.equal(overlaps(30, 31), false);
    assert.equal(overlapTest([])(0, 5), false);
  });
});
