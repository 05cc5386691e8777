import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';
import { labelOf, speakers } from './helpers/short-article.ts';

/** The label of an article's headline, the article's body after it. */
const headlineLabel = (headline: string, body: string) =>
  analyzeArticle(`${headline}\n\n${body}`).sentences[0]!.label;

describe('a body with a one-word name of its own ("the BBC")', () => {
  it('stays itself after a longer name that ends on it ("the Academy Awards on the BBC")', () => {
    assert.deepEqual(
      speakers(
        'The BBC denied it had lost a bidding war, saying it had “decided to pass the mantle”. Viewers can watch the Academy Awards on the BBC news.',
      ),
      ['BBC'],
    );
  });
});

describe('"the company" after a body quoted in the sentence before', () => {
  it('is the body the tag named: "“We are saddened,” Marsh said. The company added it was “committed …”"', () => {
    assert.deepEqual(
      speakers(
        'An executive at US insurance firm Marsh & McLennan has pleaded guilty. Officials said the case was closed. “We are saddened by the development,” Marsh said in a statement. The company added it was “committed to resolving the issues”.',
      ),
      ['Marsh', 'Marsh'],
    );
  });

  it('stays as written after a person quoted so', () => {
    assert.deepEqual(
      speakers(
        'Sales fell at the start of the year. “We are saddened,” Tom Reyes said in a statement. The company added it was “committed to resolving the issues”.',
      ),
      ['Tom Reyes', 'The company'],
    );
  });
});

describe('a body described by where it is based ("the Canada-based company")', () => {
  it('is the body named after its kind before: "Video game firm Bioware …"', () => {
    assert.deepEqual(
      speakers(
        'Video game firm Bioware is to hold open auditions. The company is seeking people aged 18 to 99. The Canada-based company says it was looking for “a wide variety of people”.',
      ),
      ['Bioware'],
    );
  });
});

describe('one shown speaking, a side phrase between ("showed Mr Nattrass, apparently talking about the EU, telling …")', () => {
  it('gives the words to the one shown, not to the documentary', () => {
    assert.deepEqual(
      speakers(
        'The documentary showed Mr Nattrass, apparently talking about the EU, telling the meeting: “The Germans are the big losers here.”',
      ),
      ['Nattrass'],
    );
  });
});

describe('a closing tag after an infinitive verb of saying ("… but to ask their bassist to leave, Lightbody has said")', () => {
  it('gives the quotation to the tag’s speaker: the infinitive reports nothing said', () => {
    assert.deepEqual(
      speakers(
        'Snow Patrol had “no other course of action” but to ask their co-founder and bassist to leave the band, lead singer Gary Lightbody has said.',
      ),
      ['Gary Lightbody'],
    );
  });

  it('still lets a finite verb of saying before the comma keep the quotation from the tag', () => {
    assert.deepEqual(
      speakers(
        'Ann Lee called the plan “a disgrace” and asked for a vote, the paper reported on Monday.',
      ),
      ['Ann Lee'],
    );
  });
});

describe('a headline that gives its speaker before a colon ("Cardinal Müller: …")', () => {
  const body =
    'The cardinal spoke on Monday. McCain said the plan would fail. Juanita Broaddrick wrote on Twitter.';

  it('reads a title and a name before a claim as the claim’s source', () => {
    assert.equal(
      headlineLabel('Cardinal Müller: Blessing homosexual couples would be an ‘atrocity’', body),
      'attributed',
    );
  });

  it('reads a word for kin, and a title with a quotation after the colon, as the source', () => {
    assert.equal(headlineLabel('Texas Mom: My Son Was Attacked At A Diner', body), 'attributed');
    assert.equal(
      headlineLabel('US military commander: Russian military ‘far more capable’ than before', body),
      'attributed',
    );
  });

  it('reads a full name the story repeats, and a one-word name the story has speaking, as the source', () => {
    assert.equal(
      headlineLabel('Juanita Broaddrick: Senator Feinstein Had No Interest In My Allegation', body),
      'attributed',
    );
    assert.equal(headlineLabel("McCain: Trump doesn't understand Syria", body), 'attributed');
  });

  it('still reads a topic before a claim, and a name before no claim, as no source', () => {
    assert.equal(
      headlineLabel('Florida shooting: Gun control law moves step closer', body),
      'fact',
    );
    assert.equal(headlineLabel('McCain: King of the Senate', body), 'fact');
  });
});

