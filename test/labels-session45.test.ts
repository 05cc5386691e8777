import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';
import { labelOf, labels, quotes, speakers } from './helpers/short-article.ts';

describe('"further" between a pronoun and its verb ("He further said")', () => {
  it('leaves the verb its subject: the sentence is attributed', () => {
    assert.equal(
      labelOf(
        'He further said the airline would not be able to get investors if it is not flying.',
      ),
      'attributed',
    );
  });

  it('stays a verb where it is one ("The money will further the cause.")', () => {
    assert.equal(labelOf('The money will further the cause.of peace in the region.'), 'fact');
  });
});

describe('a name closed by an abbreviation ("Warner Bros.")', () => {
  it('is the subject of the verb after it: "Warner Bros. reported that …" is attributed', () => {
    assert.equal(labelOf('Warner Bros. reported that the film was a hit.'), 'attributed');
  });

  it('still ends a sentence where the next word opens one', () => {
    assert.deepEqual(labels('The film was made by Warner Bros. The studio said it was a hit.'), [
      'fact',
      'attributed',
    ]);
  });
});

describe('a reporting verb, a phrase of place or time, then "that"', () => {
  it('reports: "The group concluded in its 2010 review that the vaccines work."', () => {
    assert.equal(
      labelOf('The group concluded in its 2010 review that the vaccines work.'),
      'attributed',
    );
  });

  it('reports after a long description between commas too', () => {
    assert.equal(
      labelOf(
        'The Cochrane Collaboration, an international network of experts that evaluates medical research, concluded in a 2010 review that the vaccines decrease symptoms in healthy adults.',
      ),
      'attributed',
    );
  });
});

describe('a speaker described with a clause of time ("…, the governor of Louisiana when Katrina struck, told …")', () => {
  it('speaks, not the one told', () => {
    assert.deepEqual(
      speakers(
        '“Your economy grinds to a halt,” Kathleen Blanco, the governor of Louisiana when Hurricane Katrina struck her state in 2005, told The Star-Ledger in a phone interview today.',
      ),
      ['Kathleen Blanco'],
    );
  });
});

describe('"the" and a noun the article put before a body\'s name ("private security contractor G4S")', () => {
  it('is that body however far back it was named, and "the firm" after it is too', () => {
    assert.deepEqual(
      speakers(
        'Britain will deploy 1,200 more troops, a move that reflects a lack of confidence that private security contractor G4S can deliver. The troops come three days before the opening. Ministers met on Tuesday. The army was ready. The security contractor said in a statement it “made very good progress in the last few days”. “We are working hard to deliver,” the firm said.',
      ),
      ['G4S', 'G4S'],
    );
  });

  it('is not a person the article named after that noun ("actor Tom Hale")', () => {
    assert.deepEqual(
      speakers(
        'The play starred actor Tom Hale and Ann Roe. The show ran for a year. Tickets sold out. The cast met on Tuesday. The actor said it was “a good run”.',
      ),
      ['Tom Hale'],
    );
  });
});

describe('"quoted her as telling" (PTI copy)', () => {
  it('gives the words to the one quoted, whatever verb of saying follows "as"', () => {
    assert.deepEqual(
      speakers(
        'Mamata Banerjee met party MPs on Tuesday. “Be ready, the election can be held at any time,” party insiders quoted her as telling the meeting. A party leader quoted her as alleging that the CPM was “silent” on the price hike.',
      ),
      ['Mamata Banerjee', 'Mamata Banerjee'],
    );
  });
});

describe('a firm named with a possessive ("Moody\'s downgraded …") and "the rating agency" after it', () => {
  it('is that firm, past a sentence about the event ("This marks the second time …")', () => {
    assert.deepEqual(
      speakers(
        'On Friday, Moody’s downgraded Sony’s long-term debt rating from Baa2 to Baa3. This marks the second time in a month Sony has been hit. “Without robust restructuring, Sony will lose money,” the rating agency said in its report.',
      ),
      ['Moody’s'],
    );
  });

  it('stays as written when a person owns the possessive ("Smith’s")', () => {
    assert.deepEqual(
      speakers(
        'John Smith runs a small shop. On Friday, Smith’s closed early. This marks the second time in a month. “Trade is slow,” the retail group said in its report.',
      ),
      ['the retail group'],
    );
  });
});

