import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('speakers round 54 showed', () => {
  it('keeps a given name one letter from a title ("Justine", "justice") in the name', () => {
    assert.deepEqual(
      speakers(
        'Justine Henin-Hardenne lost to Elena Dementieva on Sunday.\n\n"I will be heading to Australia," she said.',
      ),
      ['Justine Henin-Hardenne'],
    );
  });

  it('takes no venue for the person "the American" means', () => {
    assert.deepEqual(
      speakers(
        'Carlos Moya beat Andy Roddick in Seville.\n\nRoddick was left frustrated after losing on the clay of Seville\'s Olympic Stadium.\n\n"It is just tough," said the American.',
      ),
      ['Andy Roddick'],
    );
  });

  it('reads a name after "the performance of" as a person named in full', () => {
    assert.deepEqual(
      speakers(
        'It was remarkable for the performance of Rafael Nadal, who beat Roddick.\n\n"What a great way to finish the year," said Nadal afterwards.',
      ),
      ['Rafael Nadal'],
    );
  });
});