describe('charges denied ("Mr Ebbers has denied charges of fraud")', () => {
  it('reads a denial of charges as the accused’s words: attributed', () => {
    assert.equal(labelOf('Mr Ebbers has denied charges of fraud and conspiracy.'), 'attributed');
    assert.equal(labelOf('Mr Jackson denies 10 charges of child abuse.'), 'attributed');
  });

  it('still reads charges admitted as a plea entered: fact', () => {
    assert.equal(labelOf('Mr Sullivan has admitted three charges of fraud.'), 'fact');
  });
});

describe('a party’s members in the plural ("The Liberal Democrats have argued …")', () => {
  it('are the party speaking, not the last person named', () => {
    assert.deepEqual(
      speakers(
        'Shadow home secretary Theresa May said the plans were weak. The Liberal Democrats have argued for flexibility, rather than having “rigid targets”.',
      ),
      ['The Liberal Democrats'],
    );
  });
});

describe('a verb of saying in an infinitive after a thing and "was" ("his first reaction was to wonder")', () => {
  it('is passed over for the verb of saying before it', () => {
    assert.deepEqual(
      speakers(
        'Stephen Pound said he was shocked. He said his first reaction was to wonder if he was victim of a “set-up” but the dates fitted.',
      ),
      ['Stephen Pound'],
    );
  });
});

describe('the paper’s own reporter ("…, our correspondent added")', () => {
  it('is the correspondent the article named', () => {
    assert.deepEqual(
      speakers(
        'BBC correspondent Stephen Cape said the unions were “a formidable force”. Opposition to the plan is “one thing all the unions are agreed on”, our correspondent added.',
      ),
      ['Stephen Cape', 'Stephen Cape'],
    );
  });

  it('stays as written when no correspondent was named', () => {
    assert.deepEqual(
      speakers(
        'Opposition to the plan is “one thing all the unions are agreed on”, our correspondent added.',
      ),
      ['our correspondent'],
    );
  });
});

describe('words of the market and of counting that judge nothing', () => {
  it('reads a competitive market or race as a condition: fact', () => {
    assert.equal(labelOf('They will be investing in competitive Senate races.'), 'fact');
  });

  it('reads a gap or a currency changing sharply as a size: fact', () => {
    assert.equal(labelOf('The dollar has weakened sharply since September.'), 'fact');
  });

  it('reads a firm gone bankrupt, its losses and stronger powers as states and measures: fact', () => {
    assert.equal(labelOf('Enron went bankrupt in 2001.'), 'fact');
    assert.equal(labelOf('The carmaker is grappling with losses in Europe.'), 'fact');
    assert.equal(labelOf('Councils are to be given stronger powers.'), 'fact');
  });

  it('reads "All three" as a count of a known set, not a sweep: fact', () => {
    assert.equal(labelOf('All three remain at large.'), 'fact');
  });

  it('still reads "All politicians" as a sweep and "sharply criticised" as the writer’s weight', () => {
    assert.equal(labelOf('All politicians are liars.'), 'framing');
    assert.equal(labelOf('The plan was sharply flawed.'), 'framing');
  });
});

describe('words by which the writer weighs or guesses ("a crucial vote", "maybe")', () => {
  it('reads how much something matters or how hard it is, as the writer weighs it, as framing', () => {
    assert.equal(labelOf('Trying to keep drones out of a secure area can be tricky.'), 'framing');
    assert.equal(labelOf('The endorsement comes at a crucial time in the race.'), 'framing');
  });

  it('reads a moment or a task graded by the writer ("historic", "harder") as framing', () => {
    assert.equal(
      labelOf('Both campaigns will spend two months gearing up for a historic floor fight.'),
      'framing',
    );
    assert.equal(
      labelOf('Interest costs make it harder for the government to do other things.'),
      'framing',
    );
  });

  it('reads the writer’s guess as framing', () => {
    assert.equal(labelOf('Or maybe it is a lot less thought out than that.'), 'framing');
  });

  it('leaves those words inside a quotation to the speaker', () => {
    assert.equal(labelOf('“This is a crucial vote,” the minister said.'), 'attributed');
  });
});
