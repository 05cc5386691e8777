import assert from 'node:assert/strict';
import { labelOf, labels, speakers } from './helpers/short-article.ts';
import { textTokens } from '../server/analysis/grammar/tokens.ts';

describe('a block quotation that goes on in the first person (blockQuoted)', () => {
  const statement = [
    'In a statement the mayor says:',
    '',
    'I had no wish to offend the bakers of this town. The poster was meant as a joke about our own cooking.',
    '',
    'I thought the subject was a light one and all of my posters are meant to make people smile. I intended no harm.',
    '',
  ];

  it('attributes a first-person paragraph right after the quoted one', () => {
    assert.deepEqual(labels(statement.join('\n')), [
      'attributed',
      'attributed',
      'attributed',
      'attributed',
      'attributed',
    ]);
  });

  it('ends the quotation at a paragraph in the third person', () => {
    const after = [
      ...statement,
      'The bakers said they would meet the mayor on Monday.',
      '',
      'The poster was taken down on Friday.',
    ];
    assert.equal(labels(after.join('\n')).at(-1), 'fact');
  });

  it('does not carry a first person outside a block quotation into one', () => {
    const column =
      'The council met on Tuesday.\n\nI asked the clerk for the minutes, and she sent them on Friday.';
    assert.deepEqual(labels(column), ['fact', 'fact']);
  });
});

describe('a tag inside a clause after a quotation (taggedClauseStart)', () => {
  const before = 'Sam Ortiz, an aide to the governor, said, "We will not give up our land."';

  it('gives a tag after the quotation to the person named before it', () => {
    assert.deepEqual(
      speakers(
        `${before}\n\nIn a speech today, Mayor Tom Reyes did not mention the aide, and he said the plan "was only to deal with these gangs", some of whom, he says, are "worse than thieves".`,
      ),
      ['Sam Ortiz', 'Tom Reyes', 'Tom Reyes'],
    );
  });

  it('still keeps a person named in the tagged clause from being its speaker', () => {
    assert.deepEqual(
      speakers(
        `${before}\n\n"We are ready," Tom Reyes said. And Sam Ortiz would lead the talks, he said, "from the first day".`,
      ),
      ['Sam Ortiz', 'Tom Reyes', 'Tom Reyes'],
    );
  });
});

describe('a response made by doing something, the gerund tagged a noun (respondedByDoing)', () => {
  it('leaves authorities responding by clearing a site an act', () => {
    assert.equal(labelOf('Authorities responded by clearing the square and renaming it.'), 'fact');
  });

  it('still attributes a response made by saying something', () => {
    assert.equal(labelOf('The minister responded by saying that the law was fair.'), 'attributed');
  });
});

describe('the writer vouching for a claim ("demonstrably")', () => {
  it('frames a claim the writer calls demonstrable', () => {
    assert.equal(
      labelOf('The new police units are demonstrably equipped to repel protesters.'),
      'framing',
    );
  });
});

describe('a participle after a topic of talk (topicBefore)', () => {
  it('gives the words to the one who commented, not to the topic', () => {
    assert.deepEqual(
      speakers(
        "Tony Blair spoke in Calgary on Tuesday.\n\nHe also commented about the province's oil and gas royalty dispute saying, \"I'm just glad it's not my decision.\"",
      ),
      ['Tony Blair'],
    );
  });
});

describe('a share of a possessed group as the subject ("one of his aides")', () => {
  it('attributes what one of his aides told reporters', () => {
    assert.equal(labelOf('One of his aides told reporters this was not true.'), 'attributed');
  });

  it('attributes what some of their members said', () => {
    assert.equal(
      labelOf('Some of their members told the paper the strike would go on.'),
      'attributed',
    );
  });
});

describe('"it was … reported that" with an adverb (itIsSaid)', () => {
  it('attributes a claim initially reported', () => {
    assert.equal(labelOf('It was initially reported that twenty people had died.'), 'attributed');
  });

  it('leaves a belief held widely to framing', () => {
    assert.notEqual(labelOf('It is widely believed that the plan failed.'), 'attributed');
  });
});

describe('talk taken in by the subject (talkReceived)', () => {
  it('attributes information received from authorities', () => {
    assert.equal(
      labelOf(
        'On Monday, the agency received information from authorities that 41 people had been rescued.',
      ),
      'attributed',
    );
  });

  it('attributes a tip the police received', () => {
    assert.equal(
      labelOf('Police received a tip that the man was hiding in the barn.'),
      'attributed',
    );
  });

  it('leaves a grant received a fact', () => {
    assert.equal(labelOf('The school received a grant that pays for two teachers.'), 'fact');
  });
});

