import assert from 'node:assert/strict';
import {
  labelAmongReports,
  labelOf,
  quotes,
  speakers,
  speechSpeakersOf,
} from './helpers/short-article.ts';
import { analyzeArticle } from '../server/analysis/index.ts';

const report = labelAmongReports;

describe('a tag whose speaker holds a state office (nounReadAsVerb)', () => {
  it('gives the quotation to the member, not the state, after "Minnesota state Representative"', () => {
    assert.deepEqual(
      speakers(
        '“The bill is a disaster for families,” Minnesota state Representative Pat Garofalo said.',
      ),
      ['Pat Garofalo'],
    );
  });

  it('does so after a state name ending in "s" ("Texas state Senator")', () => {
    assert.deepEqual(
      speakers('“We will fight it in the courts,” Texas state Senator Ken Paxton said.'),
      ['Ken Paxton'],
    );
  });

  it('still reads "state" as the verb when a plural subject states a view', () => {
    assert.deepEqual(speakers('Democrats state that “the bill is a disaster.”'), ['Democrats']);
  });
});

describe('"state" after a place\'s name (nounReadAsVerb)', () => {
  it('reads "Washington state –" as the place, so the sentence stays a fact', () => {
    assert.equal(
      labelOf(
        'But his biggest wins – in Hawaii, Alaska, and Washington state – all came in closed primaries or caucuses.',
      ),
      'fact',
    );
  });
});

describe('the writer\'s doubt, contracted ("it’s unclear whether")', () => {
  it('frames "it’s unclear whether" as it frames "it is unclear whether"', () => {
    assert.equal(
      report(
        'While Obama vowed on Saturday to nominate a successor, it’s unclear whether he can get any appointee confirmed.',
      ),
      'framing',
    );
  });
});

describe("a fact-checker's verdict (PHRASES)", () => {
  for (const verdict of [
    'That’s false.',
    'Not true.',
    'That’s not accurate.',
    "That's misleading.",
  ])
    it(`frames "${verdict}" after a reported claim`, () => {
      assert.equal(report(verdict), 'framing');
    });

  it('leaves a sentence that goes on past the verdict alone ("It is correct that the tax rose.")', () => {
    assert.equal(report('It is correct that the tax rose.'), 'fact');
  });
});

describe('where a poll puts a candidate (pollStanding)', () => {
  it('reads "A Fox News poll released Wednesday gave Clinton a lead" as the poll\'s finding', () => {
    assert.equal(
      labelOf('A Fox News poll released Wednesday gave Clinton a 49 percent-to-39 percent lead.'),
      'attributed',
    );
  });

  it('keeps a slash between two names inside the poll\'s name ("NBC News/SurveyMonkey")', () => {
    assert.equal(
      labelOf(
        'The most recent NBC News/SurveyMonkey poll puts him behind Clinton, 50 percent to 42 percent.',
      ),
      'attributed',
    );
  });

  it('keeps a hyphened compound before the noun inside the subject ("A just-released WSJ-NBC poll")', () => {
    assert.equal(
      labelOf('A just-released WSJ-NBC poll gave Johnson 15% in Colorado.'),
      'attributed',
    );
  });

  it('leaves a poll that gives someone no standing alone ("gave him a headache")', () => {
    assert.equal(labelOf('The poll gave him a headache.'), 'fact');
  });
});

describe('a name before a lower-case hyphened compound (People.addSentence)', () => {
  it('knows "Rick Tyler" from "Rick Tyler doubled-down", so "Tyler told" is Rick Tyler', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Cruz camp responds\n\nCruz spokesman Rick Tyler doubled-down on Friday following accusations.\n\n' +
          '“Every picture in a political campaign is Photoshopped,” Tyler told Fox News.\n',
      ),
      ['Rick Tyler'],
    );
  });
});

describe('a closing tag whose subject is set off by commas (closingTag)', () => {
  it('gives the words to "his attorney, Sven Mary," not to the network he told', () => {
    assert.deepEqual(
      speakers(
        'Abdeslam was not “up to date” about the attacks, his attorney, Sven Mary, told the Europe 1 radio network on Thursday.',
      ),
      ['Sven Mary'],
    );
  });

  it('still reads an inverted tag after an aside ("…, in fact, said Mitch McConnell")', () => {
    assert.deepEqual(
      speakers('The bill is “dead on arrival” in the Senate, in fact, said Mitch McConnell.'),
      ['Mitch McConnell'],
    );
  });
});

