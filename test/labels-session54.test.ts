import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';
import { labelOf, labels, speechSpeakersOf } from './helpers/short-article.ts';

describe('a participle of telling with its hearer and a clause ("…, telling reporters that …")', () => {
  it('reports for the sentence subject after a comma', () => {
    assert.equal(
      labelOf('Trump spoke at the rally, telling reporters that the deal was off.'),
      'attributed',
    );
  });

  it('and after "after", where the hearer runs on through a phrase', () => {
    assert.equal(
      labelOf(
        'Sarah Silverman was booed by supporters after telling holdouts for the Vermont senator that they were wrong.',
      ),
      'attributed',
    );
  });

  it('while a telling with no clause stays an act', () => {
    assert.deepEqual(
      labels('She left after telling reporters to go home. He spoke, telling stories.'),
      ['fact', 'fact'],
    );
  });
});

describe('a clause of saying opened by "as" with a word of when or an adverb ("As The Atlantic recently noted, …")', () => {
  it("makes the rest of the sentence the source's", () => {
    assert.deepEqual(
      labels(
        'As The Atlantic recently noted, trust in government is collapsing. As the Post reported just today, the inspector issued subpoenas.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('while a temporal "as" with an object and a time stays the main claim\'s', () => {
    assert.equal(labelOf('As the firm announced its results last week, shares fell.'), 'fact');
  });
});

describe('"according to" after a relative clause, with a participle after it ("…, according to the Labor Department, taking a step …")', () => {
  it('attributes the main clause', () => {
    assert.equal(
      labelOf(
        'Verizon has struck an agreement with unions representing workers who walked off the job in April, according to the Labor Department, taking a step toward ending a strike.',
      ),
      'attributed',
    );
  });
});

describe('a telling with a phrase of where between hearer and clause ("telling her in a debate that …")', () => {
  it('reports', () => {
    assert.equal(
      labelOf(
        'Betty Friedan compared her to a heretic, telling her in a debate that she should burn at the stake.',
      ),
      'attributed',
    );
  });
});

describe('a byline\'s request to be followed ("Follow Pam Key on Twitter @pamkeyNEN.")', () => {
  it('is no exhortation', () => {
    assert.deepEqual(labels('The court met on Monday. Follow Pam Key on Twitter @pamkeyNEN.'), [
      'fact',
      'fact',
    ]);
  });

  it('while an order to follow something else still is one', () => {
    assert.deepEqual(labels('The court met on Monday. Follow the money.'), ['fact', 'framing']);
  });
});

describe('the writer\'s "clearly" opening a sentence or after "is" ("So clearly, Donald Trump has it wrong.")', () => {
  it('is the writer vouching, framing', () => {
    assert.deepEqual(
      labels(
        'The council met on Monday. So clearly, Donald Trump has it wrong. Shuster is clearly taking the race seriously.',
      ),
      ['fact', 'framing', 'framing'],
    );
  });

  it('while what is clearly seen stays a report', () => {
    assert.deepEqual(
      labels('The council met on Monday. The sign was clearly visible from the road.'),
      ['fact', 'fact'],
    );
  });
});

describe('a title no one was given by name ("the Republican presidential candidate said")', () => {
  const article =
    'Trump calls for surveillance\n\nTrump called upon Mayor Bill de Blasio to restart surveillance of mosques.\n\nDe Blasio disbanded the unit in 2014.\n\n"There is hatred," the Republican presidential candidate said on Thursday.\n\n"We ought to start it up again," he went on.';

  it('is not someone the article gave another office', () => {
    assert.equal(speechSpeakersOf(article)[0], 'Trump');
  });

  it('and a "he" after it means that person', () => {
    assert.equal(speechSpeakersOf(article)[1], 'Trump');
  });
});

describe('the Dutch article clipped to "\'t" inside a name ("Sophie in \'t Veld")', () => {
  it('opens no quotation, so a later quotation keeps its own tag', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Europe votes\n\n"Europe is disintegrating," said Sophie in \'t Veld, a Dutch member of parliament.\n\nNigel Farage says such votes matter. "Things are changing. The institutions cannot survive," Farage said.',
      ).slice(1),
      ['Nigel Farage', 'Nigel Farage'],
    );
  });
});

