import assert from 'node:assert/strict';
import { labelOf, labels, quotes, speakers, speechSpeakersOf } from './helpers/short-article.ts';
import { analyzeArticle } from '../server/analysis/index.ts';

describe('a speaker with an apposition, then an aside in what was said ("X, a senator, said the plan, if real, is “…”")', () => {
  it('gives the words to the subject before the verb, not to the clause after it', () => {
    assert.deepEqual(
      speakers(
        'Mark Warner, a senator, said the plan, if real, is “one more example of meddling.”',
      ),
      ['Mark Warner'],
    );
  });

  it('while a tag set between commas, verb first, still speaks for the name after it', () => {
    assert.deepEqual(
      speakers('The comments, said Junya Tanase of JPMorgan, were “a real surprise.”'),
      ['Junya Tanase'],
    );
  });
});

describe('a plural office before names ("said Sens. Dick Durbin and Patrick Leahy")', () => {
  it('is no part of the first name', () => {
    assert.deepEqual(
      speakers(
        '“The director should come from the ranks,” said Sens. Dick Durbin and Patrick Leahy. “We are done,” said Senators John McCain and Lindsey Graham.',
      ),
      ['Dick Durbin', 'John McCain'],
    );
  });
});

describe('"the report" said, after a report the article tied to its maker', () => {
  it('speaks for the maker, never for a headline in title case that ends in "Report"', () => {
    const article = [
      'Mueller Disputes BuzzFeed Report That Trump Told Cohen To Lie',
      'Mueller’s team disputed BuzzFeed’s report that said Trump directed Cohen to lie.',
      'Mueller’s office, the report said, learned of the orders “through interviews with witnesses.”',
    ].join('\n\n');
    assert.deepEqual(speechSpeakersOf(article), ['BuzzFeed']);
  });

  it('with a day between the maker and the noun ("BuzzFeed’s Thursday night report")', () => {
    const article = [
      'Dispute over a story',
      'The team disputed a report Thursday that said Trump directed Cohen to lie.',
      'The statement adds more confusion.',
      'Citing two officials, BuzzFeed’s Thursday night report claimed that Trump directed Cohen to lie.',
      'Mueller’s office, the report said, learned of the orders “through interviews with witnesses.”',
    ].join('\n\n');
    assert.deepEqual(speechSpeakersOf(article), ['BuzzFeed']);
  });
});

describe('"what he described as a “…”" inside a longer clause', () => {
  it('gives the words to the pronoun right before the verb', () => {
    assert.deepEqual(
      speakers(
        'Rep. Anthony Weiner said he would not quit. At the time, he said he would not allow the incident to distract him, as he likened what he described as a "prank" to somebody shouting.',
      ),
      ['Anthony Weiner'],
    );
  });
});

describe('a passive "Asked …" opening the sentence', () => {
  it('is no inverted tag: the words after "Asked" are what was asked, never who speaks', () => {
    const found = speakers(
      'Ted Cruz toured the state on Monday. Asked which county was his favorite, he demurred: “Whichever one I’m in at the moment.” Asked about Iowa, he smiled: “I love it.” Asked point-blank, “Is that you?” Cruz replied, “No.”',
    );
    assert.equal(found.length, 4);
    for (const asked of ['which county was his favorite', 'Iowa', 'point-blank'])
      assert.ok(!found.includes(asked), `"${asked}" given as a speaker`);
  });
});

describe('a quotation filling its sentences, before a sentence that leads in its own quotation ("Then X concludes: “…”")', () => {
  it('goes on with the speaker before it, not the one introduced after it', () => {
    const article = [
      'An ad with a prime minister',
      '“Every day that passes, Iran gets closer to nuclear arms,” Mr. Netanyahu is shown saying.',
      'A soundtrack plays as the prime minister continues. “The world tells Israel to wait. And I say wait for what?” Then an unseen announcer concludes: “The world needs strength.”',
    ].join('\n\n');
    assert.deepEqual(speechSpeakersOf(article), [
      'Netanyahu',
      'Netanyahu',
      'Netanyahu',
      'an unseen announcer',
    ]);
  });
});

describe('"the committee chairman" after a named subject, with no one named chairman', () => {
  it('is the person the sentence just before has as its subject', () => {
    assert.deepEqual(
      speakers(
        'Rep. Ed Royce on Friday questioned the action. “The administration should withdraw this decision,” the committee chairman said in a statement.',
      ),
      ['Ed Royce'],
    );
  });
});

