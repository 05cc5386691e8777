import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';

// Session 5 label rules: sources the subject walk and the agent rules missed. Every sentence is written for the test.

describe('subjects with a modifier before the reporting verb', () => {
  it('reads a group subject with a complement opened by one or two prepositions ("Lawyers for X", "Critics from across X")', () => {
    assert.deepEqual(
      labels(
        'Lawyers for the driver said he would appeal. Critics from across the region have claimed the fee is a ploy.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('reads a subject described by a participle with its object ("Members backing the plan argued …")', () => {
    assert.deepEqual(
      labels(
        'Council members backing the plan argued it would cut traffic. Residents living near the plant said the air smelled.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('reads a name that holds a capitalised participle after a fronted time phrase ("As of May, Associated Press reported")', () => {
    assert.deepEqual(
      labels('As of Friday, Associated Press reported there were at least 100 cases of flu.'),
      ['attributed'],
    );
  });
});

describe('findings with their maker', () => {
  it('attributes a count or an estimate "by" or "from" a body, even where the tagger reads its verb as a noun', () => {
    assert.deepEqual(
      labels(
        'Estimates by the health ministry state about 200 clinics close each year. Figures from the census office show the town shrank. Records from the state archive were lost in the fire.',
      ),
      ['attributed', 'attributed', 'fact'],
    );
  });

  it('attributes a passive projection whose agent stands before the infinitive ("was projected by X to have won")', () => {
    assert.deepEqual(
      labels(
        'The mayor was projected by several networks to have passed the halfway mark. The wall was built by workers to keep out floods.',
      ),
      ['attributed', 'fact'],
    );
  });

  it('attributes a verdict on an object ("found the order unlawful", ", finding it to be unlawful") but not a state seen', () => {
    assert.deepEqual(
      labels(
        'The inquiry found the dam operator negligent. The appeals court issued a ruling on the closure of the mine, finding it to be unlawful. The police found the room empty.',
      ),
      ['attributed', 'attributed', 'fact'],
    );
  });
});

describe('a side hedge or a naming phrase is not the main claim', () => {
  it('leaves a "reportedly" on a count or on a place phrase set off by commas to the writer, not one on the claim', () => {
    assert.deepEqual(
      labels(
        'A man stabbed reportedly several people at a market, then fled. The officers stopped him, reportedly outside a bank, at around noon. A woman had cuts reportedly from broken glass.',
      ),
      ['fact', 'fact', 'attributed'],
    );
  });

  it('reads ", also called parole," as a name for a term, not a report', () => {
    assert.deepEqual(
      labels('She has been on probation, also called supervised release, and works in Leeds.'),
      ['fact'],
    );
  });
});