describe('a lone framing word in an article that frames often (LONE_CUE_MAX_SHARE)', () => {
  const plain = [
    'It voted on the budget for next year.',
    'The budget sets aside money for two new schools.',
    'Ten members voted for the plan and eight against it.',
    'The plan goes to a second vote in March.',
    'The next meeting is in May.',
    'The mayor opened the meeting at nine.',
    'The vote took an hour.',
    'Two members were absent.',
    'The schools will open in 2027.',
    'The plan also repairs two roads.',
  ];
  /** The label of the lone-cue sentence in an article with `reports` plain sentences after two framed ones. */
  const loneCueLabel = (reports: number) =>
    analyzeArticle(
      'Council votes on budget\n\n' +
        [
          'The council met on Monday.',
          'The deal brings together famous stores like Macy’s.',
          'It is a shameful, reckless waste that will surely doom the town.',
          ...plain.slice(0, reports),
        ].join(' '),
    ).sentences[2]!.label;

  it('keeps "famous" framing where a fifth of the sentences are framed', () => {
    assert.equal(loneCueLabel(6), 'framing');
  });

  it('still reads it as description where fewer than 15% are', () => {
    assert.equal(loneCueLabel(10), 'fact');
  });
});

describe('a view of someone held to be of a quality (regarding)', () => {
  it('reads "Many liberals already see her as too hawkish" as the liberals\' view', () => {
    assert.equal(labelOf('Many liberals already see her as too hawkish.'), 'attributed');
  });

  it('reads "Most voters see Clinton as qualified" as the voters\' view', () => {
    assert.equal(labelOf('Most voters see Clinton as qualified.'), 'attributed');
  });

  it('leaves "saw prices rise as demand fell" alone', () => {
    assert.equal(labelOf('Shops saw prices rise as demand fell.'), 'fact');
  });
});

describe('a headline closing on a quoted line after its colon (closesWithQuotedLine)', () => {
  const headline = (text: string) =>
    analyzeArticle(
      `${text}\n\nPresident Barack Obama spoke on Tuesday.\n\n“This is not new,” Obama said.\n`,
    ).sentences[0]!;

  it('gives "Obama On Baltimore: \'This Is Not New\'" to the speaker of the same words', () => {
    const h = headline("Obama On Baltimore: 'This Is Not New'");
    assert.equal(h.label, 'attributed');
    assert.deepEqual(
      h.quotes.map((q) => q.speaker),
      ['Barack Obama'],
    );
  });

  it('leaves a quoted title with no verb a name ("Review: \'The Big Short\'")', () => {
    assert.equal(headline("Review: 'The Big Short'").quotes[0]!.type, 'term');
  });
});

describe('a name given in an aside with "called" (isNamingAside)', () => {
  it('reads "The Affordable Care Act, often called "Obamacare," …" as a term, no one\'s words', () => {
    const [quote] = quotes(
      'The Affordable Care Act, often called "Obamacare," can be viewed very differently based on the name.',
    );
    assert.equal(quote!.type, 'term');
    assert.equal(
      labelOf('The Affordable Care Act, often called "Obamacare," was passed in 2010.'),
      'fact',
    );
  });

  it('keeps "called" a verb after an apposition ("Tom Frieden, director of the CDC, called “alarming”")', () => {
    assert.deepEqual(
      speakers(
        'Teen use of e-cigarettes rose, a development that Tom Frieden, director of the CDC, called “alarming” and “shocking.”',
      ),
      ['Tom Frieden', 'Tom Frieden'],
    );
  });

  it('keeps it a verb after a relative clause ("The mayor, who spoke on Monday, called "for calm."")', () => {
    assert.deepEqual(speakers('The mayor, who spoke on Monday, called "for calm."'), ['The mayor']);
  });
});

describe('a deadline after "by" (deadline)', () => {
  it('reads "A decision is expected by late June" as a schedule, no one\'s report', () => {
    assert.equal(labelOf('A decision is expected by late June in cases from Kentucky.'), 'fact');
  });

  it('still reads "confirmed by officials today" as the officials\' report', () => {
    assert.equal(labelOf('This was confirmed by officials today.'), 'attributed');
  });
});

describe('a response made by doing something, a year between (respondedByDoing)', () => {
  it('reads "Congress responded in 1993 by passing the act" as an act', () => {
    assert.equal(
      labelOf('Congress responded in 1993 by passing the Religious Freedom Restoration Act.'),
      'fact',
    );
  });
});

describe('a place glued to "based" before a name, in a tag (phraseAfter)', () => {
  it('gives the words to "a Washington-based Clinton backer", not to Washington', () => {
    assert.deepEqual(speakers('"It sends a message," said a Washington-based Clinton backer.'), [
      'a Washington-based Clinton backer',
    ]);
  });
});

describe('an inverted tag whose verb tells the manner of saying (QUOTE_TAG_VERBS)', () => {
  for (const verb of ['crowed', 'scoffed', 'grumbled', 'gushed'])
    it(`gives the words to the name after "${verb}"`, () => {
      assert.deepEqual(speakers(`"It's because we're right," ${verb} David Silverman.`), [
        'David Silverman',
      ]);
    });

  it('leaves "The crowd laughed at the joke." a fact', () => {
    assert.equal(labelOf('The crowd laughed at the joke.'), 'fact');
  });
});