describe('someone’s office, campaign or staff as a speaker ("Senate Majority Leader Harry Reid’s office")', () => {
  it('keeps the owner’s fullest name and drops the owner’s title', () => {
    assert.deepEqual(
      speakers(
        'Harry Reid spoke on Monday. “We are ready,” reads a statement from Senate Majority Leader Harry Reid’s office. Carl Seel filed the bill. “It is done,” Mr. Seel’s office said.',
      ),
      ['Harry Reid’s office', 'Carl Seel’s office'],
    );
  });
});

describe('an aside set off by horizontal bars ("… ― the congresswoman vowed to … ― Pelosi said …")', () => {
  it('is read as one set off by dashes, leaving the main clause’s report', () => {
    assert.equal(
      labelOf(
        'Asked for her reaction to the language ― the congresswoman vowed to impeach him ― Pelosi said it was a free speech issue.',
      ),
      'attributed',
    );
  });
});

describe('a headline opened by a party’s members and a colon ("Senate Republicans: No Legislation Until …")', () => {
  it('gives the claim after the colon to them', () => {
    const article = [
      'Senate Republicans: No Legislation Until After Tax Cut Extension',
      'Senate Republicans said on Wednesday that they would block all bills.',
    ].join('\n\n');
    assert.equal(analyzeArticle(article).sentences[0]!.label, 'attributed');
  });
});

describe('"assailed" as an attack in words', () => {
  it('reports the subject’s stance, as "slammed" does', () => {
    assert.deepEqual(
      labels(
        'Two lawmakers, Rep. Vern Buchanan and Rep. Earl Blumenauer, assailed the decision. Sanders assailed her paid speeches.',
      ),
      ['attributed', 'attributed'],
    );
  });
});

describe('a tag after the words in which a video shows someone saying them ("“…,” the video showed Tlaib telling supporters")', () => {
  it('gives the words to the one shown speaking', () => {
    assert.deepEqual(
      speakers(
        'Rashida Tlaib spoke on Thursday. “People love you and you win,” the video showed Tlaib telling supporters.',
      ),
      ['Rashida Tlaib'],
    );
  });
});

describe('a subject described twice between commas ("X, a Republican of Idaho and once a negotiator in the House, said")', () => {
  it('is the name before the descriptions', () => {
    assert.deepEqual(
      labels(
        'Representative Raúl R. Labrador, a Republican of Idaho and once an immigration negotiator in the House, said it would be a mistake to push forward.',
      ),
      ['attributed'],
    );
    assert.deepEqual(
      speakers(
        'Nelson Diaz, a former aide to Mr. Rubio and now the chairman of the party in Miami-Dade County, said of Mr. Rubio: “He is American.”',
      ),
      ['Nelson Diaz'],
    );
  });
});

describe('a negation written with a curly apostrophe ("wouldn’t say whether …")', () => {
  it('is read as "wouldn\'t" is: a refusal to say, no report', () => {
    assert.deepEqual(
      labels(
        "Jay Carney wouldn’t say whether Obama is bracing for talks. Jay Carney wouldn't say whether Obama is bracing for talks.",
      ),
      ['fact', 'fact'],
    );
  });
});

describe('the writer’s "couldn’t be clearer" and "could not be more different"', () => {
  it('is a verdict, whichever apostrophe', () => {
    assert.deepEqual(
      labels(
        'The contrast with Trump couldn’t be clearer. On this point the two candidates could not be more different.',
      ),
      ['framing', 'framing'],
    );
  });
});

describe('a title right after a thing’s noun and "called" ("a YouTube video called “…”")', () => {
  it('is a term, with no speaker', () => {
    const found = quotes(
      'Shields posted a link to a YouTube video called “Behind the scenes with Kathy Griffin” on Monday. Both oppose an inflation formula called the “chained CPI” that would cut payments.',
    );
    assert.deepEqual(
      found.map((q) => [q.type, q.speaker]),
      [
        ['term', null],
        ['term', null],
      ],
    );
  });
});

describe('a correction notice ("An earlier version of this article said …")', () => {
  it('is the writer’s own notice, a fact, while an earlier version of a bill still reports', () => {
    assert.deepEqual(
      labels(
        'Because of an editing error, an earlier version of this post said that Senator Harry Reid was from Arizona. An earlier version of the bill said the tax would rise.',
      ),
      ['fact', 'attributed'],
    );
  });
});

describe('"the Arizona Republican": a description by state and party', () => {
  it('is the one tagged with that party’s letter and state, not the party’s last-named member', () => {
    assert.deepEqual(
      speakers(
        'Republican Party Chairman Michael Steele spoke on Friday. Sen. John McCain, R-Ariz., said the comments were "wildly inaccurate." The Arizona Republican said Steele must make "an appropriate decision" about his future. Senator Lindsey Graham, Republican of South Carolina, spoke too. "He should go," the South Carolina Republican said.',
      ),
      ['John McCain', 'John McCain', 'Lindsey Graham'],
    );
  });
});
