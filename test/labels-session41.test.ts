import assert from 'node:assert/strict';
import { bodySentences, labelOf, speechSpeakersOf } from './helpers/short-article.ts';

const texts = (body: string) => bodySentences(body).map((s) => s.text);

describe('a paragraph that stops on a comma before one that opens like a sentence', () => {
  it('keeps the two paragraphs apart ("… rebuild," then "The governor noted …")', () => {
    assert.deepEqual(
      texts(
        'He also said insurers will help owners rebuild,\n\nThe governor noted that he would cut other areas.',
      ),
      [
        'He also said insurers will help owners rebuild,',
        'The governor noted that he would cut other areas.',
      ],
    );
  });

  it('still joins a paragraph that goes on with a name after the comma', () => {
    assert.deepEqual(texts('“We are ready,” said Ann Lee,\n\nMayor of Riverton.'), [
      '“We are ready,” said Ann Lee, Mayor of Riverton.',
    ]);
  });
});

describe('a quotation closing on a full stop, then a reporting verb in lower case', () => {
  it('keeps the tag with its quotation (`… the budget." said former Treasurer David Rousseau.`)', () => {
    assert.deepEqual(
      texts('"We don’t know what it means to the budget." said former Treasurer David Rousseau.'),
      ['"We don’t know what it means to the budget." said former Treasurer David Rousseau.'],
    );
  });

  it('gives the quotation to the one named in the tag', () => {
    const [sentence] = bodySentences(
      '"We don’t know what it means to the budget." said former Treasurer David Rousseau.',
    );
    assert.equal(sentence?.quotes[0]?.speaker, 'David Rousseau');
  });

  it('still ends a sentence at a stop inside a lower-case post that goes on after it', () => {
    assert.equal(
      bodySentences('He wrote: "we lost the game. there is always next week"').length,
      2,
    );
  });
});

describe('a time of day with its zone in a word ("10 a.m. Eastern")', () => {
  it('goes on after "a.m." before the zone', () => {
    assert.equal(
      bodySentences('Nine percent of cell sites were down at 10 a.m. Eastern on Monday.').length,
      1,
    );
  });

  it('still ends a sentence at "a.m." before a name that opens one ("Central Bank officials")', () => {
    assert.equal(bodySentences('They met at 9 a.m. Central Bank officials came later.').length, 2);
  });
});

describe('a he or she after a firm named like a person ("Gartner")', () => {
  const article = (firm: string) =>
    `Head\n\n${firm} said these devices are gaining momentum.\n\n"PCs stay," said Carolina Milanesi, research vice president at Gartner.\n\nGartner estimates that most phones will run Android.\n\n"The ecosystem is winning," she said.\n`;

  it('passes over a name closed by a legal form ("Gartner Inc.")', () => {
    assert.deepEqual(speechSpeakersOf(article('Gartner Inc.')), [
      'Carolina Milanesi',
      'Carolina Milanesi',
    ]);
  });

  it('passes over a name after a post and "at" ("research vice president at Gartner")', () => {
    assert.deepEqual(speechSpeakersOf(article('The firm')), [
      'Carolina Milanesi',
      'Carolina Milanesi',
    ]);
  });

  it('passes over a name after a kind of body and "named" ("a private company named Young Indian")', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Head\n\nRoy Swamy said the two floated a private company named Young Indian.\n\nThe party leader said Young Indian filed statements with the registrar. "This violates the law," he said.\n',
      ),
      ['Roy Swamy'],
    );
  });

  it('still points back to a person someone "fired back at" ("at Donald Trump")', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Head\n\nAnn Lee met voters.\n\nHillary Clinton fired back at Donald Trump on Monday. "We will not wait," he said.\n',
      ),
      ['Donald Trump'],
    );
  });
});

describe('a hyphened name before a long apposition ("Abdel Halim Nur el-Din, an Egyptian professor …, said")', () => {
  it('gives the quotation to the name, however long the apposition', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Head\n\n“The things Americans say show us they are crazy,” Abdel Halim Nur el-Din, an Egyptian professor of antiquities and former chairman of the country’s Supreme Council of Antiquities, said in an interview.\n',
      ),
      ['Abdel Halim Nur el-Din'],
    );
  });
});

