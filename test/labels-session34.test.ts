import assert from 'node:assert/strict';
import { labelAmongReports, labelOf, speakers, speechSpeakersOf } from './helpers/short-article.ts';

describe('"significant" as the writer weighing importance (APPRAISAL_WORDS)', () => {
  it('frames "a string of significant victories"', () => {
    assert.equal(
      labelOf("The rebels have won a string of significant victories in the country's north."),
      'framing',
    );
  });

  it('leaves a significant amount as fact: before an amount it gives a size', () => {
    assert.equal(
      labelOf('The island was home to a significant population for a few hundred years.'),
      'fact',
    );
  });

  it('leaves significant increases as fact: before a change it gives a size', () => {
    assert.equal(
      labelOf('Average waiting times at the clinics rose by significant amounts in 2015.'),
      'fact',
    );
  });
});

describe("the writer's doubt about what is to come (lexicon/phrases.ts)", () => {
  it('frames "it\'s too early to say"', () => {
    assert.equal(
      labelOf("At this point, it's too early to say for sure what this means for the war."),
      'framing',
    );
  });

  it('frames prospects "remaining uncertain"', () => {
    assert.equal(
      labelOf(
        'Three of the six foreign ministers left the talks, with prospects for agreement remaining uncertain.',
      ),
      'framing',
    );
  });
});

describe('a tag verb of pleading (QUOTE_TAG_VERBS)', () => {
  it('gives the words to the one who "implored the crowd"', () => {
    assert.deepEqual(
      speakers('Romney spoke on Friday. “We have to get behind him,” one man implored the crowd.'),
      ['one man'],
    );
  });

  it('gives the words to the one who "pleaded"', () => {
    assert.deepEqual(
      speakers('The hearing ran late. “Let my son come home,” Maria Lopez pleaded.'),
      ['Maria Lopez'],
    );
  });
});

describe('an auxiliary opening a question before a name (People.addSentence)', () => {
  it('keeps "Could" out of the name in a bulleted question', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Israel votes\n\n-Could Isaac Herzog become prime minister?\n\n“We will win,” Herzog said.\n',
      ),
      ['Isaac Herzog'],
    );
  });

  it('keeps "Could" out of the name after a colon', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Israel votes\n\n[Read: Could Isaac Herzog become prime minister?]\n\n“We will win,” Herzog said.\n',
      ),
      ['Isaac Herzog'],
    );
  });
});

describe('an expectation nobody is said to hold (AGENTLESS_PASSIVES)', () => {
  it('frames "He is expected to stress …"', () => {
    assert.equal(
      labelAmongReports('The chancellor is expected to stress the need for stability.'),
      'framing',
    );
  });

  it('frames "The election is expected on 5 May", the date notwithstanding', () => {
    assert.equal(labelAmongReports('The election is expected on 5 May.'), 'framing');
  });

  it('leaves an expectation in a relative clause, a side detail, as fact', () => {
    assert.equal(
      labelAmongReports('Power was cut to the shutoffs, which were expected to last until noon.'),
      'fact',
    );
  });

  it('attributes an expectation with its holder named', () => {
    assert.equal(
      labelAmongReports('The search is expected to resume on Thursday, the spokesman said.'),
      'attributed',
    );
  });
});

describe('the years a forecast points to (givesFigure)', () => {
  it('frames "could stretch into 2005, even 2006": the years date the forecast', () => {
    assert.equal(labelAmongReports('The wrangling could stretch into 2005, even 2006.'), 'framing');
  });

  it('reads the writer’s own forecast of a measured amount as framing too', () => {
    assert.equal(labelAmongReports('Exports could grow by 5% next year.'), 'framing');
  });
});

describe('a participle opening the sentence (subjectOf)', () => {
  it("gives the quotation to the main clause's subject, not to the phrase after the participle", () => {
    assert.deepEqual(
      speakers(
        'Vince Cable spoke on Monday. Responding to the report, Mr Cable also attacked the "unfair" taxes.',
      ),
      ['Vince Cable'],
    );
  });
});