describe('"reminded" someone to act or that something holds', () => {
  it('reports advice or a fact told: "He also reminded residents who lost homes to Sandy to look to their insurers"', () => {
    assert.deepEqual(
      labels(
        'He also reminded residents who lost vacation homes to Sandy to look to their insurance providers for compensation. The mayor reminded voters that polls close at 8 p.m.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('reports nothing when a thing reminds someone of something, or the writer reminds "us"', () => {
    assert.deepEqual(
      labels('The song reminded him of his youth. The old house reminds visitors of a castle.'),
      ['fact', 'fact'],
    );
    assert.notEqual(
      labelOf('The strike has reminded us that the issue is too explosive to ignore.'),
      'attributed',
    );
  });
});

describe('"wondered (aloud) whether"', () => {
  it('gives the question the subject put', () => {
    assert.equal(
      labelOf('She wondered aloud whether she had enough gas in her car.'),
      'attributed',
    );
  });

  it('reports nothing in "wondered at the view"', () => {
    assert.equal(labelOf('Tourists wondered at the view from the tower.'), 'fact');
  });
});

describe('"seen as" after its noun, with no "is" ("Charges Seen as Chill on British Journalism")', () => {
  it('is a view nobody is said to hold, as "is seen as" is', () => {
    assert.deepEqual(
      labels(
        'The ruling, seen as a rebuke to the government, came on Tuesday. Phone-hacking charges seen as chill on British journalism.',
      ),
      ['framing', 'framing'],
    );
  });

  it('is no such view when someone holds it ("seen by analysts as")', () => {
    assert.notEqual(
      labelOf('The ruling, seen by analysts as a rebuke, came on Tuesday.'),
      'framing',
    );
  });
});

describe('"some who work at British newspapers say" set inside a sentence', () => {
  it('is a source, a pronoun of quantity and its relative clause before the verb', () => {
    assert.deepEqual(
      labels(
        'Already, some who work at British newspapers say, the scandal has had a chilling effect on newsrooms. Some who work at the plant said it was safe.',
      ),
      ['attributed', 'attributed'],
    );
  });
});

describe('verbs that report only before a clause ("jeered that", "have long held that")', () => {
  it('report a taunt or a view: "newspapers here jeered that …", "administrators have long held that …"', () => {
    assert.deepEqual(
      labels(
        'Twenty years ago, newspapers here jeered that the plan was an act against God. Administrators have long held that the donations were illegal.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('report nothing without one: "The crowd jeered as he left", "He held that post for ten years"', () => {
    assert.deepEqual(labels('The crowd jeered as he left. He held that post for ten years.'), [
      'fact',
      'fact',
    ]);
  });
});

describe('"It was also concluded that …"', () => {
  it('passes on a finding whose authors go unnamed, as "it was claimed that" does', () => {
    assert.equal(
      labelOf(
        'It was also concluded that the vaccines appear to have no effect on hospital admissions.',
      ),
      'attributed',
    );
  });
});

describe('"this person" after "a person familiar with the talks said"', () => {
  it('is that person, described as the article first described them', () => {
    assert.deepEqual(
      speakers(
        '“It is over,” a person familiar with the talks said. “They knew exactly what was coming,” said this person.',
      ),
      ['a person familiar with the talks', 'a person familiar with the talks'],
    );
  });
});

describe('a speaker described with a participle\'s phrase ("Hu Jiye, a middle-aged man wearing a T-shirt and baseball cap, told …")', () => {
  it('speaks, not the last noun of the description', () => {
    assert.deepEqual(
      speakers(
        '“This case was decided well in advance,” Hu Jiye, a middle-aged man wearing a T-shirt and baseball cap, told reporters.',
      ),
      ['Hu Jiye'],
    );
  });
});

describe('"but added" after a verb of saying whose clause holds another', () => {
  it('goes on from the verb that reported, not from a verb inside the clause it reported', () => {
    assert.deepEqual(
      speakers(
        'Masood Bangash, a senior official, said schools were occupied. He said he does not doubt that some in the Taliban ranks encourage education, but added that the insurgency “won’t really permit” any system to function.',
      ),
      ['Masood Bangash'],
    );
  });
});

describe('"can" after "he", "she" or "it"', () => {
  it("is one person's or thing's ability, no timeless claim: \"she can't justify buying a new computer\"", () => {
    assert.deepEqual(
      labels(
        "At the same time, she can't justify buying a new computer when her old one runs fine. One gym is so small it can't contain the punching bags.",
      ),
      ['fact', 'fact'],
    );
  });

  it('is still a timeless claim after a noun that means any such thing ("Any town can build a stadium")', () => {
    assert.equal(labelOf('Any town can build a stadium.'), 'framing');
  });
});

describe('"ever" giving a record\'s scope ("for the first time ever", "most retweeted ever")', () => {
  it('is no sweep past the evidence', () => {
    assert.deepEqual(
      labels(
        'For the first time ever, voters approved same-sex marriage, with referendums in Maine and Maryland. The photo was the most retweeted ever.',
      ),
      ['fact', 'fact'],
    );
  });

  it('still sweeps in "No council ever listens"', () => {
    assert.equal(labelOf('No council ever listens.'), 'framing');
  });
});

describe('"everything" or "nothing" as what one past act took ("They lost everything in the fire")', () => {
  it('narrates, and "nothing more than" means "only"', () => {
    assert.deepEqual(
      labels(
        'They lost everything in the fire. They had to leave with nothing more than the clothes on their back.',
      ),
      ['fact', 'fact'],
    );
  });

  it('still sweeps as a subject or after a perfect: "Nothing has changed", "He has tried everything"', () => {
    assert.deepEqual(labels('Nothing has changed. He has tried everything.'), [
      'framing',
      'framing',
    ]);
  });
});

describe('a firm\'s name with commas, "and" or brackets, then a title and a name ("said Prescott, Ball and Turben analyst Bruce Lazier")', () => {
  it('gives the words to the one named after the title', () => {
    assert.deepEqual(
      speakers(
        '“It is a 7.4 billion dlr price,” said Prescott, Ball and Turben analyst Bruce Lazier. “It is a boost,” said Jardine Fleming (Securities) Ltd analyst Nick Edwards. “It was not essential,” James Capel and Co analyst Tom Murtha said.',
      ),
      ['Bruce Lazier', 'Nick Edwards', 'Tom Murtha'],
    );
  });

  it('still gives words said by two people to both ("Ann Roe and Tom Reyes said")', () => {
    assert.deepEqual(speakers('“It is fine,” Ann Roe and Tom Reyes said.'), [
      'Ann Roe and Tom Reyes',
    ]);
  });
});

describe('a headline in capitals, as the wire sent it', () => {
  const headline = (line: string) =>
    analyzeArticle(`${line}\n\nThe board met on Tuesday.`).sentences[0]!.label;

  it('is read as words: "ELECTION RESULT MAY DELAY JAPAN ECONOMIC STIMULUS" forecasts', () => {
    assert.equal(headline('ELECTION RESULT MAY DELAY JAPAN ECONOMIC STIMULUS'), 'framing');
  });

  it('gives "SEEN" before a verb in -ing as a forecast nobody is said to make', () => {
    assert.equal(headline('FAIRCHILD DEAL FAILURE SEEN MAKING JAPANESE WARY'), 'framing');
    assert.equal(labelOf('The man seen leaving the house was arrested.'), 'fact');
  });

  it('leaves a plain event in capitals a fact', () => {
    assert.equal(headline('SPAIN TO RELAX EXCHANGE CONTROLS'), 'fact');
  });
});

describe('initials, a nickname in quote marks, then the surname (C.J. "Pete" Silas)', () => {
  it('is one name: no sentence ends after the initials, and the nickname is a term', () => {
    const sentences = labels(
      'Phillips will emphasize cash flow this year, C.J. "Pete" Silas, chairman, told reporters. He said so.',
    );
    assert.equal(sentences.length, 2);
    assert.deepEqual(
      quotes('The company said J.R. "Bob" Smith would retire.').map((q) => q.type),
      ['term'],
    );
  });

  it('still ends a sentence before a quotation after an abbreviation ("He moved to the U.S. “It was hard,” he said.")', () => {
    assert.equal(labels('He moved to the U.S. "It was hard," he said.').length, 2);
  });
});

describe('a list of lower-case items, one per paragraph with no closing mark', () => {
  it('keeps each item a sentence of its own', () => {
    assert.equal(
      labels(
        'The sect is known for:\n\nthe practice of forcing girls into marriages\n\nthe excommunication of boys\n\nthe state takeover of the trust',
      ).length,
      4,
    );
  });

  it('still joins a sentence a stray break cut in two ("The council met on" / "Tuesday to vote.")', () => {
    assert.equal(
      labels('The council met on\n\nTuesday to vote. It passed\n\nthe budget.').length,
      2,
    );
  });
});