describe('a surname that is a plain word too ("Michael West … West says")', () => {
  it('gives the quotation to the person named in full with it', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Head\n\nOne of their best friends is Michael West, who has known Katie since kindergarten.\n\n"Caleb has no insurance, so I put together a website," West says.\n',
      ),
      ['Michael West'],
    );
  });

  it('still leaves a capitalised word alone that no full name ends with ("West")', () => {
    assert.deepEqual(
      speechSpeakersOf('Head\n\nMichael Brown met voters.\n\n"We are ready," West says.\n'),
      ['West'],
    );
  });
});

describe('a report whose maker is set off by a comma ("the report, by the International Crisis Group")', () => {
  const article =
    'Head\n\nThe talks have stalled, according to the report, by the International Crisis Group, a research organization.\n\n“All of the trends are in the wrong direction,” the report said.\n\n“Claimants are anxious to drill,” it said.\n';

  it('gives "the report said" and "it said" to the maker', () => {
    assert.deepEqual(speechSpeakersOf(article), [
      'International Crisis Group',
      'International Crisis Group',
    ]);
  });

  it('names the kind of body a report came from by the one body of that kind ("the group released a report")', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Head\n\nThe analysis by the International Crisis Group blames both sides.\n\nIn April, the group released a report on the navy.\n\n“Vessels are easier to deploy,” the report said.\n',
      ),
      ['International Crisis Group'],
    );
  });
});

describe('a surname after an honorific of the other sex than the full name found ("Miss Lawson" beside "Nigel Lawson")', () => {
  const article = (honorific: string) =>
    `Nigella Lawson reveals: My mother used to beat me\n\nHer father is the politician Nigel Lawson.\n\n${honorific} Lawson said: "I never thought I could please her."\n`;

  it('takes the given name the headline wrote with the surname, after "Miss" or "Ms"', () => {
    assert.deepEqual(speechSpeakersOf(article('Miss')), ['Nigella Lawson']);
    assert.deepEqual(speechSpeakersOf(article('Ms')), ['Nigella Lawson']);
  });

  it('still gives "Mr Lawson" the full name found', () => {
    assert.deepEqual(speechSpeakersOf(article('Mr')), ['Nigel Lawson']);
  });
});

describe('a hedge on a participle right after its noun ("Money allegedly stolen from Polly Peck … was paid")', () => {
  it('leaves the sentence a fact: the hedge is on what describes the noun', () => {
    assert.equal(
      labelOf('Money allegedly stolen from Polly Peck by Nadir was paid into party coffers.'),
      'fact',
    );
    assert.equal(
      labelOf('The office has decided against pursuing cheques allegedly stolen from the company.'),
      'fact',
    );
  });

  it('still reads a hedge on the sentence’s own verb as a report ("ISIL allegedly attacked Iraqi soldiers")', () => {
    assert.equal(labelOf('ISIL allegedly attacked Iraqi soldiers with bombs.'), 'attributed');
  });
});

describe('a time after "since" closing an apposition ("who has worked at SOA since the early 1990s, said")', () => {
  it('reads the name before the apposition as the one who said it', () => {
    assert.equal(
      labelOf(
        'Joe Leuer, a specialist who has worked at SOA since the early 1990s, said the links are tenuous.',
      ),
      'attributed',
    );
  });

  it('still reads "since" opening a clause with its own subject ("since the minister said")', () => {
    assert.equal(labelOf('The row comes since the minister said the plan failed.'), 'fact');
  });
});

describe('asking someone for a thing ("Turkey asked NATO for an emergency meeting")', () => {
  it('reads the request as an act', () => {
    assert.equal(labelOf('Turkey asked NATO for an emergency meeting.'), 'fact');
  });

  it('still reads asking someone whether something is so, with an answer, as a report', () => {
    assert.equal(
      labelOf('Turkey asked NATO whether the border was safe, and NATO said it was.'),
      'attributed',
    );
  });
});

