import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';

describe('reports round 48 showed', () => {
  it('reads shares of those asked as a survey’s sources', () => {
    assert.deepEqual(
      labels(
        '50% of mobile owners reported they had lost their phones.\n\nMore than half (54%) of those asked in a poll for the firm said that they keep no address book.\n\nThe remaining 33% said they could not live without search sites.',
      ),
      ['attributed', 'attributed', 'attributed'],
    );
  });

  it('reads a name after an opening participle with no comma as the one who says', () => {
    assert.deepEqual(labels('Commenting Mr Macklin said results must be clearly marked.'), [
      'attributed',
    ]);
  });

  it('reads "it is predicted that" as someone’s forecast', () => {
    assert.deepEqual(labels('It is predicted that there will be two billion handsets by 2006.'), [
      'attributed',
    ]);
  });

  it('reads a ruling with a time phrase before its clause as the court’s', () => {
    assert.deepEqual(labels('The court ruled on Monday that the ban was lawful.'), ['attributed']);
  });

  it('keeps a finding in favour of something an act', () => {
    assert.deepEqual(labels('The panel found in favour of that plan.'), ['fact']);
  });

  it('reads a film telling a story as its plot, no report', () => {
    assert.deepEqual(labels('The film tells the story of two boys and their strict father.'), [
      'fact',
    ]);
  });

  it('reads people questioned by police as interrogated, and figures questioned by experts as doubted', () => {
    assert.deepEqual(
      labels(
        'Five detainees were questioned by UK police before being released.\n\nThe figures were questioned by experts.',
      ),
      ['fact', 'attributed'],
    );
  });
});

describe('framing round 48 showed', () => {
  it('reads an inverted "Such are the … that" as the writer weighing a cause', () => {
    assert.deepEqual(labels('Such are the demands of the show that producers set up a school.'), [
      'framing',
    ]);
  });

  it('reads "tragedy struck" as the writer’s dramatic word', () => {
    assert.deepEqual(labels('Tragedy struck the production when a young star drowned.'), [
      'framing',
    ]);
  });

  it('keeps "such" before a noun plain', () => {
    assert.deepEqual(labels('Such items are banned on flights.'), ['fact']);
  });
});