describe('"appear to" before a present state (observedState)', () => {
  it('leaves objects that appear to be several feet long a fact', () => {
    assert.equal(labelOf('The objects appear to be several feet in length and width.'), 'fact');
  });

  it('leaves a piece that appears to have a serial number a fact', () => {
    assert.equal(labelOf('One piece appears to have a serial number on its side.'), 'fact');
  });

  it('still frames where the economy appears to be heading', () => {
    assert.equal(labelOf('The economy appears to be heading for a recession.'), 'framing');
  });
});

describe('"Said" inside a name (retagSaidNames)', () => {
  const tagOf = (text: string, word: string) =>
    textTokens(text).find((t) => text.slice(t.start, t.end) === word)?.pos;

  it('reads a capitalised "Said" between two names as part of the name', () => {
    assert.equal(
      tagOf('"The operation started," said Omar Said Tahiri, a government spokesman.', 'Said'),
      'PROPN',
    );
  });

  it('keeps the whole name of a speaker called Said', () => {
    assert.deepEqual(
      speakers('"The operation is going to plan," said Omar Said Tahiri, a government spokesman.'),
      ['Omar Said Tahiri'],
    );
  });

  it('leaves "Said" in a title-case headline the verb', () => {
    assert.equal(tagOf('Obama Said Putin Lied About Talks', 'Said'), 'VERB');
  });
});

describe("a text posted on an owner's website (documentAuthor)", () => {
  it("gives a statement on a body's website to the body", () => {
    assert.deepEqual(
      speakers(
        'The rally was cancelled on Friday. "No other decision could be taken," said a statement on the Harbour Club\'s website.',
      ),
      ['Harbour Club'],
    );
  });
});

describe('"could be heard" (perceivable)', () => {
  it('leaves gunfire that could be heard a fact', () => {
    assert.equal(labelOf('Sounds of heavy gunfire could be heard throughout the island.'), 'fact');
  });

  it('still frames what could be delayed', () => {
    assert.equal(labelOf('The plan could be delayed for years.'), 'framing');
  });
});

describe('a quantifier floating after the auxiliary ("have all denied")', () => {
  it('attributes a denial by several named people', () => {
    assert.equal(
      labelOf('Patrick, Kennedy and Meehan have all denied interest in the seat.'),
      'attributed',
    );
  });
});

describe('a view held of something with an infinitive inside (regarding)', () => {
  it('attributes seeing the rush to support a candidate as unusual', () => {
    assert.equal(labelOf('Ubertaccio sees the rush to support Markey as unusual.'), 'attributed');
  });
});

describe('a person named to a post (appointedAs)', () => {
  it('leaves a governor naming a temporary replacement an act', () => {
    assert.equal(
      labelOf('Governor Deval Patrick named Democrat Paul G. Kirk as a temporary replacement.'),
      'fact',
    );
  });

  it('still attributes police naming a victim', () => {
    assert.equal(labelOf('Police named the victim as John Smith, 45.'), 'attributed');
  });
});

describe('a relative of someone named, unnamed himself ("Ion\'s father")', () => {
  it('gives a later "he said" to the father, not to the daughter named before', () => {
    assert.deepEqual(
      speakers(
        'The government asked the kidnappers to release one of the journalists, Marie-Jeanne Ion, aged 30.\n\nThe kidnappers have not answered. Ion\'s father, who is a senator, urged the Parliament to take a stand. He said, "If we do not act, we will mourn."',
      ),
      ["Ion's father"],
    );
  });
});

describe('a sent text judging what it names (sentTextSaying)', () => {
  it('attributes a note repudiating a visit to whoever released it', () => {
    assert.equal(
      labelOf('Renato Rabelo, the party president, released a note repudiating the visit.'),
      'attributed',
    );
  });

  it('attributes a statement condemning a plan', () => {
    assert.equal(labelOf('The union issued a statement condemning the plan.'), 'attributed');
  });

  it('leaves a statement released on a date a fact', () => {
    assert.equal(labelOf('The union released a statement on Monday.'), 'fact');
  });
});

describe('"the report" for a report the article named (namedDocument)', () => {
  const article = [
    'A classified European Union report for 2009 says the city is growing apart.',
    '',
    'The report accuses the council of neglect. It says the policies "are undermining the prospects of the city".',
    '',
    'The report also says the council needs "regular meetings with residents".',
  ].join('\n');

  it('gives the words of "the report" and of "it" to the report as the article named it', () => {
    assert.deepEqual(speakers(article), ['European Union report', 'European Union report']);
  });

  it('keeps a year that opens the name', () => {
    assert.deepEqual(
      speakers(
        'The 2010 Global Trends report was published on Monday.\n\nThe report called the gap "an overwhelming imbalance".',
      ),
      ['2010 Global Trends report'],
    );
  });
});