describe('a firm whose name ends in a possessive mark ("Moody’s noted", "McDonald\'s said")', () => {
  it('keeps the mark in the speaker’s name', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Head\n\nIn addition, Moody’s noted that phones meant a “cannibalization of demand” for cameras.\n\nMcDonald\'s said it would "review the menu".\n',
      ),
      ['Moody’s', "McDonald's"],
    );
  });

  it('still reads a possessive before a noun as its owner ("Obama\'s spokesman said")', () => {
    assert.deepEqual(speechSpeakersOf('Head\n\nObama\'s spokesman said it was "fine".\n'), [
      "Obama's spokesman",
    ]);
  });
});

describe('a word for a person before a given name and a surname ("Neighbor Nate Reynolds")', () => {
  it('leaves the word out of the name', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Head\n\nNeighbor Nate Reynolds said he heard a boom.\n\n"It sounded like a sonic boom," said Reynolds.\n',
      ),
      ['Nate Reynolds'],
    );
  });

  it('still keeps a given name that is also a word ("Bob Vander Plaats")', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Head\n\nBob Vander Plaats heads the group.\n\n"We want a principled candidate," said Vander Plaats.\n',
      ),
      ['Bob Vander Plaats'],
    );
  });
});

describe('a closing tag whose outlet has a hyphen in its name ("…, WIVB-TV reports.")', () => {
  it('reads the sentence as the outlet’s report', () => {
    assert.equal(
      labelOf('About 100 emergency personnel were at the scene, WIVB-TV reports.'),
      'attributed',
    );
    assert.equal(
      labelOf('Two women were in stable condition, CBS Buffalo affiliate WIVB-TV reports.'),
      'attributed',
    );
  });

  it('still reads hyphened words before a plural noun as a noun phrase ("the long-range reports")', () => {
    assert.equal(labelOf('The mayor read the long-range reports.'), 'fact');
  });
});

describe('a closing tag whose subject has an adjective and two phrases after its noun', () => {
  it('reads "a person familiar with the thinking at the company said" as a source', () => {
    assert.equal(
      labelOf(
        'The charges played into the timing of the split, a person familiar with the thinking at the company said.',
      ),
      'attributed',
    );
    assert.equal(
      labelOf(
        'Three people were holding hands when they were found, a pilot involved in the search for the plane said.',
      ),
      'attributed',
    );
  });
});

describe('an unnamed person introduced with "one" who complains ("One tabloid journalist … lamented")', () => {
  it('is the one a "he said" after points to, not a man named before', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Head\n\nPrime Minister David Cameron is under pressure.\n\nOne tabloid journalist, who insisted on anonymity, lamented the end of an era. “Before, it was different,” he said.\n',
      ),
      ['One tabloid journalist'],
    );
  });
});

describe('a dateline set off by a colon ("New Delhi: State Bank of India … cautioned")', () => {
  it('gives the quotation to the subject after the dateline', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Head\n\nNew Delhi: State Bank of India (SBI), the lead bank to ailing Kingfisher Airlines, on Tuesday cautioned the carrier that it "will not fly" without capital.\n',
      ),
      ['State Bank of India'],
    );
  });
});

describe('"Sheik" before a name, as American copy spells the title', () => {
  it('is no part of the name, and the bare title and surname name the one named in full', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Head\n\nThe tweet was denied by Sheik Abdellatif al-Mahmoud, a cleric.\n\n“This tweet has not been written by me,” said Sheik Mahmoud.\n',
      ),
      ['Abdellatif al-Mahmoud'],
    );
  });
});

describe('a clipped noun pointing back to an unnamed person ("a sports TV executive" … "the exec said")', () => {
  it('gives the quotation to the person the article introduced', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Head\n\n"It is a good effort," said a sports TV executive who spoke on condition of anonymity.\n\n"They are stuck between two worlds," the exec said.\n',
      ),
      [
        'a sports TV executive who spoke on condition of anonymity',
        'a sports TV executive who spoke on condition of anonymity',
      ],
    );
  });
});
