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

describe('more reports the rules missed', () => {
  it('joins a name to a subject with its phrase ("Ana and others in the Green Party warned …")', () => {
    assert.deepEqual(
      labels('Ana and others in the Green Party warned the delayed vote could hurt the town.'),
      ['attributed'],
    );
  });

  it('reads a singular subject before a verb the tagger took for a plural noun ("The lawsuit notes many …")', () => {
    assert.deepEqual(labels('The lawsuit notes many residents of the valley do not have cars.'), [
      'attributed',
    ]);
  });

  it('reads "pointed out" as a report, also as a tag set off by commas', () => {
    assert.deepEqual(
      labels('Most of the farms in the valley, the lawsuit pointed out, have no wells.'),
      ['attributed'],
    );
  });

  it('reads a listing whose "as" stands after a name and a side phrase', () => {
    assert.deepEqual(
      labels('The rules also list Blue Lake Fever, from 2013, as an unwanted name.'),
      ['attributed'],
    );
  });

  it('attributes blame laid "from" someone ("has come under criticism from both parties")', () => {
    assert.deepEqual(
      labels(
        'The mayor and her staff have come under scrutiny from both parties over the plan. The firm came under pressure from banks to sell. The team came under a new owner in May.',
      ),
      ['attributed', 'fact', 'fact'],
    );
  });

  it('attributes a passive projection with a time phrase before the infinitive', () => {
    assert.deepEqual(
      labels(
        'She was projected on May 7 to have won. The bridge was built in 1990 to carry trains.',
      ),
      ['attributed', 'fact'],
    );
  });

  it('reads "observed" as a report only with what was said after it', () => {
    assert.deepEqual(
      labels('The crowd observed a minute of silence. The judge observed that the law was vague.'),
      ['fact', 'attributed'],
    );
  });

  it('names no source in a passive whose agent is people at large ("was seen by anyone")', () => {
    assert.notEqual(labels('The letter was seen by anyone with a phone.')[0], 'attributed');
  });
});
