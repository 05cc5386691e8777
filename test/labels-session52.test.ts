import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';
import { speechSpeakersOf } from './helpers/short-article.ts';

describe('an inverted tag whose describing phrase a name follows between commas ("said his father, Abdullah Kurdi, following the ceremony")', () => {
  it('gives the words to the name, though more of the sentence follows it', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Ship renamed\n\nA charity renamed its ship after Alan Kurdi.\n\n"This day is very hard for me," said his father, Abdullah Kurdi, following the ceremony.',
      ),
      ['Abdullah Kurdi'],
    );
  });

  it('while a company named between commas leaves the phrase its speaker ("said the company, Acme Corp, on Monday")', () => {
    assert.deepEqual(
      speechSpeakersOf('Results\n\n"We lost money," said the company, Acme Corp, on Monday.'),
      ['the company'],
    );
  });
});

describe('a "he" after a person named behind a long title joined by "for" ("US Special Representative for Iran Brian Hook said")', () => {
  it('means that person, not someone unnamed quoted before', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Talks\n\nThe law bars "politics," a spokesperson stated.\n\nUS Special Representative for Iran Brian Hook said, "This is political."\n\nHe added, "It is a propaganda stunt."',
      ),
      ['a spokesperson', 'Brian Hook', 'Brian Hook'],
    );
  });

  it('while a person named after "for" and no title stays out of the running ("a prize for Ann Lee")', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Prize\n\nJohn Abel said, "We are proud."\n\nThe board voted for Ann Lee on Monday.\n\nHe added, "It was close."',
      ),
      ['John Abel', 'John Abel'],
    );
  });
});

describe('a quotation broken by an inverted tag with no comma, other than "said" ("We stand ready" tweeted Johnson "to provide …")', () => {
  it('gives both parts to the name after the verb', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Fires\n\nMerkel backed the plan.\n\n"We stand ready" tweeted Johnson "to provide whatever help we can."',
      ),
      ['Johnson', 'Johnson'],
    );
  });

  it('and the words to a titled name in full closing the sentence ("tweeted Mayor of London Sadiq Khan (no relation).")', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Attack\n\nGray helped.\n\n"I am in awe of the people who ran towards danger" tweeted Mayor of London Sadiq Khan (no relation).',
      ),
      ['Sadiq Khan'],
    );
  });

  it('while a quotation closing on a word before another verb and a name is no speech of that name ("understood Tony Blair")', () => {
    assert.deepEqual(
      speechSpeakersOf('Party\n\nHis party "instinctively" understood Tony Blair.'),
      [],
    );
  });
});

describe('a firm named once in full with one more word before its form ("Ford Motor Company"), then by its first word ("Ford")', () => {
  it('is given its full name as the speaker', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Ford probe\n\nOn Friday Ford Motor Company announced a probe.\n\n"We are cooperating," Ford told The Verge.',
      ),
      ['Ford Motor Company'],
    );
  });

  it('while a surname before a given name and a form stays the person ("Smith" before "Smith John Ltd" is no firm of one word)', () => {
    assert.deepEqual(
      speechSpeakersOf('Shop\n\nAnn Smith runs Smith John Ltd.\n\n"We are open," Smith said.'),
      ['Ann Smith'],
    );
  });
});

describe('a tag followed by a noun in -ing ("he recalled in a 2009 retelling of the story")', () => {
  it('still tags the quotation: the -ing word after "a 2009" and before "of" is no second verb', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Drummer dies\n\nYesterday, English drummer Ginger Baker died.\n\nBaker began playing drums in his teens. "I had never sat behind a kit before. One said we have got a drummer", he recalled in a 2009 retelling of the story.',
      ),
      ['Ginger Baker', 'Ginger Baker'],
    );
  });
});

describe('a name someone "was born" with ("Ginger Baker was born Peter Edward Baker")', () => {
  it('is not the fullest name a later "he" is given', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Drummer dies\n\nYesterday, English drummer Ginger Baker died.\n\nGinger Baker was born Peter Edward Baker in Lewisham. "We have got a drummer," he said in 2009.',
      ),
      ['Ginger Baker'],
    );
  });
});

