import assert from 'node:assert/strict';
import { labelOf, labels, speakers } from './helpers/short-article.ts';

describe('a standing in public life ("a prominent critic")', () => {
  it('reads "prominent" as a status, as "senior" is: "Khashoggi, a prominent critic of the leadership, was last seen …" is fact', () => {
    assert.equal(
      labelOf('Khashoggi, a prominent critic of the Saudi leadership, was last seen on Oct. 2.'),
      'fact',
    );
  });
});

describe('"mock" before a noun', () => {
  it('reads "a mock general election" as a practice run: fact', () => {
    assert.equal(
      labelOf('Record numbers of schools are to take part in a mock general election.'),
      'fact',
    );
  });

  it('still reads the verb "mocked" as a report of ridicule', () => {
    assert.equal(labelOf('The comedian mocked the rules.'), 'attributed');
  });
});

describe('"as expected" (a comparison with a forecast no one in the sentence made)', () => {
  it('reads "twice as many jobs as expected" as fact', () => {
    assert.equal(
      labelOf('US companies created twice as many jobs as expected in October.'),
      'fact',
    );
  });

  it('reads "As expected, …" opening the sentence as fact', () => {
    assert.equal(labelOf('As expected, two women have been elected to Congress.'), 'fact');
  });

  it('still reads "as predicted by analysts" as their forecast', () => {
    assert.equal(labelOf('Sales rose as predicted by analysts.'), 'attributed');
  });
});

describe('verbs of blame in headline English ("slammed", "branded")', () => {
  it('reads "Monahan slammed the Democratic Party for its response" as attributed', () => {
    assert.equal(
      labelOf('Monahan slammed the Democratic Party for its response to her allegations.'),
      'attributed',
    );
  });

  it('gives the words quoted in "X has branded the scheme a waste of money and “deeply flawed”" to X', () => {
    assert.deepEqual(
      speakers(
        'Lib Dem home affairs spokesman Mark Oaten has branded the ID scheme a waste of money and “deeply flawed”.',
      ),
      ['Mark Oaten'],
    );
  });

  it('reads a slammed door and a car slammed into a wall as acts: fact', () => {
    assert.deepEqual(
      [labelOf('He slammed the car door shut.'), labelOf('The car slammed into a wall.')],
      ['fact', 'fact'],
    );
  });

  it('reads "brands" with no object after it as the noun: fact', () => {
    assert.equal(
      labelOf(
        'Fosters bought 18.8% of Southcorp, the winemaker behind the Penfolds and Rosemount brands, for $4.17 a share.',
      ),
      'fact',
    );
  });
});

describe('a body named through its owner ("a spokesman for the Information Commissioner\'s Office")', () => {
  it('is whom a later "the spokesman" means, the whole name kept', () => {
    assert.deepEqual(
      speakers(
        'A spokesman for the Information Commissioner’s Office said it would be classed as marketing. The spokesman said there was “no yes or no” answer.',
      ),
      ['A spokesman for the Information Commissioner’s Office'],
    );
  });
});

describe('a time phrase between an opening piece and the subject', () => {
  it('gives "According to the Daily Wire, in 2012 Omar tweeted: “…”" to Omar, not the paper', () => {
    assert.deepEqual(
      speakers(
        'According to the Daily Wire, in 2012 Omar tweeted: “Israel has hypnotized the world.”',
      ),
      ['Omar'],
    );
  });

  it('leaves "last year" out of the speaker of "According to the paper, last year the minister wrote: “…”"', () => {
    assert.deepEqual(
      speakers('According to the paper, last year the minister wrote: “We are fine.”'),
      ['the minister'],
    );
  });
});

describe('a name given to a noun with "called"', () => {
  it('reads "a group called Democratize SSMU", whose name opens on a word read as a verb, as naming: fact', () => {
    assert.equal(
      labelOf('Supporters of a group called Democratize SSMU brought a motion to divide the vote.'),
      'fact',
    );
  });

  it('reads "a “gun fabricator” called the Ghost Gunner", after a quoted noun, as naming: fact', () => {
    assert.equal(
      labelOf('The company’s main product is a “gun fabricator” called the Ghost Gunner.'),
      'fact',
    );
  });

  it('still reads "The mayor called Reyes “a liar”" as the mayor’s words', () => {
    assert.deepEqual(speakers('The mayor called Reyes “a liar”.'), ['The mayor']);
  });
});

