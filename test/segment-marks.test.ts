import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/analyze.ts';
import { segmentArticle } from '../server/analysis/segment/segment.ts';

const texts = (text: string) =>
  segmentArticle(`Title\n\n${text}`)
    .slice(1)
    .map((s) => s.text);

describe('segmentArticle(an ellipsis after a stop)', () => {
  it('gives the ellipsis to the sentence it opens, words left out at its start', () => {
    assert.deepEqual(texts('The mill closed in May. ... By June the town had emptied.'), [
      'The mill closed in May.',
      '... By June the town had emptied.',
    ]);
    assert.deepEqual(texts('The mill closed in May. \u2026 By June the town had emptied.'), [
      'The mill closed in May.',
      '\u2026 By June the town had emptied.',
    ]);
  });

  it('keeps a quotation running over both sentences, the ellipsis inside the second part', () => {
    const a = analyzeArticle(
      'Title\n\nThe lawyer wrote that the police "... held him without charge. ... The next morning he was let go."',
    );
    const quotes = a.sentences.flatMap((s) => s.quotes.map((q) => q.text));
    assert.deepEqual(quotes, [
      '... held him without charge.',
      '... The next morning he was let go.',
    ]);
  });

  it('does not split at an ellipsis that trails off inside a sentence', () => {
    assert.deepEqual(texts('It was the rule of ... the old council. It stood.'), [
      'It was the rule of ... the old council.',
      'It stood.',
    ]);
  });
});

describe('segmentArticle(a lettered list item after a stop)', () => {
  it('starts a sentence at "b)" after a full stop, but not at "a)" after a colon', () => {
    assert.deepEqual(
      texts(
        'He named two faults: a) Leaving the group too early. b) Telling others why. Then he left.',
      ),
      [
        'He named two faults: a) Leaving the group too early.',
        'b) Telling others why.',
        'Then he left.',
      ],
    );
  });
});

describe('segmentArticle(a low-high closing mark)', () => {
  it('ends the sentence after a \u201c glued to the stop and followed by a space', () => {
    assert.deepEqual(
      texts(
        'Ms Orr said: \u201eWe are let down by the decision.\u201c However, the plant stays open.',
      ),
      [
        'Ms Orr said: \u201eWe are let down by the decision.\u201c',
        'However, the plant stays open.',
      ],
    );
  });

  it('still opens a quotation with a \u201c glued to the words after it', () => {
    assert.deepEqual(texts('She spoke. \u201cWe will stay,\u201d she said.'), [
      'She spoke.',
      '\u201cWe will stay,\u201d she said.',
    ]);
  });
});

describe('segmentArticle(guillemets)', () => {
  it('ends a sentence after a stop inside a closing guillemet', () => {
    assert.deepEqual(texts('He said: \u00abWe will not leave.\u00bb Officials agreed.'), [
      'He said: \u00abWe will not leave.\u00bb',
      'Officials agreed.',
    ]);
  });
});
