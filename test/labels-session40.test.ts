import assert from 'node:assert/strict';
import { bodySentences, labelOf, speechSpeakersOf } from './helpers/short-article.ts';

describe('a three-word name whose first word no dictionary holds ("Owen John Dempsey")', () => {
  it('keeps its first word when a common given name follows it', () => {
    const said = speechSpeakersOf(
      'A medical mystery\n\nHis doctor called Dr. Owen John Dempsey, a chest physician in Aberdeen.\n\n' +
        '"We are paid to be nosy," Dempsey said.\n',
    );
    assert.deepEqual(said, ['Owen John Dempsey']);
  });

  it('keeps it at the end of a list of names after "and"', () => {
    const said = speechSpeakersOf(
      'Dance show\n\nHe danced for judges Len Goodman, Bruno Tonioli and Carrie Ann Inaba.\n\n' +
        '“This is not easy,” Inaba said.\n',
    );
    assert.deepEqual(said, ['Carrie Ann Inaba']);
  });

  it('keeps an initial before a given name and a surname', () => {
    const said = speechSpeakersOf(
      'Budget squeeze\n\n“It is very much something to worry about,” said C. Eugene Steuerle, a fellow at the ' +
        'Urban Institute.\n',
    );
    assert.deepEqual(said, ['C. Eugene Steuerle']);
  });

  it('still leaves out a title or a body that is a dictionary word ("Investigator Robert Cornett")', () => {
    const said = speechSpeakersOf(
      'Shooting inquiry\n\nThe man was found with a gun, Investigator Robert Cornett told reporters.\n\n' +
        '"He was armed," Cornett said.\n',
    );
    assert.deepEqual(said, ['Robert Cornett']);
  });
});

describe('a given name that ends like a word for a doer, opening the sentence ("Lakshiwnder Singh")', () => {
  it('is the person’s given name, so a later “he” is that person', () => {
    const said = speechSpeakersOf(
      'Deportees return\n\n“This was the fourth time,” said Singh Jabarjung, 24.\n\n' +
        'Lakshiwnder Singh, another deportee, said he had paid an agent. “He sent me to Mexico,” he said.\n',
    );
    assert.deepEqual(said, ['Singh Jabarjung', 'Lakshiwnder Singh']);
  });

  it('still leaves out a word for what someone does that is an English word ("Drummer Larry Mullen")', () => {
    const said = speechSpeakersOf(
      'Band news\n\nDrummer Larry Mullen said the tour would go on. “We are ready,” he said.\n',
    );
    assert.deepEqual(said, ['Larry Mullen']);
  });

  it('reads "Realtor" as an occupation before a name', () => {
    const said = speechSpeakersOf(
      'House hunting\n\nRealtor Shaun Ghulam said buyers should be careful.\n\n' +
        '"Check how many times the property has been listed," Ghulam said.\n',
    );
    assert.deepEqual(said, ['Shaun Ghulam']);
  });
});

describe('a quotation that opens on "is" right after a speech noun ("the ministry’s claim “is patently false”")', () => {
  it('is said of the claim by the one reporting, not in the claim', () => {
    const said = speechSpeakersOf(
      'Refugee camp\n\nSean Robertson, a spokesperson for the operation, told reporters on Monday that the ' +
        'ministry’s claim “is patently false.”\n',
    );
    assert.deepEqual(said, ['Sean Robertson']);
  });

  it('leaves a quotation that opens otherwise to the claim’s owner', () => {
    const said = speechSpeakersOf(
      'Refugee camp\n\nReporters read out the ministry’s statement: “The camp is blocked.”\n',
    );
    assert.deepEqual(said, ['the ministry']);
  });
});

describe('“the statement said” after a text someone put out', () => {
  it('speaks for whoever put out the statement ("the committee put out a statement")', () => {
    const said = speechSpeakersOf(
      'Zika funding\n\nAs the spokesman briefed reporters, the House Appropriations Committee put out a ' +
        'statement explaining its position.\n\n' +
        '"We called on the administration to use existing funding," the statement said.\n',
    );
    assert.deepEqual(said, ['House Appropriations Committee']);
  });

  it('speaks for the subject of a verb before its object and “in a statement”', () => {
    const said = speechSpeakersOf(
      'Label dispute\n\nBig Machine Records signed the singer in 2005.\n\n' +
        'The company flat-out denied the allegations in a statement shared to its website.\n\n' +
        '"We were shocked to see her statements yesterday," the statement read.\n',
    );
    assert.deepEqual(said, ['Big Machine Records']);
  });
});

describe('a hyphened adverb between a subject and its reporting verb ("flat-out denied")', () => {
  it('leaves the subject the source of the report', () => {
    assert.equal(
      labelOf('The company flat-out denied that it had blocked the singer from performing.'),
      'attributed',
    );
  });
});

