import assert from 'node:assert/strict';
import { labels, speakers } from './helpers/short-article.ts';

describe('reports round 62 showed', () => {
  it('reads bail or a request denied as withheld, a clause denied as said', () => {
    assert.deepEqual(
      labels(
        'The banker is in custody, having been charged with theft and twice denied bail.\n\nThe judge denied the request.\n\nHe denied the request was ever made.',
      ),
      ['fact', 'fact', 'attributed'],
    );
  });

  it('reads a bare name after ", called" as naming the noun before the comma', () => {
    assert.deepEqual(
      labels(
        'Listeners download short audio shows, called podcasts.\n\nThe charity, called Open Paths, met on Friday.',
      ),
      ['fact', 'fact'],
    );
  });

  it('reads a gerund after "after" or "without" as dating the sentence’s own event', () => {
    assert.deepEqual(
      labels(
        'The councillor resigned the whip in May, after criticising the leader and stating his ambition to replace her.\n\nHe left the meeting without saying a word.',
      ),
      ['fact', 'fact'],
    );
  });

  it('still reads such a gerund with a clause of its own as a report', () => {
    assert.deepEqual(
      labels('The coach smiled, before confirming that the friendly will go ahead as planned.'),
      ['attributed'],
    );
  });

  it('reads a title claimed as won in a headline', () => {
    assert.deepEqual(labels('Wales claim Hong Kong Sevens glory'), ['fact']);
  });
});

describe('framing round 62 showed', () => {
  it('reads "would" after an opening condition as the writer’s forecast', () => {
    assert.deepEqual(
      labels('If the county chose the scheme too, it would cover half of all schools.'),
      ['framing'],
    );
  });
});

describe('speakers round 62 showed', () => {
  it('gives a given name after a kin word the surname of the possessive before it', () => {
    assert.deepEqual(
      speakers(
        'The recordings belonged to engineer Walter Pask.\n\n"We have kept them for years," Mr Pask\'s daughter Helen, 61, said.',
      ),
      ['Helen Pask'],
    );
  });

  it('leaves a lone quotation to the reporter before it when the next sentence answers with "But"', () => {
    assert.deepEqual(
      speakers(
        'Tom Ferris left the party in May.\n\nHe said on Friday he hoped to lead it by the spring. "That gives us enough time to win." But a party spokesman said the rules forbid it.',
      ),
      ['Tom Ferris'],
    );
  });
});