describe('a past tense of a reporting verb the tagger reads as an adjective', () => {
  it('reads "Ellison’s ex-girlfriend, Karen Monahan, alleged that …" (after a piece set off by commas) as attributed', () => {
    assert.equal(
      labelOf(
        'Ellison’s ex-girlfriend, Karen Monahan, alleged that Ellison dragged her off a bed.',
      ),
      'attributed',
    );
  });

  it('reads "Karen Monahan alleged in August that …" (a time phrase before "that") as attributed', () => {
    assert.equal(
      labelOf('His ex-girlfriend, Karen Monahan, alleged in August that he dragged her off a bed.'),
      'attributed',
    );
  });
});

describe('a relative clause on the quoted words after them ("“…,” which he defined as …")', () => {
  it('is no tag: the words go to the "he wrote" before them', () => {
    assert.deepEqual(
      speakers(
        'Fortier appointed Spencer Boudreau to investigate. His findings, he wrote, do “not substantiate the notion,” which he defined as hostility.',
      ),
      ['Spencer Boudreau'],
    );
  });
});

describe('what an inquiry shows, and what a body tweets as "it"', () => {
  it('reads "An investigation into the accounts shows that …" as the inquiry’s finding: attributed', () => {
    assert.equal(
      labelOf('An investigation into the accounts shows that the money was moved in March.'),
      'attributed',
    );
  });

  it('reads "It later tweeted that …" after a body is named as the body’s words', () => {
    assert.deepEqual(
      labels(
        'WikiLeaks denied the report. It later tweeted that Assange had instructed his lawyers to sue.',
      ),
      ['attributed', 'attributed'],
    );
  });
});

describe('complaints told in a sneer or a mutter ("whines", "grumbled that")', () => {
  it('gives "“…,” Dan Fishback whines" to Dan Fishback', () => {
    assert.deepEqual(
      speakers(
        '“I have grown accustomed to feeling unwelcome in Jewish spaces,” Dan Fishback whines.',
      ),
      ['Dan Fishback'],
    );
  });

  it('reads "Fans grumbled that the price was too high" and "Residents moaned that …" as attributed', () => {
    assert.deepEqual(
      [
        labelOf('Fans grumbled that the price was too high.'),
        labelOf('Residents moaned that the buses were late.'),
      ],
      ['attributed', 'attributed'],
    );
  });

  it('leaves "They moan." alone a fact', () => {
    assert.equal(labelOf('They moan.'), 'fact');
  });
});

describe('a subject described by a past participle and its phrase ("A letter sent to Martin Mubanga said")', () => {
  it('reads the text or person before the participle as the source: attributed', () => {
    assert.deepEqual(
      [
        labelOf('A letter sent to Martin Mubanga said his British passport would not be issued.'),
        labelOf('The letter sent to him said the passport would not be issued.'),
      ],
      ['attributed', 'attributed'],
    );
  });
});

describe('praise granted by nobody named', () => {
  it('reads "is still regarded as a classic" (an adverb before the participle) as framing', () => {
    assert.equal(labelOf('His 1962 album is still regarded as a classic.'), 'framing');
  });

  it('reads "won universal acclaim" as framing', () => {
    assert.equal(
      labelOf(
        'The original title won universal acclaim in 2001, and sold more than four million copies.',
      ),
      'framing',
    );
  });

  it('leaves "won acclaim from critics", whose givers are named, no framing', () => {
    assert.notEqual(labelOf('The game won acclaim from critics.'), 'framing');
  });
});

describe('adjectives of gift and of a rise to renown ("talented", "meteoric")', () => {
  it('reads "a talented jazz composer" and "his meteoric rise" as the writer’s judgement', () => {
    assert.deepEqual(
      [
        labelOf('He was also a talented jazz composer.'),
        labelOf('The film follows his meteoric rise as one half of a pop duo.'),
      ],
      ['framing', 'framing'],
    );
  });
});

describe('a tag after the words, its speaker named in ways the tagger misreads', () => {
  it('keeps "said Sung Won Sohn," whole, though "Sung" and "Won" read as past tenses', () => {
    assert.deepEqual(
      speakers(
        '“I think the Fed will wait,” said Sung Won Sohn, chief US economist for Wells Fargo Bank.',
      ),
      ['Sung Won Sohn'],
    );
  });

  it('gives "“…,” J Street’s statement read." to J Street, the statement’s named owner', () => {
    assert.deepEqual(
      speakers('“We take anti-Semitism quite seriously,” J Street’s statement read.'),
      ['J Street'],
    );
  });
});

describe('a noun for a term inside a hyphened compound ("long-term")', () => {
  it('leaves the words after "long-term inflation pressures remained" the speaker’s, no term', () => {
    assert.deepEqual(
      speakers('The Fed said that long-term inflation pressures remained “well contained”.'),
      ['Fed'],
    );
  });
});

