import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('speakers round 37 showed', () => {
  it('reads a surname that is also a verb as the name once the article wrote it in full', () => {
    assert.deepEqual(
      speakers(
        'Megan Yelling and Tom Reyes will run for the county in May. Yelling won the regional title last month. "The title meant a great deal to me," said Yelling. "I can now plan my season," Yelling said.',
      ),
      ['Megan Yelling', 'Megan Yelling'],
    );
  });

  it('keeps an opening verb a verb when no one of that name was written in full', () => {
    assert.deepEqual(
      speakers(
        'Yelling crowds met the team at the airport. "It was a day to remember," said Tom Reyes.',
      ),
      ['Tom Reyes'],
    );
  });

  it('gives an acronym the one name written out with those initials', () => {
    assert.deepEqual(
      speakers(
        'Northern Rail is to cut its late trains from May. NR will keep the route, which it says is "still worth running".',
      ),
      ['Northern Rail'],
    );
  });

  it('leaves an acronym as written when two names share its initials', () => {
    assert.deepEqual(
      speakers(
        'Northern Rail and National Radio signed a deal. NR said the deal was "good news for listeners".',
      ),
      ['NR'],
    );
  });

  it('takes the person in apposition to a possessive subject for a later "he"', () => {
    assert.deepEqual(
      speakers(
        'Councillor Tom Reyes said the town needed a new bridge. His party leader, David Price, argued the money was there. "We can pay for it this year," he said.',
      ),
      ['David Price'],
    );
  });

  it('reads a firm named after its trade as no man for a later "he"', () => {
    assert.deepEqual(
      speakers(
        'Tom Reyes has made games for 20 years. He left Bullfrog in 1997 to set up Kestrel Studios which was behind the hit game Black Sky. One of the next titles to come from Kestrel puts players in charge of a film studio. The veteran game maker says he has one problem left. "I have no idea what to wear," he said.',
      ),
      ['Tom Reyes'],
    );
  });
});