describe("a group's or a body's stance, as voiced (stanceAdjectiveCues)", () => {
  it('attributes "some farmers are sceptical about the proposals"', () => {
    assert.equal(
      labelAmongReports('However, some farmers are sceptical about the proposals.'),
      'attributed',
    );
  });

  it('attributes "analysts were disappointed that …" with its clause', () => {
    assert.equal(
      labelAmongReports('However, analysts were disappointed that the unit would not be included.'),
      'attributed',
    );
  });

  it('attributes "the company remained optimistic about its outlook"', () => {
    assert.equal(
      labelAmongReports('However, the company remained optimistic about its earnings outlook.'),
      'attributed',
    );
  });

  it('attributes "The firm is confident its pipeline will deliver"', () => {
    assert.equal(
      labelAmongReports('The firm is confident its new drug pipeline will deliver profits.'),
      'attributed',
    );
  });

  it('leaves a thing that remains uncertain to the writer', () => {
    assert.notEqual(labelAmongReports('The outcome of the talks remains uncertain.'), 'attributed');
  });
});

describe('a pronoun quoted in the passive (quotedAsSaying)', () => {
  it('gives the words to the one "he" stands for', () => {
    assert.deepEqual(
      speakers(
        'Florian Hamm is the finance chief. "I demand better transparency," he is quoted as saying by a magazine.',
      ),
      ['Florian Hamm'],
    );
  });
});

describe('a statement put out, its words right after it (leftCue)', () => {
  it('gives the words to the body that issued the statement', () => {
    assert.deepEqual(
      speakers('The Harbour Trust issued a statement that "the pier will reopen in May".'),
      ['Harbour Trust'],
    );
  });

  it('leaves a statement only read about to no one', () => {
    assert.deepEqual(
      speakers('The board discussed a statement that "the pier will reopen in May".'),
      [null],
    );
  });
});

describe('a belief nobody holds, after "already" (AGENTLESS_PASSIVES)', () => {
  it('frames "costs are already believed to be making firms wary"', () => {
    assert.equal(
      labelAmongReports(
        'Compliance costs are already believed to be making firms wary of listings.',
      ),
      'framing',
    );
  });
});

describe('a body named with "for" after a conjunction of time (sentenceSubject)', () => {
  it('attributes "The move came after the Office for National Statistics said …"', () => {
    assert.equal(
      labelAmongReports(
        'The move came after the Office for National Statistics said it had measured the data wrongly.',
      ),
      'attributed',
    );
  });
});

describe('a list of names inside a relative clause before the verb (relativeOpening)', () => {
  it('steps over "whose films include A, B and C: D," to the actor', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Neeson backs theatre\n\nHollywood star Liam Neeson has launched a campaign to save the theatre.\n\n' +
          'The Oscar-nominated actor, whose films include Schindler\'s List, Michael Collins and Star Wars: The Phantom Menace, said: "The Lyric is too important to fall apart."\n',
      ),
      ['Liam Neeson'],
    );
  });

  it('keeps the description as the speaker when no one is named before it', () => {
    assert.deepEqual(
      speakers(
        'The actor, whose films include Schindler\'s List, Michael Collins and Star Wars: The Phantom Menace, said: "It was fun."',
      ),
      ['The actor'],
    );
  });
});

describe('contests, their winners and favourites (lexicon/neutral.ts)', () => {
  it('leaves "will decide the overall winner on Tuesday" as fact', () => {
    assert.equal(labelOf('A panel of judges will decide the overall winner on Tuesday.'), 'fact');
  });

  it("leaves a bookmaker's favourite as fact", () => {
    assert.equal(labelOf('Second favourite is a biography of Mary Queen of Scots.'), 'fact');
  });

  it('leaves "a creative writing course" as fact: a course, not praise', () => {
    assert.equal(
      labelOf('Fletcher has recently graduated from a creative writing course.'),
      'fact',
    );
  });
});

describe('an inverted tag after a quotation that opens the sentence (tagFrom)', () => {
  it('gives the words to "one reviewer" after "wrote"', () => {
    assert.deepEqual(speakers('"It is long and loud," wrote one reviewer.'), ['one reviewer']);
  });

  it('still reads a verb after a quotation inside the clause as taking its object', () => {
    assert.deepEqual(speakers('John Doe, whom Jane Roe called "unfit," denied the claims.'), [
      'Jane Roe',
    ]);
  });
});
