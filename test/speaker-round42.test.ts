import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('speakers round 42 showed', () => {
  it('reads a body’s word that is also a surname as the surname after a given name', () => {
    assert.deepEqual(speakers('"We will appeal," firm spokesman Mike Lake told reporters.'), [
      'Mike Lake',
    ]);
  });

  it('gives the words to the person named before a piece telling where they belong', () => {
    assert.deepEqual(
      speakers('Ann Roe, of the nurses’ union, spoke of "broken promises" at the hospital.'),
      ['Ann Roe'],
    );
  });

  it('reads an office described first as the person the next sentence names', () => {
    assert.deepEqual(
      speakers(
        'The old rules need to be "torn up", the transport minister has said. This was why the bus fares would fall, Tom Reyes said.',
      ),
      ['Tom Reyes'],
    );
  });

  it('keeps "the spokesman" as written though the next sentence names someone', () => {
    assert.deepEqual(
      speakers(
        'The fares were "fair", the spokesman said. The plan would cost £2m, Tom Reyes said.',
      ),
      ['the spokesman'],
    );
  });
});
