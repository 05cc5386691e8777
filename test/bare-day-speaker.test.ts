import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('a day with no preposition after a speaker (isBareDayAfterNoun)', () => {
  it('leaves the day out of a body that speaks', () => {
    assert.deepEqual(speakers('The city council Tuesday said the plan "will not be delayed."'), [
      'The city council',
    ]);
  });

  it('leaves the day out of the body named after "passed by"', () => {
    assert.deepEqual(
      speakers(
        'A resolution passed by the Scottish Parliament Wednesday asked ministers to act. The resolution also stated that the ferries "are years behind schedule."',
      ),
      ['Scottish Parliament'],
    );
  });

  it('keeps a surname that is also a day after a given name', () => {
    assert.deepEqual(speakers('"We will act," said Joe Friday.'), ['Joe Friday']);
  });

  it('keeps "Today" as part of a newspaper\'s name', () => {
    assert.deepEqual(speakers('USA Today reported that the firm had "no plans to sell."'), [
      'USA Today',
    ]);
  });
});
