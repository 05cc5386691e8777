import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';

describe('reports round 49 showed', () => {
  it('reads a closing tag whose subject has a possessive as a report', () => {
    assert.deepEqual(
      labels("Detaining suspects breaks the law, the UK's highest court has ruled."),
      ['attributed'],
    );
  });

  it('reads a ruling dated with a comma before its clause as the court’s', () => {
    assert.deepEqual(
      labels(
        'The commission ruled on 30 July, 2002 that the act discriminated against foreigners.',
      ),
      ['attributed'],
    );
  });

  it('reads a song or music written as a work made, no report', () => {
    assert.deepEqual(
      labels(
        'He wrote Ring of Fire with June Carter Cash.\n\nOne of the first songs he wrote for others was Wolverton Mountain.\n\nSir Elton John wrote the music.',
      ),
      ['fact', 'fact', 'fact'],
    );
  });

  it('keeps writing in a paper or to someone a report', () => {
    assert.deepEqual(
      labels(
        'He wrote in the Times that the plan was a mistake.\n\nThe chief constable wrote to the embassy asking it to waive immunity.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('reads an injury denying someone a chance as no denial in words', () => {
    assert.deepEqual(labels('A hamstring injury denied Luscombe the opportunity to start.'), [
      'fact',
    ]);
  });
});

describe('framing round 49 showed', () => {
  it('reads "best" in an award’s category as its name, not praise', () => {
    assert.deepEqual(
      labels(
        'The website picked up the prize for best learning.\n\nBBC Sport took home the best news and sport trophy.\n\nAlexander McQueen took the accolade for the best-designed website.\n\nIt collected six Baftas, including best game and best online game.',
      ),
      ['fact', 'fact', 'fact', 'fact'],
    );
  });

  it('keeps "the best film of the year" praise', () => {
    assert.deepEqual(labels('It was the best film of the year.'), ['framing']);
  });

  it('reads "All they do is" as narrowing, no sweep', () => {
    assert.deepEqual(labels('All they do is block Bluetooth and drain the battery.'), ['fact']);
  });
});