describe('a quoted question, then a capitalised reporting clause that opens a quotation of its own', () => {
  const text =
    'Abuse\n\nCardinal Marc Ouellet said, "Why should the bishops be exempt?" Vatican archbishop Charles Scicluna said, "People must know."';

  it('ends the sentence at the question, so each quotation has its own speaker', () => {
    assert.deepEqual(speechSpeakersOf(text), ['Marc Ouellet', 'Charles Scicluna']);
    assert.equal(analyzeArticle(text).sentences.length, 3);
  });

  it('while a clause that only tags the question stays in its sentence ("…?" Vatican archbishop Charles Scicluna said.)', () => {
    const a = analyzeArticle(
      'Abuse\n\n"Why should the bishops be exempt?" Vatican archbishop Charles Scicluna said.',
    );
    assert.equal(a.sentences.length, 2);
  });
});

describe('the original of a translated quotation marked with the language name alone ("((ru))Russian: …")', () => {
  const text =
    'Surgeon wins\n\n"I dedicate my victory to my mother." ((ru))Russian: Свою победу я дарю маме. Я серьезно готовилась к олимпиаде.';

  it('opens a sentence of its own after the quotation, as "((es))Spanish language:" does', () => {
    const a = analyzeArticle(text);
    assert.deepEqual(
      a.sentences.map((s) => text.slice(s.start, s.end).slice(0, 14)),
      ['Surgeon wins', '"I dedicate my', '((ru))Russian:', 'Я серьезно гот'],
    );
  });

  it('and its sentences are the speaker’s words, attributed', () => {
    const a = analyzeArticle(text);
    assert.deepEqual(
      a.sentences.slice(2).map((s) => s.label),
      ['attributed', 'attributed'],
    );
  });
});

describe('a quotation after "with X having declared it … as" ("with analyst Kevin Bonham having declared it on his blog as “…”")', () => {
  const text =
    'Poll\n\nSome analysts called it dull, with analyst Kevin Bonham having declared it on his blog as "the most boring by-election".';

  it('is the words of the one named after "with"', () => {
    assert.deepEqual(speechSpeakersOf(text), ['Kevin Bonham']);
  });

  it('while "declared" with no object of its own before "as" names a thing ("what the mayor declared as a "disaster zone"" keeps no speaker)', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Flood\n\nThe town was hit hard, in what was declared as a "disaster zone".',
      ),
      [],
    );
  });
});

describe('an interview whose questions Wikinews labels "((WN))" and whose answers lost their label ("MS Although we used …")', () => {
  const text =
    'Gun study\n\nA study found a link between guns and suicide.\n\n((WN)) Given that some key data is from 2004, how well do your results apply today?\n\nMS Although we used data from 2004, we repeated the analysis with later data. Thus, we do not believe the results are out of date.\n\n((WN)) What should policymakers do?\n\nMS Policy makers should consider enacting policies that reduce youth access to guns.';

  it('reads each answer paragraph as the interviewee’s words, attributed', () => {
    const a = analyzeArticle(text);
    const answers = a.sentences.filter(
      (s) =>
        text.slice(s.start, s.end).startsWith('MS') ||
        text.slice(s.start, s.end).startsWith('Thus'),
    );
    assert.deepEqual(
      answers.map((s) => s.label),
      ['attributed', 'attributed', 'attributed'],
    );
  });

  it('while a first-person paragraph with no such question before it stays the writer’s ("We should act now.")', () => {
    const a = analyzeArticle(
      'Guns\n\nA study found a link between guns and suicide.\n\nWe should act now, before it is too late.',
    );
    assert.notEqual(a.sentences[2]!.label, 'attributed');
  });
});

describe('a name after an age joined by hyphens that opens the sentence ("Fourteen-year-old Zoe … said")', () => {
  it('is the name alone', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Bus crash\n\nFourteen-year-old Zoe, on the top deck, said the roof fell in and "everyone started screaming".',
      ),
      ['Zoe'],
    );
  });
});