describe('an aged description of the one just named ("The 41-year-old chart-topper")', () => {
  it('gives the words to the person named before it', () => {
    assert.deepEqual(
      speakers(
        'George Michael has said his new documentary marks his retirement. The 41-year-old chart-topper told reporters that he wanted to “move his career into a different form”.',
      ),
      ['George Michael'],
    );
  });
});

describe('a verb after a name and its apposition, with a side piece later in the sentence', () => {
  it('reads "Saucier’s lawyer, Ronald Daigle, told Fox News … that the lawsuit, which he expects …, will name …" as attributed', () => {
    assert.equal(
      labelOf(
        'Saucier’s lawyer, Ronald Daigle, told Fox News on Monday that the lawsuit, which he expects to file soon, will name the Department of Justice.',
      ),
      'attributed',
    );
  });

  it('reads "Mr Salama, the WHO’s deputy director-general, said Mbandaka’s location …, widely used …, raised …" as attributed', () => {
    assert.equal(
      labelOf(
        'Mr Salama, the WHO’s deputy director-general, said Mbandaka’s location on the Congo river, widely used for transportation, raised the prospect of Ebola spreading.',
      ),
      'attributed',
    );
  });

  it('still reads "A cargo plane, reported by local press as belonging to the army, crashed into houses" as fact', () => {
    assert.equal(
      labelOf(
        'A cargo plane, reported by local press as belonging to the army, crashed into houses.',
      ),
      'fact',
    );
  });
});

describe('a verb of saying joined by "and" or "but" to the predicate of an act', () => {
  it('shares the sentence’s subject: "pleaded not guilty … and denied involvement" is attributed', () => {
    assert.deepEqual(
      [
        labelOf(
          'Mr Khodorkovsky pleaded not guilty to the charges brought against him and denied involvement in any criminal activities.',
        ),
        labelOf('The group deleted the message and apologized for publishing it.'),
      ],
      ['attributed', 'attributed'],
    );
  });

  it('leaves people questioned an interrogation ("Police arrested two men and questioned them" is fact), not a power questioned', () => {
    assert.deepEqual(
      [
        labelOf('Police arrested two men and questioned them.'),
        labelOf('Detectives questioned two men.'),
        labelOf('Two senators questioned the President’s power to act.'),
      ],
      ['fact', 'fact', 'attributed'],
    );
  });
});

describe('speakers in tags the session met first in 1037–1044', () => {
  it('gives "Morality, Smith said, is rooted in “…”" (a tag inside the clause) to Smith, not to its head', () => {
    assert.deepEqual(speakers('Morality, Smith said, is rooted in “rules and exceptions”.'), [
      'Smith',
    ]);
  });

  it('gives "“…,” Candace Smith repeats" to Candace Smith', () => {
    assert.deepEqual(speakers('“Please help,” Candace Smith repeats several times in a call.'), [
      'Candace Smith',
    ]);
  });

  it('gives "“…!” the man is heard saying on camera" to the man', () => {
    assert.deepEqual(speakers('“Go away!” the man is heard saying on camera.'), ['the man']);
  });

  it('keeps a title joined by "and" whole: "said Economic and Fiscal Policy Minister Heizo Takenaka"', () => {
    assert.deepEqual(
      speakers(
        '“It is in a recovery stage,” said Economic and Fiscal Policy Minister Heizo Takenaka.',
      ),
      ['Heizo Takenaka'],
    );
  });

  it('still gives "said Smith and Jones" to the first name, a title between "and" and a name being needed', () => {
    assert.deepEqual(speakers('“It is fine,” said Smith and Jones.'), ['Smith']);
  });
});

describe('a relative clause on the words after them ("“…,” a pledge he has often repeated")', () => {
  it('is no tag: the words stay with the one who promised them', () => {
    assert.deepEqual(
      speakers(
        'The next day, Romney promised, “As president, I will reverse the cuts,” a pledge he has often repeated.',
      ),
      ['Romney'],
    );
  });
});

describe('responding to a call or a scene ("police responded to a call from …")', () => {
  it('is going out to it, no answer in words', () => {
    assert.notEqual(
      labelOf('On Sept. 14, police responded to a call from a neighbour about a fire.'),
      'attributed',
    );
  });

  it('gives "Police say officers … were shot after responding to a “potential domestic situation”" to the police', () => {
    assert.deepEqual(
      speakers(
        'Police say officers Eric Joering and Anthony Morelli were shot around noon after responding to a “potential domestic situation.”',
      ),
      ['Police'],
    );
  });

  it('still reads "The minister responded to the criticism, calling it “nonsense”" as a report', () => {
    assert.equal(
      labelOf('The minister responded to the criticism, calling it “nonsense”.'),
      'attributed',
    );
  });
});
