import assert from 'node:assert/strict';
import { evaluateArticle } from '../eval/article-eval.ts';
import { detailLines } from '../eval/article-lines.ts';
import type { Quote } from '../server/analysis/index.ts';
import { analyzedSentence } from './fixtures/analyzed-sentence.ts';

describe('evaluateArticle(segmentation and quotation misses listed)', () => {
  const text = 'Head\n\nThe dam held... "We stay," Ben said. A "fresh start" came.';
  const sentence = (start: number, end: number, quotes: Quote[] = []) =>
    analyzedSentence(text, start, end, 'fact', quotes);
  const at = (s: string) => text.indexOf(s);
  const gold = {
    article: 'x.txt',
    sentences: [
      { start: 0, end: 4, kind: 'headline' as const, label: 'fact' as const, quotes: [] },
      {
        start: at('The dam'),
        end: at(' A "fresh'),
        kind: 'body' as const,
        label: 'fact' as const,
        quotes: [
          { start: at('We stay'), end: at('" Ben'), type: 'speech' as const, speaker: 'Ben' },
        ],
      },
      {
        start: at('A "fresh'),
        end: text.length,
        kind: 'body' as const,
        label: 'fact' as const,
        quotes: [{ start: at('fresh'), end: at('" came'), type: 'term' as const, speaker: null }],
      },
    ],
  };
  // the analyzer split the second sentence after the ellipsis, lost the speech quote and typed the term as speech
  const fresh: Quote = { text: 'fresh start', start: 3, end: 14, type: 'speech', speaker: null };
  const result = evaluateArticle(text, gold, {
    title: 'Head',
    sentences: [
      sentence(0, 4),
      sentence(at('The dam'), at(' "We')),
      sentence(at('"We'), at(' A "fresh')),
      sentence(at('A "fresh'), text.length, [fresh]),
    ],
  });

  it('lists a gold sentence split in two with both predicted pieces', () => {
    assert.deepEqual(
      result.missedSentences.map((m) => [m.index, m.predicted]),
      [[1, 'The dam held... | "We stay," Ben said.']],
    );
  });

  it('lists a quotation not found and one of the other type', () => {
    assert.deepEqual(
      result.quoteMisses.map((m) => [m.index, m.gold, m.predicted, m.text]),
      [
        [1, 'speech', 'not found', 'We stay,'],
        [2, 'term', 'speech', 'fresh start'],
      ],
    );
  });

  it('prints both lists under their own headings', () => {
    const lines = detailLines([{ name: 'x.txt', result }]).join('\n');
    assert.match(lines, /Sentences not segmented exactly[^\n]*\n {2}x\.txt #1 The dam held/);
    assert.match(lines, /Quotations not found[^\n]*\n {2}x\.txt #1 speech → not found: “We stay,”/);
  });
});
