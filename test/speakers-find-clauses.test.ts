import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('speakers: the clause that reports a quotation', () => {
  it('reads an "of" phrase opening the sentence as its topic, not its speaker ("Of the plan, she said")', () => {
    assert.deepEqual(
      speakers(
        'Ana Ruiz spoke on Monday. Of the new plan, she said, "It will fail within a year."',
      ),
      ['Ana Ruiz'],
    );
  });

  it('keeps an "of" phrase set beside a name inside the subject ("Tom Hale, of Dover, said")', () => {
    assert.deepEqual(speakers('Tom Hale, of Dover, said, "The road floods every spring."'), [
      'Tom Hale',
    ]);
  });

  it('gives words foretold for someone else ("would show") to the one reporting them', () => {
    assert.deepEqual(
      speakers(
        'Tom Reyes said he would write to the board, and added the audit would show the accounts were "clean and complete."',
      ),
      ['Tom Reyes'],
    );
  });

  it('still gives a foretold verdict to its maker when no one reports it ("The panel will rule …")', () => {
    assert.deepEqual(speakers('The panel will declare the vote "void" on Friday.'), ['The panel']);
  });

  it('hands quoted words on to the person a sentence between them reports', () => {
    assert.deepEqual(
      speakers(
        '"Two pumps failed," Tom Reyes said. Ana Ruiz replied, "They were never serviced." ' +
          'Reyes added that the money had run out. "We asked for funds twice."',
      ),
      ['Tom Reyes', 'Ana Ruiz', 'Tom Reyes'],
    );
  });
});
