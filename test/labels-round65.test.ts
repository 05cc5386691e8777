import assert from 'node:assert/strict';
import { labels, speakers } from './helpers/short-article.ts';

describe('reports round 65 showed', () => {
  it('reads a verb with its own clause after an apposition as the sentence’s report though a participle follows', () => {
    assert.deepEqual(
      labels(
        'Ravi Menon, the trade minister, argued that the rules must change, given the growth of Asian markets.',
      ),
      ['attributed'],
    );
  });

  it('finds a firm named after a trade in -ing as the subject that speaks', () => {
    assert.deepEqual(
      labels('Filtering firm Netwarden said the tactic was designed to spread the worm quickly.'),
      ['attributed'],
    );
  });
});

describe('speakers round 65 showed', () => {
  it('reads a surname that is also a verb as the name once the article wrote it in full', () => {
    assert.deepEqual(
      speakers(
        'Club chief executive Rick Parry insists the club will never sell Steven Gerrard.\n\nChelsea manager Jose Mourinho wants to sign the midfielder.\n\n"There is no chance of him going in January," said Parry.',
      ),
      ['Rick Parry'],
    );
  });

  it('reads "the Sale full-back" as the player named just before, by his own full name', () => {
    assert.deepEqual(
      speakers(
        'Coach Andy Robinson has kept faith with his fly-half.\n\nAnd skipper Jason Robinson believes the mood is good. "There is no lack of confidence," said the Sale full-back.',
      ),
      ['Jason Robinson'],
    );
  });

  it('follows "he" to a person a "who" clause makes its subject though named after "of"', () => {
    assert.deepEqual(
      speakers(
        'Coach Eddie Walsh says his side must not relax.\n\nIreland have been boosted by the return of skipper Brian Doyle who missed the last game. "It helped my rehabilitation," he said.',
      ),
      ['Brian Doyle'],
    );
  });
});
