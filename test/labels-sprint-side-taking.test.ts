import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';

// A side taken by a source with no verb of saying (session 8 sprint); every sentence is written for the test.

describe('a side taken by a source', () => {
  it('reads a welcome from a body or a country as its stated view', () => {
    assert.deepEqual(
      labels(
        'The farmers union welcomed the ruling on Tuesday. Portugal and Chile also welcomed the news.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('reads support or opposition from a group or from a share of those asked as their view', () => {
    assert.deepEqual(
      labels(
        'The student wing of the party supported the mayor. In the poll, 41 percent favoured a second ferry; 55 percent opposed.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('leaves support given by a thing, a passive and a vote tally as fact', () => {
    assert.deepEqual(
      labels(
        'The old beams support the roof of the barn. The survey was supported by a grant from the county. The motion passed, with 30 members supporting it; one councillor supported.',
      ),
      ['fact', 'fact', 'fact'],
    );
  });
});
