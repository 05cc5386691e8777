import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';
import { labels } from './helpers/short-article.ts';

describe('reports round 55 showed', () => {
  it('reads a firm’s plans read as a noun before an infinitive as its aim', () => {
    assert.deepEqual(labels('Kraft plans to cut back on advertising.'), ['attributed']);
  });

  it('keeps plans that are a subject or an object plain', () => {
    assert.deepEqual(labels('Government plans to close the base were dropped.'), ['fact']);
  });

  it('reads a possibility ruled out as words, and a player ruled out of a match as no saying', () => {
    assert.deepEqual(
      labels(
        'The minister ruled out a tax rise.\n\nHe was ruled out of the match with a knee injury.',
      ),
      ['attributed', 'fact'],
    );
  });

  it('reads a headline’s "says PM" as the prime minister the lead names', () => {
    const quote = analyzeArticle(
      'School sport \'is back\', says PM\n\nTony Blair has promised that "sport is back" as a priority.',
    ).sentences[0]!.quotes[0]!;
    assert.equal(quote.speaker, 'Tony Blair');
  });
});

describe('framing round 55 showed', () => {
  it('reads "notoriously", "persistent" and "certain to" as the writer’s', () => {
    assert.deepEqual(
      labels(
        'Apple is notoriously secretive about upcoming products.\n\nThe persistent Rooney eventually rounded Jones.\n\nOther issues are certain to play a part.',
      ),
      ['framing', 'framing', 'framing'],
    );
  });
});
