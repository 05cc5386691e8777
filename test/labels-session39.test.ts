import assert from 'node:assert/strict';
import { speechSpeakersOf } from './helpers/short-article.ts';

describe('a speaker named by a compound office ("the shadow chancellor")', () => {
  const budget =
    'Budget row\n\nChancellor Gordon Brown set out his budget on Wednesday.\n\n' +
    'Mr Brown said the plans were "affordable".\n\n' +
    'Shadow chancellor Oliver Letwin said the plans were "a fantasy".\n\n';

  it('is the holder of the whole office, not of its last word', () => {
    const said = speechSpeakersOf(
      budget + '"He is borrowing to spend," the shadow chancellor said.\n',
    );
    assert.equal(said.at(-1), 'Oliver Letwin');
  });

  it('leaves the last word alone to the one who holds it', () => {
    const said = speechSpeakersOf(budget + '"We will meet our rules," the chancellor said.\n');
    assert.equal(said.at(-1), 'Gordon Brown');
  });
});
