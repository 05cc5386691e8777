import assert from 'node:assert/strict';
import { quotes } from './helpers/short-article.ts';

describe('speakers: the subject of the verb governing a partial quotation', () => {
  it('gives a quoted verdict after a verb of naming to its subject ("dubbed the marchers “…”")', () => {
    const [q] = quotes('Minister Ana Ruiz dubbed the marchers "a rowdy fringe".');
    assert.equal(q?.speaker, 'Ana Ruiz');
    assert.equal(q?.type, 'speech');
    assert.equal(q?.speakerBasis, 'governing:name');
  });

  it('reads a past tense the tagger took for an adjective after a name ("Ruiz labelled …")', () => {
    const [q] = quotes('Tom Reyes labelled the walkout "illegal".');
    assert.equal(q?.speaker, 'Tom Reyes');
  });

  it('gives words in a request to the one asking ("begged the board to find “…”")', () => {
    const [q] = quotes(
      'Tom Reyes begged the board to find "some other way to keep the library open".',
    );
    assert.equal(q?.speaker, 'Tom Reyes');
  });

  it('steps over an earlier quotation of the sentence to the verb before it ("what he termed …")', () => {
    const found = quotes(
      'Tom Reyes said he would resist what he termed a "vicious" campaign of "half-truths and slander" against him.',
    );
    const second = found.find((q) => q.text === 'half-truths and slander');
    assert.equal(second?.speaker, 'Tom Reyes');
  });

  it('passes a passive with no agent to reach the verb that governs it', () => {
    const [q] = quotes(
      'Minister Tom Reyes asked the police why files that were supposed to be locked in "fireproof safes" lay in a park.',
    );
    assert.equal(q?.speaker, 'Tom Reyes');
  });

  it('gives a clause led in by a verb of thinking aloud to its subject ("The council reasoned, “…”")', () => {
    const [q] = quotes(
      'The town council reasoned, "because the hall stands empty, it may be sold".',
    );
    assert.equal(q?.speaker, 'The town council');
  });

  it('leaves a name given to a thing alone ("a plan dubbed “Clean Sweep”")', () => {
    const [q] = quotes('Officers began a plan dubbed "Clean Sweep" on Monday.');
    assert.equal(q?.type, 'term');
    assert.equal(q?.speaker, null);
  });

  it('leaves a word quoted in a clause with no subject of its own to no one', () => {
    const [q] = quotes('Crowds gathered on the square as the "festival of light" began.');
    assert.equal(q?.speaker, null);
  });
});
