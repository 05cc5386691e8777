import assert from 'node:assert/strict';
import { labels, speakers } from './helpers/short-article.ts';

describe('reports round 61 showed', () => {
  it('reads charges admitted as a plea entered, not a claim reported', () => {
    assert.deepEqual(
      labels(
        'The driver has admitted three charges of careless driving.\n\nShe admitted that she had been tired.',
      ),
      ['fact', 'attributed'],
    );
  });

  it('reads a speech the speaker is expected to give as reported', () => {
    assert.deepEqual(labels('She is expected to say that the new figures were heartening.'), [
      'attributed',
    ]);
  });

  it('finds a long subject after an opening connective and its comma', () => {
    assert.deepEqual(
      labels(
        'Meanwhile, a poll carried out by ramblers group the Open Paths Society found that most stiles are broken.',
      ),
      ['attributed'],
    );
  });

  it('reads a description in the subject’s words joined to an earlier clause', () => {
    assert.deepEqual(
      labels(
        'The museum is open on weekdays, and describes itself as a "living archive" of the valley.',
      ),
      ['attributed'],
    );
  });
});

describe('framing round 61 showed', () => {
  it('reads capitals finishing a product’s name as no raised voice', () => {
    assert.deepEqual(
      labels(
        'The worm also runs on Windows 98, ME and NT.\n\nA new variant, Sober.AT, turns off the firewall.\n\nThe council did NOT approve the plan.',
      ),
      ['fact', 'fact', 'framing'],
    );
  });

  it('reads the superlative of a judging adjective as a judgement', () => {
    assert.deepEqual(labels('The farmers have been the staunchest opponents of the bypass.'), [
      'framing',
    ]);
  });

  it('reads "would" with a condition after it as the writer’s forecast', () => {
    assert.deepEqual(
      labels(
        'The fare would double if the subsidy was withdrawn.\n\nThe mayor said the fare would double if the subsidy was withdrawn.',
      ),
      ['framing', 'attributed'],
    );
  });
});

describe('speakers round 61 showed', () => {
  it('reads an apostrophe after an initialism’s capital S as its possessive', () => {
    assert.deepEqual(speakers('The rules are "far too strict", said NHS\' Anna Kellerman.'), [
      'Anna Kellerman',
    ]);
  });
});