describe('reports that a misread word hid', () => {
  it('attributes "points out" before what is pointed out, opened by a determiner', () => {
    assert.equal(
      labelOf(
        'Wells Fargo analyst Zachary Fadem points out a couple of additional reasons investors shouldn’t fret.',
      ),
      'attributed',
    );
  });

  it('still reads points scored "out of" a total as no report', () => {
    assert.equal(labelOf('The team won 10 points out of 12 in the first round.'), 'fact');
  });

  it('reads "Associated" after an article as the first word of a name ("An Associated Press journalist")', () => {
    assert.equal(
      labelOf(
        'An Associated Press journalist in the area also reported hearing gunfire near the fuel facility in ' +
          'Senkata, which protesters have tried to block over the last five days in an attempt to shut down operations.',
      ),
      'attributed',
    );
  });

  it('attributes a charge laid on a list of names ("accused Braun, Borchetta and Big Machine of …")', () => {
    assert.equal(
      labelOf(
        'On Thursday, Swift took to social media and accused Braun, Borchetta and Big Machine of also ' +
          'disallowing the production of a Netflix documentary.',
      ),
      'attributed',
    );
  });
});

describe('"the production company" after a firm named with its trade ("Dick Clark Productions")', () => {
  it('is the firm the sentence before had as its subject', () => {
    const said = speechSpeakersOf(
      'Awards row\n\nDick Clark Productions denied that it had settled on an arrangement with the label.\n\n' +
        '“At no time did we agree to a statement,” the production company said in a separate statement.\n',
    );
    assert.deepEqual(said, ['Dick Clark Productions']);
  });

  it('stays a description when a person is the subject just before', () => {
    const said = speechSpeakersOf(
      'Awards row\n\nDick Clark Productions made the show.\n\nTaylor Swift accused the label of blocking her.\n\n' +
        '“At no time did we agree to a statement,” the production company said in a separate statement.\n',
    );
    assert.deepEqual(said, ['the production company']);
  });
});

describe('a word the tagger misreads before a name or a report', () => {
  it('leaves a preposition opening the sentence after a wire dateline out of the name ("— To LeBron James")', () => {
    const said = speechSpeakersOf(
      'Lakers win\n\nLOS ANGELES (AP) — To LeBron James, triple-doubles are not a goal.\n\n' +
        '“I really do not know what to think about it,” James said.\n',
    );
    assert.deepEqual(said, ['LeBron James']);
  });

  it('reads a reporting verb in -ed after a plural noun and before "that" as the verb ("prosecutors alleged that")', () => {
    const said = speechSpeakersOf(
      'Guards charged\n\nFederal prosecutors alleged that the two guards "browsed the Internet" and slept.\n',
    );
    assert.deepEqual(said, ['Federal prosecutors']);
  });

  it('still reads "the alleged" before a noun as an adjective', () => {
    assert.equal(labelOf('The alleged theft took place in March.'), 'fact');
  });
});

describe('initials opening a two-word name ("SBM Intel")', () => {
  it('open a body’s name, so "it says" points back to it', () => {
    const said = speechSpeakersOf(
      'Oil and Nigeria\n\nSBM Intel, a Lagos intelligence firm, says Nigeria is at risk of another recession. ' +
        '“If oil demand continues to fall, a country like Nigeria will be hurt,” it says.\n',
    );
    assert.deepEqual(said, ['SBM Intel']);
  });

  it('still leave a title’s letters before a surname to the person ("CEO Cook")', () => {
    const said = speechSpeakersOf(
      'Apple results\n\nApple was hurt, CEO Cook said. “We will do better,” he said.\n',
    );
    assert.deepEqual(said, ['Cook']);
  });
});

describe('segmentation of a time before a date, a tag with an adverb, a bracketed title', () => {
  it('goes on after "p.m." before a month and a day ("from 10:30 p.m. Aug. 9 to 6:30 a.m.")', () => {
    assert.equal(
      bodySentences('No checks were made from 10:30 p.m. Aug. 9 to 6:30 a.m. the next day.').length,
      1,
    );
  });

  it('still ends a sentence at "p.m." before a capitalised word that opens one', () => {
    assert.equal(bodySentences('The meeting ended at 5 p.m. Police arrived later.').length, 2);
  });

  it('keeps a tag with an adverb of manner after a quoted question ("Brooke tearfully asked")', () => {
    assert.equal(
      bodySentences('“Can I give it to James?” Brooke tearfully asked before apologizing.').length,
      1,
    );
  });

  it('keeps a "!" inside a bracketed title, and ends a sentence after a "?" that closes the brackets', () => {
    assert.equal(
      bodySentences('[Zombies! Your Complete Guide to the Attack of the Dead (Infographic) ]')
        .length,
      1,
    );
    assert.equal(bodySentences('[Read: Could he become prime minister?] He said no.').length, 2);
  });
});

