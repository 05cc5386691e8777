import assert from 'node:assert/strict';
import { labels, speakers } from './helpers/short-article.ts';

describe('speakers round 76 showed', () => {
  it('reads "branded X as" a quotation, the tagger’s adjective, as the subject’s own words', () => {
    assert.deepEqual(speakers('The minister branded the plan as "a disgrace".'), ['The minister']);
  });

  it('reads it so after "has" too, and the sentence as reported', () => {
    assert.deepEqual(
      labels('Assistant coach Henk Vos has branded the club’s complaint to Uefa as "pathetic".'),
      ['attributed'],
    );
  });
});
