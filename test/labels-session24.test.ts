import assert from 'node:assert/strict';
import { labelOf } from './helpers/short-article.ts';

describe('a stance drawn from a thing pointed back to (stanceCues)', () => {
  it('reads "faced a backlash from this decision" as no one\'s stance', () => {
    assert.equal(labelOf('The mayor has faced a major backlash from this decision.'), 'fact');
  });

  it('keeps "drew a backlash from fans" a report of the fans\' stance', () => {
    assert.equal(labelOf('The plan drew a backlash from fans.'), 'attributed');
  });
});

describe('an infinitive split by an adverb (infinitive)', () => {
  it('reads "was forced to publicly apologize" as an act, not a report', () => {
    assert.equal(
      labelOf('He was forced to publicly apologize, and two of his advisers were fired.'),
      'fact',
    );
  });

  it('keeps "went on to publicly say that …" a report', () => {
    assert.equal(labelOf('He went on to publicly say that the plan was dead.'), 'attributed');
  });
});

describe('"it is believed" after a fronted phrase (itIsSaid)', () => {
  it('reads "Due to his background, it is believed his mission was …" as hearsay', () => {
    assert.equal(
      labelOf('Due to his medical background, it is believed his mission was to find the leader.'),
      'attributed',
    );
  });
});

describe('a quantifier standing for people before a verb of saying (nounReadAsVerb)', () => {
  it('reads "Some claim the plane was headed south" as their claim', () => {
    assert.equal(labelOf('Some claim the plane was headed to the south.'), 'attributed');
  });

  it('keeps "Some claim of ownership was made" a noun phrase', () => {
    assert.notEqual(labelOf('Some claim of ownership was made in 1990.'), 'attributed');
  });
});

describe('an application rejected (rejectedApplication)', () => {
  it('reads "had rejected an asylum request by …" as a decision, not a stance', () => {
    assert.equal(
      labelOf(
        'Britain had initially rejected an asylum request by the 19-year-old, and he fled to the Netherlands.',
      ),
      'fact',
    );
  });
});

describe('an object declared "to be" so (declaration)', () => {
  it('reads "declared pilot error to be behind the crash" as the committee\'s finding', () => {
    assert.equal(
      labelOf('The safety committee yesterday declared pilot error to be behind the crash.'),
      'attributed',
    );
  });

  it('keeps "declared a state of emergency" an act', () => {
    assert.equal(labelOf('The governor declared a state of emergency.'), 'fact');
  });
});

describe('"comes as" reports show something (linksToReport with a report\'s verb)', () => {
  it('attributes "The news comes as media reports have highlighted spikes …"', () => {
    assert.equal(
      labelOf(
        'The news comes as media reports of recent weeks have highlighted spikes in the readings.',
      ),
      'attributed',
    );
  });

  it('keeps "comes after debris washed ashore" a fact', () => {
    assert.equal(
      labelOf('The finding comes after several pieces of debris washed ashore on the island.'),
      'fact',
    );
  });
});

describe("someone's remarks and what they centred on (remarkCentred)", () => {
  it('attributes "His criticism centered on …" and "The minister\'s complaint focused on …"', () => {
    assert.equal(
      labelOf('His criticism centered on the failure to protect the town.'),
      'attributed',
    );
    assert.equal(
      labelOf("The minister's complaint focused on the cost of the plan."),
      'attributed',
    );
  });

  it('leaves "His career centered on Paris" a fact', () => {
    assert.equal(labelOf('His career centered on Paris.'), 'fact');
  });
});

describe('"according to" closing a sentence, with a participle on its source (closingSource)', () => {
  it('attributes a long sentence ending "…, according to a new study released this month by the journal X"', () => {
    assert.equal(
      labelOf(
        'Every day a child has an accident that needs care, and such injuries have risen, according to a new study released this month by the journal Child Health.',
      ),
      'attributed',
    );
  });
});

describe('"by estimates" set off by commas (byEstimates)', () => {
  it('attributes "On Saturday, by estimates, over 500,000 people marched" and "By most accounts, …"', () => {
    assert.equal(
      labelOf('On Saturday, by estimates, over 500,000 people marched through the city.'),
      'attributed',
    );
    assert.equal(labelOf('By most accounts, the talks failed.'), 'attributed');
  });

  it('leaves an agent after "by" alone', () => {
    assert.equal(labelOf('He was hit by a car on Monday.'), 'fact');
  });
});