describe('a titled name in full, then how or where the words were said, before the verb ("Richard Ferrand in relaying the news to parliament said")', () => {
  it('is the speaker, though the article names him there first', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Chirac dies\n\nNicolas Sarkozy paid tribute.\n\nAssembly president Richard Ferrand in relaying the news to parliament said, "Jacques Chirac is part of the history of France".',
      ),
      ['Richard Ferrand'],
    );
  });

  it('while a show’s name with "in" before the person leaves the person the speaker ("Longtime Imus in the Morning writer Rob Bartlett tweeted")', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Imus dies\n\nDon Imus died on Friday.\n\nLongtime Imus in the Morning writer and performer Rob Bartlett tweeted: "He was a rebel."',
      ),
      ['Rob Bartlett'],
    );
  });
});

describe('a pull quote’s credit with Wikinews’ dash glued to it ("—The mayor of London, Sadiq Khan")', () => {
  it('is attributed, as a credit line after a dash and a space is', () => {
    const a = analyzeArticle(
      'Attack in London\n\nPolice shot a man dead on Sunday.\n\n—The mayor of London, Sadiq Khan\n\nThe attacker had been released from prison a week ago.',
    );
    assert.deepEqual(
      a.sentences.map((s) => s.label),
      ['fact', 'fact', 'attributed', 'fact'],
    );
  });

  it('while a glued dash before a long line with a full stop is no credit ("—The police closed the road for six hours on Sunday.")', () => {
    const a = analyzeArticle(
      'Attack in London\n\nPolice shot a man dead on Sunday.\n\n—The police closed the road for six hours on Sunday.',
    );
    assert.equal(a.sentences[2]!.label, 'fact');
  });
});

describe('a finding or a report whose clause opens on a pronoun or an existential "there" ("They found there was so much iron …")', () => {
  it('is attributed, as "They found that there was …" is', () => {
    const a = analyzeArticle(
      'Plankton\n\nScientists reported a bloom.\n\nThey found there was so much iron that the particles clumped.',
    );
    assert.equal(a.sentences[2]!.label, 'attributed');
  });

  it('while a guess at what will be said stays the writer’s ("we’ll be told there’s a new variant")', () => {
    const a = analyzeArticle(
      'Variants\n\nMy guess is that it won’t, and instead we’ll be told there’s a new and deadly variant.',
    );
    assert.notEqual(a.sentences[1]!.label, 'attributed');
  });
});

describe('a term named between commas with an article ("The mass of microbe-rich water, called a plume, was large …")', () => {
  it('is a naming, no report: the sentence stays a fact', () => {
    const a = analyzeArticle(
      'Plume\n\nThe mass of microbe-rich water, called a plume, was large enough to detect from space.',
    );
    assert.equal(a.sentences[1]!.label, 'fact');
  });

  it('while "called" with a judgement after it still reports ("The mayor, who called the plan a disgrace, left.")', () => {
    const a = analyzeArticle('Plan\n\nThe mayor called the plan a disgrace on Monday.');
    assert.equal(a.sentences[1]!.label, 'attributed');
  });
});

describe('"the latter" or "the former" as a speaker, after two names joined by "and"', () => {
  it('is the second or the first of them', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Crash\n\nInvestigations were launched by the Federal Aviation Administration and the National Transportation Safety Board, with the latter confirming they were "not traveling to the crash scene."\n\nThe Federal Aviation Administration and the National Transportation Safety Board met.\n\n"We will report soon," the former said.',
      ),
      ['National Transportation Safety Board', 'Federal Aviation Administration'],
    );
  });

  it('while "the latter" with no such pair before it stays as written', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Talks\n\nTwo groups met on Monday.\n\n"We will report soon," the latter said.',
      ),
      ['the latter'],
    );
  });
});

describe('words read as speech right after a plain verb whose subject is a pronoun ("She typically chooses “to portray …”")', () => {
  it('are that person’s, the quotation’s later sentence too', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Cosplay\n\nLisa Mancini has been cosplaying for two years. She typically chooses "to portray beloved characters from childhood or strong females. I also enjoy a good gender bent cosplay!"',
      ),
      ['Lisa Mancini', 'Lisa Mancini'],
    );
  });

  it('while a title after such a verb stays a term with no speaker ("She chose “Dark Days” for the film.")', () => {
    assert.deepEqual(
      speechSpeakersOf('Film\n\nAnn Lee directed it. She chose "Dark Days" as its title.'),
      [],
    );
  });
});

