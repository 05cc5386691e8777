import assert from 'node:assert/strict';
import { labels, speakers } from './helpers/short-article.ts';

describe('reports round 60 showed', () => {
  it('reads an episode or a part written as work made', () => {
    assert.deepEqual(
      labels(
        'Gervais is writing an episode of The Simpsons.\n\nHe will also write a part for himself.',
      ),
      ['fact', 'fact'],
    );
  });

  it('reads plans spelled out as their makers’ claim', () => {
    assert.deepEqual(labels('They also spelled out their plans for reduced borrowing.'), [
      'attributed',
    ]);
  });

  it('reads a party’s plans as its aim though a relative clause after them has its own verb', () => {
    assert.deepEqual(
      labels('His party plans to move an amendment next week that would give a judge a say.'),
      ['attributed'],
    );
  });
});

describe('speakers round 60 showed', () => {
  it('takes no name before a plural’s possessive for a person a later "he" may mean', () => {
    assert.deepEqual(
      speakers(
        'England coach Andy Robinson says rugby has to act now.\n\nThe audit is funded by the Professional Rugby Players\' Association, the Rugby Football Union and the league.\n\nAs far as Robinson is concerned its findings must not be ignored.\n\n"I think everybody has got to look at it," he said.',
      ),
      ['Andy Robinson'],
    );
  });
});
