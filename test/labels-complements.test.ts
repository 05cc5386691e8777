import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';

// Session 7: what follows a verb decides whether it reports content or records an act (the complement, not the
// verb alone). Every sentence is written for the test.

describe('an infinitive of purpose or intent after a verb of finding or proposing', () => {
  it('leaves "proposed new rules to curb X" and "decided to stay" as fact (acts)', () => {
    assert.deepEqual(
      labels(
        'The harbour board has proposed new mooring rules to protect the reef. Ms Lund, a retired nurse, decided to stay in the village.',
      ),
      ['fact', 'fact'],
    );
  });

  it('still attributes a finding or decision stated as a clause', () => {
    assert.deepEqual(
      labels(
        'The tribunal decided the dismissal was unfair. The inspectors found the school had ignored the warnings.',
      ),
      ['attributed', 'attributed'],
    );
  });
});

describe('a reporting word that is part of a noun phrase', () => {
  it('leaves "state-owned" and a plural "states" closing the sentence as fact', () => {
    assert.deepEqual(
      labels(
        'Dutch state-owned bank buys a rival lender. The treaty eases trade between the Baltic states.',
      ),
      ['fact', 'fact'],
    );
  });

  it('leaves "Central American states Mexico and Panama" and "member states Spain and Italy" as fact', () => {
    assert.deepEqual(
      labels(
        'Central American states Belize and Panama sent observers. EU member states Spain and Italy voted no.',
      ),
      ['fact', 'fact'],
    );
  });

  it('still attributes "states" closing a tag after a comma', () => {
    assert.deepEqual(labels('The ferry will not sail on Sunday, the operator states.'), [
      'attributed',
    ]);
  });
});

describe('a finding whose clause has a prepositional phrase on its subject', () => {
  it('attributes "found a fall in X by 2030 exceeded Y"', () => {
    assert.deepEqual(
      labels(
        'The researchers found a drop in wheat harvests by 2030 exceeded a fifth of current output.',
      ),
      ['attributed'],
    );
  });

  it('leaves "found the boat in the harbour" with no verb after it as fact', () => {
    assert.deepEqual(labels('Divers found the boat in the harbour of the old town on Monday.'), [
      'fact',
    ]);
  });
});

describe('a long subject read forward from the start of the sentence', () => {
  it('attributes a report whose subject carries prepositional phrases and participles', () => {
    assert.deepEqual(
      labels(
        'Comments on the forum for the hobby group Model Rail from Tuesday speculated that the show had been cancelled. Papers in well-known medical journals including Heart & Lung have described the diet as a kind of fasting.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('finds no source when a relative clause stands between', () => {
    assert.deepEqual(
      labels('Posts on the forum which the club runs from its office speculated about the fire.'),
      ['fact'],
    );
  });
});

describe('a participle with "by" right after its noun', () => {
  it('does not make the noun a source: "a disease characterised by fever"', () => {
    assert.deepEqual(
      labels('Many of the sailors caught scurvy, a disease characterised by bleeding gums.'),
      ['fact'],
    );
  });
});

describe('counts and measurements that show a clause', () => {
  it('attributes "The figures show X lost …" and "Tests … showed the water was safe"', () => {
    assert.deepEqual(
      labels(
        'The figures show the town lost a tenth of its people. Tests carried out last week showed the water was safe.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('attributes a plain present "show" after the last modifier of its subject', () => {
    assert.deepEqual(
      labels(
        'Figures to be released today show the harbour handled a record number of ships. Results of the two trials, published in a journal in 2001, show that the drug works.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('leaves what a count shows as a noun phrase a fact', () => {
    assert.deepEqual(
      labels('The results show the value of the scheme. Tests showed traces of lead.'),
      ['fact', 'fact'],
    );
  });
});

describe('a sentence opened by a conjunction', () => {
  it('finds the subject after "But": "But officials said …", "But local media have said …"', () => {
    assert.deepEqual(
      labels(
        'But officials said the bridge would reopen in May. But local media have said the ferry will stop.',
      ),
      ['attributed', 'attributed'],
    );
  });
});

describe('a suasive verb with a that-clause', () => {
  it('attributes "recommends that …" and "proposed that …", not "proposed new fees"', () => {
    assert.deepEqual(
      labels(
        'The agency recommends that every town should test its water. The board proposed that the fee be cut. The board proposed new fees.',
      ),
      ['attributed', 'attributed', 'fact'],
    );
  });
});

describe('a saying only foreseen by the writer', () => {
  it('does not attribute "might argue" or "will probably claim"', () => {
    assert.deepEqual(
      labels(
        'Critics might argue that the fee is too high. But the board will probably just claim that the rules are clear.',
      ).map((label) => label === 'attributed'),
      [false, false],
    );
  });
});

describe('words passed on with nobody named who said them', () => {
  it('attributes "was told that", "is alleged to have" and "was quoted as saying"', () => {
    assert.deepEqual(
      labels(
        'The court was told that the driver had fled. The man is alleged to have sold the boat twice. He was quoted as saying the pier would close.',
      ),
      ['attributed', 'attributed', 'attributed'],
    );
  });

  it('leaves an instruction ("were told to stay indoors") and "the alleged thief" as fact', () => {
    assert.deepEqual(
      labels('Residents were told to stay indoors. The alleged thief was caught on Monday.'),
      ['fact', 'fact'],
    );
  });
});

describe('assent to a proposition and an amount put at a figure', () => {
  it('attributes "accept that", "agree that" and "put the death toll at"', () => {
    assert.deepEqual(
      labels(
        'Most engineers accept that the dam was too low. Officials agree that the road is unsafe. Early reports put the death toll at 40.',
      ),
      ['attributed', 'attributed', 'attributed'],
    );
  });

  it('leaves "agreed to sell", "accepted the offer" and "put the box on the table" as fact', () => {
    assert.deepEqual(
      labels(
        'The firm agreed to sell the land. She accepted the offer. He put the box on the table.',
      ),
      ['fact', 'fact', 'fact'],
    );
  });
});

describe('a present-tense verb read as a noun before a comma', () => {
  it('attributes "As Jones notes, …" and "Lee claims, without proof, that …"', () => {
    assert.deepEqual(
      labels(
        'As Jones notes, the sample was small. Lee claims, without proof, that the vote was rigged.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('leaves "As her notes show, …" and "As prices rise, …" alone', () => {
    assert.deepEqual(labels('As prices rise, sales fall. As the costs mount, the firm waits.'), [
      'fact',
      'fact',
    ]);
  });
});
