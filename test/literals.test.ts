import assert from 'node:assert/strict';
import { LiteralIndex, prefilter } from '../server/analysis/grammar/literals.ts';

const passes = (re: RegExp, text: string) =>
  new LiteralIndex([re]).scan(text, text.toLowerCase())[0];

describe('literals: a pattern pre-test', () => {
  it('takes the required group after an optional one', () => {
    const re = /\b(?:is|was)\s+(?:widely\s+)?(?:seen|viewed)\b/gi;
    assert.deepEqual(prefilter(re).any, ['seen', 'viewed']);
    assert.equal(passes(re, 'The plan was Widely Seen as late.'), true);
    assert.equal(passes(re, 'The plan was late.'), false);
  });

  it('takes one literal from each alternative and drops a letter made optional', () => {
    const re = /\b(?:remains? to be seen|only time (?:will|can) tell)\b/gi;
    assert.deepEqual(prefilter(re).any, [' to be seen', 'only time ']);
  });

  it('keeps the case of a case-sensitive pattern', () => {
    const re = /\bWe (?:think|believe)\b/g;
    assert.equal(passes(re, 'we THINK so'), false);
    assert.equal(passes(re, 'We think so'), true);
  });

  it('gives no pre-test when a piece is too short or the pattern is not read', () => {
    assert.deepEqual(prefilter(/\b(?:an?|the) cat\b/gi).any, [' cat']);
    assert.deepEqual(prefilter(/\b(?:is|be)\b/gi).any, []);
    assert.deepEqual(prefilter(/\bcaf\u00e9 society\b/gi).any, []);
    assert.deepEqual(prefilter(/\bcafé society\b/giu).any, []);
    assert.deepEqual(prefilter(/(?<word>great) news/gi).any, []);
  });

  it('tells apart the patterns of one index in one pass', () => {
    const index = new LiteralIndex([
      /\bthe cat\b/gi,
      /\bdogs?\b/gi,
      /\bWe think\b/g,
      /\b(?:is|be)\b/gi,
    ]);
    assert.deepEqual(index.scan('We think The Cat is in', 'we think the cat is in'), [
      true,
      false,
      true,
      true,
    ]);
    assert.deepEqual(index.scan('we think a dog', 'we think a dog'), [false, true, false, true]);
  });

  it('never rejects a text the pattern matches', () => {
    const patterns = [
      /\bmark(?:s|ed)? an? (?:[\w'-]+ ){0,2}(?:shift|turning point)\b/gi,
      /^(?:(?:but|and),? )?(?:after all|what's more)\b/gi,
      /\bquestions\b[^?!;]{0,100}?\bremain(?:s|ed)?\b/gi,
      /\b(?:lays? bare|sends? (?:a|the) (?:clear )?message)\b/gi,
    ];
    const texts = [
      'This marks a sharp shift.',
      "But, what's more, it rained.",
      'Questions about the cost remain.',
      'It sends a clear message.',
      'The report lays bare the gaps.',
    ];
    for (const re of patterns)
      for (const text of texts) {
        re.lastIndex = 0;
        if (re.test(text)) assert.equal(passes(re, text), true, `${re.source} on ${text}`);
      }
  });
});
