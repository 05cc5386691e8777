import assert from 'node:assert/strict';
import { labels, speakers } from './helpers/short-article.ts';

describe('framing round 50 showed', () => {
  it('reads "enormous" and "epic" as the writer’s measure of size', () => {
    assert.deepEqual(
      labels(
        'Top of the range phones can carry enormous amounts of data.\n\nShe was edged out in an epic contest last year.',
      ),
      ['framing', 'framing'],
    );
  });

  it('reads an opening "Seen as" as a judgement held by nobody named', () => {
    assert.deepEqual(
      labels(
        'Seen as one of the more intellectual figures in the government, he also worked for the leader.',
      ),
      ['framing'],
    );
  });

  it('reads "in a sign of" and "is a sign of" as the writer reading a fact', () => {
    assert.deepEqual(
      labels(
        'In a sign of a thaw in relations, the two countries have signed a trade protocol.\n\nIt is a sign of the council’s concern that its advice went out in December.',
      ),
      ['framing', 'framing'],
    );
  });

  it('keeps a sign carried by protesters its words, no reading of the writer’s', () => {
    assert.deepEqual(labels('Protesters carried a sign reading "Save our park".'), ['attributed']);
  });
});

describe('reports round 50 showed', () => {
  it('reads a coach rating a player as something as his judgement', () => {
    assert.deepEqual(
      labels('Bath coach John Connolly rates Barkley as no better than a 50/50 chance.'),
      ['attributed'],
    );
  });

  it('keeps interest rates and rates rising plain', () => {
    assert.deepEqual(
      labels('Interest rates as high as 5% hurt borrowers.\n\nMortgage rates rose as demand fell.'),
      ['fact', 'fact'],
    );
  });
});

describe('quotes round 50 showed', () => {
  it('reads an apostrophe before a two-digit year as no quote mark', () => {
    assert.deepEqual(
      speakers(
        'He sang for Jay-Z (\'03 Bonnie & Clyde) last year.\n\n"My heart sinks," said Kanye West.',
      ),
      ['Kanye West'],
    );
  });
});
