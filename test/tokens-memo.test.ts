import assert from 'node:assert/strict';
import { primeTokens, sentenceTokens, textTokens } from '../server/analysis/grammar/tokens.ts';
import { segmentArticle } from '../server/analysis/segment/index.ts';
import { isReportingVerb } from '../server/analysis/grammar/verbs.ts';
import { retagged } from '../server/analysis/grammar/token.ts';

// isReportingVerb keeps its answers per token array (grammar/verbs.ts): a repair must make a new array, never change
// one that was asked about. Sentences written for the test.

describe('answers about a sentence kept per token array', () => {
  it('gives a repaired copy of a sentence its own answers, and the original keeps its own', () => {
    const text = 'The mayor said the bridge will open in May.';
    const tokens = textTokens(text);
    const at = tokens.findIndex((t) => t.lower === 'said');
    assert.equal(isReportingVerb(tokens, at), true);
    const repaired = tokens.map((t, i) => (i === at ? retagged(t, t.pos, 'build', 'built') : t));
    assert.equal(isReportingVerb(repaired, at), false);
    assert.equal(isReportingVerb(tokens, at), true);
  });

  it('answers no for a word that is no verb, noun or adjective, and for a place past the end', () => {
    const tokens = textTokens('She said so.');
    assert.equal(isReportingVerb(tokens, 0), false);
    assert.equal(isReportingVerb(tokens, tokens.length + 3), false);
  });

  it("gives a sentence's words from its own parse, not the article's, so a rebuild elsewhere reads the same", () => {
    const [, sentence] = segmentArticle('Harbour news\n\nThe ferry left the harbour at noon.');
    primeTokens([sentence!]);
    const own = textTokens(sentence!.text);
    assert.notEqual(own, sentenceTokens(sentence!));
    assert.deepEqual(own, sentenceTokens(sentence!));
  });

  it('hands out the same array for a sentence it parsed lately', () => {
    const text = 'The council met on Tuesday.';
    assert.equal(textTokens(text), textTokens(text));
  });
});