describe('a capitalised cheer that ends in its own stop before the tag\'s comma ("“Go Donald Trump, go!!!,” Salvini wrote")', () => {
  it("is someone's words, not a title", () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Europe votes\n\n"Go Donald Trump, go!!!," Matteo Salvini wrote on Facebook.',
      ),
      ['Matteo Salvini'],
    );
  });
});

describe('"Pres." before a name ("Pres. Obama admits …")', () => {
  it('makes a later "the president" that person', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Obama on Libya\n\nPres. Obama admits the action failed.\n\n"We got a UN mandate," the president told The Atlantic.',
      ),
      ['Obama'],
    );
  });
});

describe('a ‘ glued to the word before it and spaced from the next ("On CBS‘ Face the Nation")', () => {
  it('is an apostrophe, so the quotation after it is not nested in a quotation', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Clinton on Libya\n\nHillary Clinton spoke on Monday.\n\nOn CBS‘ Face the Nation the day before, she stated, “We would be looking at Syria.”',
      ),
      ['Hillary Clinton'],
    );
  });
});

describe('a standing told "in" a poll ("In an early-October CBS News poll, she led Mr. Sanders 56 percent to 32 percent.")', () => {
  it("is the poll's finding", () => {
    assert.deepEqual(
      labels(
        'In an early-October CBS News poll, she led Mr. Sanders 56 percent to 32 percent. Trump leads by 57 percent to 33 percent in the 50-state poll.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('while a poll with no share or standing told of it reports nothing', () => {
    assert.equal(labelOf('He invested in a polling firm in 2010.'), 'fact');
  });
});

describe('an interviewer named as a person in a transcript the story quotes ("KATE BOULDUAN: Why not debate?")', () => {
  it('asks in her own words, which the story reports', () => {
    assert.deepEqual(
      labels(
        'Clinton spoke on Friday.\n\nKATE BOULDUAN: Why not debate?\n\nBRIAN FALLON: We have had plenty of debates.\n\nBOULDUAN: Why not debate in New York?\n\nFALLON: We will see.',
      ),
      ['fact', 'attributed', 'attributed', 'attributed', 'attributed'],
    );
  });

  it('while the writer\'s own "Q:" still asks as the writer', () => {
    assert.deepEqual(
      labels(
        'Q: Why did you run?\n\nAnn Lee: I wanted to help.\n\nQ: What comes next?\n\nAnn Lee: A new school.',
      ),
      ['fact', 'attributed', 'fact', 'attributed'],
    );
  });
});

describe('a headline "Name to whom: claim" ("Clinton to Planned Parenthood: Trump will reverse Roe v. Wade")', () => {
  const headline = (h: string) =>
    analyzeArticle(`${h}\n\nHillary Clinton spoke to the group on Friday.`).sentences[0]!.label;

  it("is the named person's claim", () => {
    assert.equal(
      headline('Clinton to Planned Parenthood: Trump will reverse Roe v. Wade'),
      'attributed',
    );
  });

  it("while a topic's label before a colon is no one's", () => {
    assert.equal(headline('Road to Recovery: the plan'), 'fact');
  });
});

describe('"Ai" before a surname, which the tagger reads as the "ai" of "ain\'t" ("columnist Ai Jun wrote")', () => {
  it('opens the name, after a lower-case word or a closing quotation mark', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'China on Trump\n\n"Many of his ideas are far from heartwarming," columnist Ai Jun wrote.\n\n"He should be rejected," Ai Jun wrote.',
      ),
      ['Ai Jun', 'Ai Jun'],
    );
  });
});

describe('"X agreed." closing the sentence after a view the one before reported', () => {
  it('holds that view', () => {
    assert.deepEqual(
      labels("Analysts said the race was close. Iowa State University's Dianne Bystrom agreed."),
      ['attributed', 'attributed'],
    );
  });

  it('while agreeing to do something stays an act', () => {
    assert.equal(labelOf('The two companies agreed to merge in May.'), 'fact');
  });
});

describe('an occupation before a name in a closing tag ("“…,” columnist Ann Lee wrote")', () => {
  it('makes a later "the columnist" that person', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Headline\n\n"Many of his ideas are far from heartwarming," columnist Ann Lee wrote in the piece.\n\nThe paper also ran an editorial.\n\n"His winning streak is solid proof," the columnist wrote.',
      ),
      ['Ann Lee', 'Ann Lee'],
    );
  });
});