describe('a tag after a quoted question or exclamation, in more of its shapes', () => {
  it('keeps a subject with a lower-case title word ("GOP frontrunner Donald Trump tweeted")', () => {
    assert.equal(
      bodySentences(
        '“Not presidential material!” GOP frontrunner Donald Trump tweeted after the ruling.',
      ).length,
      1,
    );
  });

  it('keeps a name with its party in brackets and an apposition ("Rep. Steve King (R-Iowa), …, wrote")', () => {
    assert.equal(
      bodySentences(
        '“Think we were born yesterday?” Rep. Steve King (R-Iowa), a staunch opponent of the plan, wrote on Twitter.',
      ).length,
      1,
    );
  });

  it('keeps "asked" and the one asked before a place ("Chuck Todd asked Giuliani on NBC")', () => {
    assert.equal(
      bodySentences('“How about the actions?” Chuck Todd asked Giuliani on NBC’s “Meet the Press.”')
        .length,
      1,
    );
  });

  it('keeps a verb of speaking loudly and an adverb of time ("Kaine bellowed", "Hailey later recalled")', () => {
    assert.equal(bodySentences('“Believe me!” Kaine bellowed, as the crowd roared.').length, 1);
    assert.equal(bodySentences('“I was a rusty pilot!” Hailey later recalled.').length, 1);
    assert.equal(
      bodySentences('“So he is going to do the investigation?” Holmes testified.').length,
      1,
    );
  });

  it('still splits before a sentence that opens with a capital and no reporting verb', () => {
    assert.equal(bodySentences('“Is it over?” Fans quickly left the stadium.').length, 2);
  });
});

describe('sentences glued together where a copy lost the space after a stop', () => {
  it('splits after a capitalised word before the stop ("in Jakarta.The search")', () => {
    assert.equal(
      bodySentences('It is now approaching 7am in Jakarta.The search for more bodies continues.')
        .length,
      2,
    );
  });

  it('gives the glued straight mark to the quotation it opens ("found.\\"My heart is …,\\" Fernandes tweeted")', () => {
    const body =
      'The plane has yet to be found."My heart is filled with sadness," airline boss Tony Fernandes tweeted.';
    assert.deepEqual(
      bodySentences(body).map((s) => s.text),
      [
        'The plane has yet to be found.',
        '"My heart is filled with sadness," airline boss Tony Fernandes tweeted.',
      ],
    );
    assert.deepEqual(speechSpeakersOf(`Plane lost\n\n${body}\n`), ['Tony Fernandes']);
  });

  it('leaves an abbreviation or a domain glued to the next word alone ("St.Louis", "example.com")', () => {
    assert.equal(
      bodySentences('He moved to St.Louis in May and opened example.com there.').length,
      1,
    );
  });
});

describe('"etc." inside a quotation', () => {
  it('ends no sentence before a lower-case word', () => {
    assert.equal(
      bodySentences('"The CIA, FBI, MI 5 and 6 etc. will be taking a very close look," he said.')
        .length,
      1,
    );
  });

  it('still ends one before a word that opens a sentence', () => {
    assert.equal(bodySentences('They sold apples, pears etc. The next day they closed.').length, 2);
  });
});

describe('a participle naming the noun before it between commas ("Such damage, called pulmonary fibrosis, …")', () => {
  it('reports nothing when an adjective opens the name', () => {
    assert.equal(
      labelOf('Such damage, called pulmonary fibrosis, is permanent and irreversible.'),
      'fact',
    );
  });
});

describe('asking for a thing ("Prosecutors had asked for 15 years in jail")', () => {
  it('is a request, an act, not a report of words', () => {
    assert.equal(labelOf('Prosecutors had asked for 15 years in jail for Jaynes.'), 'fact');
    assert.equal(labelOf('He asked for five days to get things going.'), 'fact');
  });

  it('still attributes a question someone asked about a topic when the writer reports words', () => {
    assert.equal(labelOf('He asked whether the plan would work, the mayor said.'), 'attributed');
  });
});

describe('backing something in the active ("The White House backs the House bill")', () => {
  it('is a stance taken in public', () => {
    assert.equal(
      labelOf(
        'G7 finance ministers have backed plans to write off the debts of the poorest countries.',
      ),
      'attributed',
    );
  });

  it('still leaves "backed by", "backed down" and a compound alone', () => {
    assert.equal(
      labelOf('Kurdish fighters, backed by airstrikes, launched an offensive on Monday.'),
      'fact',
    );
    assert.equal(labelOf('Fox News has not backed down on picking Kelly as a moderator.'), 'fact');
  });
});

describe('wanting a thing in the present ("BT wants lighter regulation")', () => {
  it('is a stated aim', () => {
    assert.equal(labelOf('BT wants lighter regulation in exchange for the changes.'), 'attributed');
  });

  it('still narrates a past want', () => {
    assert.equal(labelOf('The students wanted a way of keeping track of their interests.'), 'fact');
  });
});

describe('backing a person named in full ("Tom Reyes has backed Ian Pike for the job")', () => {
  it('picks them, an act, but backing that person’s plan is a stance', () => {
    assert.equal(labelOf('Tom Reyes has backed Ian Pike for the job.'), 'fact');
    assert.equal(
      labelOf('Nelson Mandela backed Mr Brown’s plan at a dinner on Friday.'),
      'attributed',
    );
  });
});