describe('a past tense the tagger reads as a noun between two names (retagPastNouns)', () => {
  it('gives the quotation after "Trump ribbed Christie …, telling a crowd" to Trump', () => {
    assert.deepEqual(
      speakers(
        'Trump ribbed Christie for his Bridgegate scandal, telling a crowd that “the people of New Jersey want to throw him out of office.”',
      ),
      ['Trump'],
    );
  });
});

describe('a surname alone opening the sentence and saying something (People.addSentence)', () => {
  it('is the one a later "he" means, not the firm named in the clause after', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Dealers meet\n\nSmith said that Berkshire Hathaway will price auto dealerships.\n\n"We would buy it in five minutes," he said.\n',
      ),
      ['Smith'],
    );
  });
});

describe('a tag whose subject carries a party letter and a state (nameBeforePartyOfPlace)', () => {
  it('gives the words to "Rep. Harold Rogers (R) of Kentucky told …"', () => {
    assert.deepEqual(
      speakers(
        '“It is a difficult chore,” Rep. Harold Rogers (R) of Kentucky told reporters Thursday.',
      ),
      ['Harold Rogers'],
    );
  });

  it('does so with a comma before the verb, not to the paper told ("(R) of New York, told the Post")', () => {
    assert.deepEqual(
      speakers('“Who knows what will happen,” Rep. Peter King (R) of New York, told the Post.'),
      ['Peter King'],
    );
  });
});

describe('what a poll or a study finds or shows, whatever follows (documentFinding)', () => {
  it('reads "The poll finds less change on the Democratic side" as the poll\'s finding', () => {
    assert.equal(labelOf('The poll finds less change on the Democratic side.'), 'attributed');
  });

  it('reads "The national survey found Huckabee closely followed by Bush" likewise', () => {
    assert.equal(
      labelOf('The national survey found Huckabee closely followed by Bush at 14%.'),
      'attributed',
    );
  });

  it('reads a tag set off by commas inside the sentence (", the poll showed,")', () => {
    assert.equal(
      labelOf(
        'Walker gained ground among Republicans, the poll showed, while Christie and Bush faltered.',
      ),
      'attributed',
    );
  });

  it('leaves a thing found by people a fact ("Rescuers found two survivors.")', () => {
    assert.equal(labelOf('Rescuers found two survivors in the rubble.'), 'fact');
  });
});

describe('"congressman" as the office "Rep." names (TITLES, TITLE_ABBREVIATIONS)', () => {
  it('gives "the Maryland congressman said" to the Rep. named before', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Hearing ends\n\nRep. Elijah Cummings, the top Democrat on the committee, spoke next.\n\n' +
          '“They set up this committee with no rules,” the Maryland congressman said.\n',
      ),
      ['Elijah Cummings'],
    );
  });
});

describe('a headline whose speaker opens it before a colon (speakerBeforeClause)', () => {
  const headline = (text: string) =>
    analyzeArticle(`${text}\n\nThe official spoke on Monday.\n`).sentences[0]!.label;

  it('reads "Kentucky governor: Electing Hillary Clinton may eventually lead to violence" as his claim', () => {
    assert.equal(
      headline('Kentucky governor: Electing Hillary Clinton may eventually lead to violence'),
      'attributed',
    );
  });

  it('reads "Billy Bush: It was Trump\'s voice on the tape" as his', () => {
    assert.equal(headline("Billy Bush: It was Trump's voice on the tape"), 'attributed');
  });

  it('leaves a topic before a colon with no clause after it ("Donald Trump: the making of a candidate")', () => {
    assert.equal(headline('Donald Trump: the making of a candidate'), 'fact');
  });
});

describe('the size of a natural disaster (TERM_HEADS)', () => {
  it('reads "powerful aftershocks and a devastating earthquake" as description', () => {
    assert.equal(
      labelOf('Nepal continues to reel from powerful aftershocks and a devastating earthquake.'),
      'fact',
    );
  });

  it('still frames "a devastating defeat"', () => {
    assert.equal(labelOf('It was a devastating defeat for the party.'), 'framing');
  });
});

describe('a name after an indefinite description set before it (namedApposition)', () => {
  it('gives the quotation after "A restaurant owner on …, Legaspi nearly choked …" to Legaspi', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Voters speak\n\n“Está loco,” said Vicky Legaspi, 36. A restaurant owner on the east side, Legaspi nearly ' +
          'choked when asked if she would vote for him. “He just wants attention.”\n',
      ),
      ['Vicky Legaspi', 'Vicky Legaspi'],
    );
  });
});