describe('a paragraph naming Wikinews right after a labelled question whose answer the copy lost', () => {
  it('stays the writer’s own line ("Wikinews’ Nick Moreau photographed the event.")', () => {
    const a = analyzeArticle(
      "Anime North\n\nFans met in Toronto.\n\n((WN)) How did you choose Charizard?\n\n((WN)) What was your favourite part?\n\nWikinews' Nick Moreau photographed the event.",
    );
    assert.equal(a.sentences[4]!.label, 'fact');
  });
});

describe('a participle of saying after a main clause that a "while" clause opens ("While all agreed …, artist Leisha Riddell emphasized …, saying “…”")', () => {
  it('has the main clause’s subject, not the fronted clause’s', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Con\n\nWhile all agreed that time off was rare, artist Leisha Riddell emphasized the need for boundaries, saying "this weekend, I am resting."',
      ),
      ['Leisha Riddell'],
    );
  });
});

describe('an outlet quoting someone with an apposition before "as saying" ("Politico quoted Tim Manning, formerly a deputy administrator at FEMA, as saying “…”")', () => {
  it('gives the words to the one quoted', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'FEMA\n\nPolitico quoted Tim Manning, formerly a deputy administrator at FEMA, as saying "FEMA has an important role".',
      ),
      ['Tim Manning'],
    );
  });
});

describe('a noun for a person opening the sentence before a name ("Voter Kitty Mak told The Atlantic")', () => {
  it('is no part of the name', () => {
    assert.deepEqual(
      speechSpeakersOf('HK vote\n\nVoter Kitty Mak told The Atlantic, "Today we are trying."'),
      ['Kitty Mak'],
    );
  });
});

describe('an interview whose one labelled voice asks turn after turn, the answers lost from the copy ("((WSS)) : Which past U.S. president do you most admire?")', () => {
  const text =
    'Wikinews interviews Brian Carroll\n\nCarroll is a retired teacher.\n\nHe ran for Congress in 2018.\n\n((WSS)) : Which past U.S. president do you most admire and why?\n\n((WSS)) : How would you describe your style of leadership?\n\n((WSS)) : What is your final plea to voters?';

  it('reads the questions as words of the interview, attributed, not the writer’s own framing', () => {
    const a = analyzeArticle(text);
    assert.deepEqual(
      a.sentences.slice(3).map((s) => s.label),
      ['attributed', 'attributed', 'attributed'],
    );
  });

  it('and leaves the writer’s plain sentences before them facts', () => {
    const a = analyzeArticle(text);
    assert.deepEqual(
      a.sentences.slice(1, 3).map((s) => s.label),
      ['fact', 'fact'],
    );
  });
});

describe('hashtags alone after a post’s last stop, before its closing mark ("… be a woman. #DemDebate"")', () => {
  it('close that sentence rather than open one', () => {
    const text =
      'Debate\n\nA tweet from Biden’s account repeated it, saying "My running mate will be a woman. #DemDebate"';
    assert.equal(analyzeArticle(text).sentences.length, 2);
  });

  it('while a hashtag that opens words of its own still opens a sentence ("We won! #Champions go on.")', () => {
    const text = 'Final\n\nFans wrote "We won! #Champions go on."';
    assert.equal(analyzeArticle(text).sentences.length, 3);
  });
});

describe('the original of a translated quotation with no stop of its own, then an English sentence ("… 꺼져 있다 Park’s phone was last active …")', () => {
  it('ends where the English sentence starts', () => {
    const text =
      'Mayor missing\n\nHis daughter said he "left home hours ago." ((ko))Korean language: 전화기가 꺼져 있다 Park\'s phone was last active in Seoul, The Korea Herald reported.';
    const a = analyzeArticle(text);
    assert.equal(
      text.slice(a.sentences.at(-1)!.start, a.sentences.at(-1)!.end),
      "Park's phone was last active in Seoul, The Korea Herald reported.",
    );
  });

  it('while English words set inside the original do not split it ("जैसे कि Ration card हो")', () => {
    const text =
      'Clinic\n\nShe said it in Hindi. ((hi))Hindi language: जैसे कि Ration card हो, PAN card हो, नहीं था।';
    assert.equal(analyzeArticle(text).sentences.length, 3);
  });
});
