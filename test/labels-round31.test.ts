import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';

describe('subjects the grammar used to lose', () => {
  it('finds a subject after "But now"', () => {
    assert.deepEqual(labels('But now the council says the pier has had enough repairs.'), [
      'attributed',
    ]);
  });

  it('finds a share of those asked as the subject', () => {
    assert.deepEqual(labels('Another 7% said they would not vote at all.'), ['attributed']);
  });

  it('finds the subject before an interruption set off by spaced dashes', () => {
    assert.deepEqual(
      labels('But Mr Hale - who ran the ferry for ten years - said he was not convinced.'),
      ['attributed'],
    );
  });

  it('steps over an interruption between spaced dashes that ends in a noun phrase', () => {
    assert.deepEqual(
      labels(
        'But Mr Hale - who is running his own campaign beside the official Harbour Says No campaign - said he was not convinced.',
      ),
      ['attributed'],
    );
  });

  it('reads a percentage opening the clause a finding reports', () => {
    assert.deepEqual(
      labels('The harbour survey, which asked 900 people, found 25% did not know the timetable.'),
      ['attributed'],
    );
  });
});

describe('retorts and awards', () => {
  it('reads hitting out or back at someone as a retort, and hitting a place as an act', () => {
    assert.deepEqual(labels("And he hit back at the mayor's claim that fares would fall."), [
      'attributed',
    ]);
    assert.deepEqual(labels('The storm hit the town on Monday.'), ['fact']);
  });

  it('reads "best" naming an award category as a name, "the best film" as praise', () => {
    assert.deepEqual(
      labels(
        'The band was named best new international artist, and took the best international song title.',
      ),
      ['fact'],
    );
    assert.deepEqual(labels('It was the best film of the year.'), ['framing']);
  });
});
