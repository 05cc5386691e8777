import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';

// Session 7: what follows a verb decides whether it reports content or records an act (the complement, not the
// verb alone). Every sentence is written for the test.

describe('an infinitive of purpose or intent after a verb of finding or proposing', () => {
  it('leaves "proposed new rules to curb X" and "decided to stay" as fact (acts)', () => {
    assert.deepEqual(
      labels(
        'The harbour board has proposed new mooring rules to protect the reef. Ms Lund, a retired nurse, decided to stay in the village.',
      ),
      ['fact', 'fact'],
    );
  });

  it('still attributes a finding or decision stated as a clause', () => {
    assert.deepEqual(
      labels(
        'The tribunal decided the dismissal was unfair. The inspectors found the school had ignored the warnings.',
      ),
      ['attributed', 'attributed'],
    );
  });
});

describe('a reporting word that is part of a noun phrase', () => {
  it('leaves "state-owned" and a plural "states" closing the sentence as fact', () => {
    assert.deepEqual(
      labels(
        'Dutch state-owned bank buys a rival lender. The treaty eases trade between the Baltic states.',
      ),
      ['fact', 'fact'],
    );
  });

  it('still attributes "states" closing a tag after a comma', () => {
    assert.deepEqual(labels('The ferry will not sail on Sunday, the operator states.'), [
      'attributed',
    ]);
  });
});
