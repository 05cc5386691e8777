import assert from 'node:assert/strict';
import { labels, speakers } from './helpers/short-article.ts';

describe('reports round 58 showed', () => {
  it('reads what a court or committee heard, closing the sentence, as what it was told', () => {
    assert.deepEqual(
      labels('There have been rare cases when pets have been put on the roll, the MPs heard.'),
      ['attributed'],
    );
  });

  it('keeps a bang heard a fact', () => {
    assert.deepEqual(labels('Residents heard a loud bang.'), ['fact']);
  });

  it('reads an aim and a preference as their holders’', () => {
    assert.deepEqual(
      labels('The OSI aims to promote open societies.\n\nChip makers would prefer to use silicon.'),
      ['attributed', 'attributed'],
    );
  });
});

describe('speakers round 58 showed', () => {
  it('reads a month that is a surname ("Brian May … May said") as the person', () => {
    assert.deepEqual(
      speakers(
        'Guitarist Brian May has said he expects to be on the road from April.\n\nMay said: "Suddenly the band is rising again."',
      ),
      ['Brian May'],
    );
  });

  it('leaves the kind of outlet after its name out of the name', () => {
    assert.deepEqual(
      speakers('"This is bad news for the firm", the China Daily newspaper said of the news.'),
      ['China Daily'],
    );
  });
});
