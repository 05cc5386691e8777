import assert from 'node:assert/strict';
import { findQuotes } from '../server/analysis/quotes/quotes.ts';
import { segments } from './helpers/segments.ts';

describe('findQuotes(a quotation reopened in each paragraph)', () => {
  it('gives the earlier paragraphs the speaker named where the quotation closes', () => {
    const quotes = findQuotes(
      segments([
        ['The harbour master, Ilse Brandt, met the crews on Friday.'],
        ['"The storm wall held through the night.'],
        ['"We lost two boats, but nobody was hurt," Brandt said.'],
      ]),
    ).flat();
    assert.deepEqual(
      quotes.map((q) => [q.type, q.speaker]),
      [
        ['speech', 'Ilse Brandt'],
        ['speech', 'Ilse Brandt'],
      ],
    );
  });

  it('leaves a separate quotation of the next paragraph to its own speaker', () => {
    const quotes = findQuotes(
      segments([
        ['Ilse Brandt said: "The storm wall held."'],
        ['"We lost two boats," Tomas Weber added.'],
      ]),
    ).flat();
    assert.deepEqual(
      quotes.map((q) => q.speaker),
      ['Ilse Brandt', 'Tomas Weber'],
    );
  });
});
