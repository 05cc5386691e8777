import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';
import { speakers } from './helpers/short-article.ts';

describe('speakers round 51 showed', () => {
  it('reads "Sir Howard" as the knight named in full before, so a later "he" is him', () => {
    assert.deepEqual(
      speakers(
        'The share of poorer students "hardly changed at all", said its chief executive, Sir Howard Newby.\n\nSir Howard said the report highlighted the gap.\n\nHe told BBC News: "We know they do very well."',
      ),
      ['Howard Newby', 'Howard Newby'],
    );
  });

  it('gives "he" to the holder of the title a sentence before has as its subject', () => {
    assert.deepEqual(
      speakers(
        'Cardinal Cormac Murphy-O\'Connor has criticised the war.\n\nDr Rowan Williams has since criticised the government over its case for war.\n\nOn Friday, the Cardinal will ask the congregation to search for peace.\n\n"It is possible, it is real," he will say.',
      ),
      ["Cormac Murphy-O'Connor"],
    );
  });
});

describe('segmentation round 51 showed', () => {
  it('ends a quotation whose closing mark stands after a space, before the next sentence', () => {
    const text =
      'Peace call\n\nThe cardinal spoke on Friday.\n\n"I wish you peace in your homes. " A spokesman said Downing Street had no comment.';
    assert.deepEqual(
      analyzeArticle(text)
        .sentences.slice(2)
        .map((s) => s.text),
      ['"I wish you peace in your homes. "', 'A spokesman said Downing Street had no comment.'],
    );
  });
});
