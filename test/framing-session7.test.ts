import assert from 'node:assert/strict';
import { findFramingCues } from '../server/analysis/framing/framing.ts';
import { labels } from './helpers/short-article.ts';

// Session 7: general causes of false and missed framing, each with a sentence written for the test.

describe('framing causes (session 7)', () => {
  it('lets quoted terms decide only beside a cue of the writer\'s own ("granted "asylum" status on "humanitarian" grounds")', () => {
    // news quotes a term to cite the wording of a rule, a prize or a status, however many terms it quotes
    assert.deepEqual(
      labels('The family was granted "asylum" status on "humanitarian" grounds last spring.'),
      ['fact'],
    );
    assert.deepEqual(
      labels('The club was given a trophy for "steady improvement" at the county show.'),
      ['fact'],
    );
    // beside a degree word of the writer's, the quoted term still tips the sentence
    assert.deepEqual(
      labels('The council presses on with its deeply flawed "reform" of the bus routes.'),
      ['framing'],
    );
  });

  it('reads "severe" as the degree of a harm ("severe burns"), an intensifier that does not decide alone', () => {
    const found = findFramingCues('The boy developed severe burns on both arms.', []);
    assert.deepEqual(
      found.map((e) => [e.text, e.cue]),
      [['severe', 'intensifier']],
    );
    assert.deepEqual(labels('The boy developed severe burns on both arms.'), ['fact']);
    // a word that judges the harm still decides
    assert.deepEqual(labels('The boy developed horrific burns on both arms.'), ['framing']);
  });

  it('reads a medical or chemical condition ("healthy volunteers", "toxic materials") as a state', () => {
    assert.deepEqual(labels('The drug was tested on forty healthy volunteers last year.'), [
      'fact',
    ]);
    assert.deepEqual(labels('Crews removed toxic materials from the old plant.'), ['fact']);
  });

  it('reads the outlet naming its own people ("our readers", "our correspondent") as no stance of the writer', () => {
    assert.deepEqual(
      labels('Extra photographs are posted below so our readers can see the flooded streets.'),
      ['fact'],
    );
    // the inclusive "our" still enlists the reader
    assert.deepEqual(
      labels('Extra photographs are posted below so our children can see the flooded streets.'),
      ['framing'],
    );
  });

  it('reads "gross" and "offensive" inside terms of law, accounting and war ("gross negligence", "offensive weapons") as names', () => {
    assert.deepEqual(
      labels('The couple were tried last year for manslaughter by gross negligence.'),
      ['fact'],
    );
    assert.deepEqual(
      labels('The treaty lets the navy keep only ships without offensive weapons.'),
      ['fact'],
    );
    assert.deepEqual(labels('His remarks about the nurses were offensive.'), ['framing']);
  });
});
