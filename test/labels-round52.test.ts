import assert from 'node:assert/strict';
import { labels, speakers } from './helpers/short-article.ts';

describe('framing round 52 showed', () => {
  it('reads a match report’s appraisals as the writer’s', () => {
    assert.deepEqual(
      labels(
        'There was still time for James to produce a sensational save.\n\nArgentina shocked a ragged Ireland with the first try.\n\nJames superbly tipped the volley wide.',
      ),
      ['framing', 'framing', 'framing'],
    );
  });

  it('reads "best" before a genre and its category, after "include" or "up for", as an award’s name', () => {
    assert.deepEqual(
      labels(
        'His nominations include best male R&B-soul album and best male R&B-soul single.\n\nHer album was also up for best R&B-soul album by a female.',
      ),
      ['fact', 'fact'],
    );
  });
});

describe('reports round 52 showed', () => {
  it('reads emulators written and songs written as works made', () => {
    assert.deepEqual(
      labels(
        'Enthusiasts have written emulators for Windows PC.\n\nHe wrote songs for other artists.',
      ),
      ['fact', 'fact'],
    );
  });

  it('reads a keeper denying players as saves, and a denial of a clause or of accusations as words', () => {
    assert.deepEqual(
      labels(
        'After a quiet opening, James denied Damien Duff, Jiri Jarosik and Mateja Kezman.\n\nThe minister denied Jones had lied.\n\nVieira denied accusations that he threatened Neville.',
      ),
      ['fact', 'attributed', 'attributed'],
    );
  });

  it('reads "it is estimated that" after a fronted phrase as someone’s estimate', () => {
    assert.deepEqual(
      labels('By the middle of 2005, it is estimated that half of all users will be on broadband.'),
      ['attributed'],
    );
  });
});

describe('speakers round 52 showed', () => {
  it('takes no name given its initials in brackets for a person a later "he" may mean', () => {
    assert.deepEqual(
      speakers(
        'The Assistive Mouse Adapter (AMA) is the brainchild of IBM researcher Jim Levine, who developed the prototype.\n\n"I knew that there must be a way," he said.',
      ),
      ['Jim Levine'],
    );
  });
});
