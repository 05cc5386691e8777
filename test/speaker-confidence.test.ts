import assert from 'node:assert/strict';
import { quotes } from './helpers/short-article.ts';
import { MIN_CONFIDENCE } from '../server/quiz/index.ts';

describe('speakerConfidence(how the speaker was found)', () => {
  it('says how a speaker named beside its quotation was found ("…," Ana Ruiz said)', () => {
    const [q] = quotes('"We will rebuild the bridge by spring," Ana Ruiz said on Monday.');
    assert.equal(q?.speaker, 'Ana Ruiz');
    assert.equal(q?.speakerBasis, 'tag:name');
    // sure enough for the quiz to ask about, never certain
    assert.ok(q?.speakerConfidence !== undefined);
    assert.ok(q.speakerConfidence >= MIN_CONFIDENCE && q.speakerConfidence < 1);
  });

  it('is less sure of a description it could not tie to a name ("The neighbour said") than of a name', () => {
    const [named] = quotes('Tom Reyes said: "The water came in through the floor."');
    const [described] = quotes('The neighbour said: "The water came in through the floor."');
    assert.equal(described?.speaker, 'The neighbour');
    assert.ok(named?.speakerConfidence !== undefined && described?.speakerConfidence !== undefined);
    assert.ok(described.speakerConfidence < named.speakerConfidence);
  });

  it('gives a quotation that carries on from the one before its own basis ("previous")', () => {
    const [, second] = quotes(
      'Tom Reyes said: "The water came in through the floor." "We lost everything in an hour."',
    );
    assert.equal(second?.speaker, 'Tom Reyes');
    assert.equal(second?.speakerBasis, 'previous');
  });

  it('gives no speaker confidence to a term ("the so-called “blue line”")', () => {
    const [q] = quotes('Trains on the so-called "blue line" stopped at noon.');
    assert.equal(q?.type, 'term');
    assert.equal(q?.speakerConfidence, undefined);
  });
});
