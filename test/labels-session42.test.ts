import assert from 'node:assert/strict';
import {
  bodySentences,
  labelOf,
  labels,
  speakers,
  speechSpeakersOf,
} from './helpers/short-article.ts';

describe('a title between a place or court and its holder ("Federal judge Gregory Frost")', () => {
  it('reads the title as a noun, no verb of judging: "District judge Maria Lopez will hear the case" is fact', () => {
    assert.equal(labelOf('District judge Maria Lopez will hear the case in May.'), 'fact');
  });

  it('still gives the quotation of "Federal judge Gregory Frost said" to Gregory Frost', () => {
    assert.deepEqual(
      speakers('Federal judge Gregory Frost said the hearing would resume “as soon as possible.”'),
      ['Gregory Frost'],
    );
  });
});

describe('an unnamed speaker from a body whose name holds "and" ("A Department for Work and Pensions spokeswoman")', () => {
  it('is whom a later "she said" means', () => {
    assert.deepEqual(
      speakers(
        'A Department for Work and Pensions spokeswoman confirmed Mr Smith was still in post. “No date was ever given,” she said.',
      ),
      ['A Department for Work and Pensions spokeswoman'],
    );
  });
});

describe('a judging word in its literal sense', () => {
  it('reads "solid" before a kind of matter as a state of matter: "solid material in drums" is fact', () => {
    assert.equal(
      labelOf('This waste is stored in the form of glass bricks or solid material in drums.'),
      'fact',
    );
  });

  it('reads a word hyphened to a particle as the name of an act: "the nuclear clean-up programme" is fact', () => {
    assert.equal(
      labelOf("The cash raised will go towards the UK's nuclear clean-up programme."),
      'fact',
    );
  });

  it('still reads "a solid performance" and "a clean game" as the writer\'s judgement', () => {
    assert.deepEqual(
      [labelOf('The team gave a solid performance.'), labelOf('It was a clean game.')],
      ['framing', 'framing'],
    );
  });
});

describe('a verb-first tag closing the sentence, its speaker described after one more comma', () => {
  it('gives a partial quotation earlier in the sentence to the one the tag names', () => {
    assert.deepEqual(
      speakers(
        'It represents a "big leap forward" for broadband, said Chris Stening, UK Online general manager.',
      ),
      ['Chris Stening'],
    );
  });
});

describe('the title of a work opened by a capitalised preposition ("In Place of Strife")', () => {
  it('names no one a later "he" could mean', () => {
    assert.deepEqual(
      speakers(
        'Lord Callaghan has died. His political career was not without controversy. When he refused to support prime minister Harold Wilson and Dame Barbara Castle over the latter\'s trade union manifesto, In Place of Strife, in 1968, he said: "I am not going to resign."',
      ),
      ['Lord Callaghan'],
    );
  });
});

describe('a person a view "came from" ("One dissenting opinion came from Brian Gammage")', () => {
  it('is whom the next "He said" means, not the man quoted before', () => {
    assert.deepEqual(
      speakers(
        'The Mac mini is not a media server yet, said Ian Fogg. "It is very much a computer," he said. One dissenting opinion came from Brian Gammage, vice-president of research at analysts Gartner. He said: "I don\'t think it changes the world."',
      ),
      ['Ian Fogg', 'Brian Gammage'],
    );
  });
});

describe('a title owned by a body described in lower-case words ("The political reform group\'s general secretary")', () => {
  it('describes the one just named as a subject', () => {
    assert.deepEqual(
      speakers(
        'The Fabian Society\'s Sundar Katwala said the change was "long overdue". The political reform group\'s general secretary told BBC Radio 4 there were some "very out-dated features" in the constitution.',
      ),
      ['Sundar Katwala', 'Sundar Katwala'],
    );
  });

  it('leaves a body\'s spokesperson someone new ("the council\'s spokesperson said")', () => {
    assert.deepEqual(
      speakers(
        'The film council\'s director Ann Lee praised the year. "The drop was expected," the council\'s spokesperson said.',
      ),
      ["the council's spokesperson"],
    );
  });
});

describe('a participle of saying after a spaced dash', () => {
  it('reports for the sentence subject, as after a comma ("… his advice - saying such papers have always been kept confidential")', () => {
    assert.equal(
      labelOf(
        'The government refuses to publish his advice on the legality of the war - saying such papers have always been kept confidential.',
      ),
      'attributed',
    );
  });
});

describe('a request\'s own clause ("a plea by Lord Falconer that the holder should not be a lawyer")', () => {
  it("holds a modal that is the pleader's, not the writer's", () => {
    assert.equal(
      labelOf(
        'In December the Lords rejected a plea by current Lord Chancellor Lord Falconer that the holder of the job should not necessarily be a lawyer or a peer.',
      ),
      'fact',
    );
  });

  it('still reads "out of concern that people might be alarmed" as the concern\'s clause, not the writer\'s guess', () => {
    assert.equal(
      labelOf(
        'It decided to tell the public in advance about the tests out of concern that people who saw the drones might be alarmed.',
      ),
      'fact',
    );
  });
});

describe('"succeed to" a title', () => {
  it('is inheriting, no success judged: "the right of male heirs to succeed to the crown" is fact', () => {
    assert.equal(
      labelOf(
        'The bill aims to end the right of male heirs to succeed to the crown even if they have an older sister.',
      ),
      'fact',
    );
  });
});

describe('a founding text\'s name ("the European Constitution")', () => {
  it('names no one a later "he said" could mean', () => {
    assert.deepEqual(
      speakers(
        'Leaders met ahead of referendums on the European Constitution. "It is a good text," he said.',
      ),
      [null],
    );
  });
});

describe('an opening "Asked …" clause whose comma was left out ("Asked on Thursday about it Mr Johnson told …")', () => {
  it('keeps the name before the finite verb as the subject a later "he" means', () => {
    assert.deepEqual(
      speakers(
        'Tory MP Nigel Waterson said he was "amazed". Asked on Thursday about Mr Smith\'s position Mr Johnson told BBC Radio 4 he thought it was a "non-story".',
      ),
      ['Nigel Waterson', 'Johnson'],
    );
  });
});

describe('a quotation whose paragraphs were cut at every sentence, its marks left at its two ends', () => {
  const article =
    'Headline\n\n“I apologized to everybody,” Clinton said.\n\n“I have never talked to her.\n\nBut I did say publicly that I was sorry.\n\nThe apology was public,” he said.';

  it('runs on through the unmarked paragraphs between, each a quotation of its speaker', () => {
    assert.deepEqual(speechSpeakersOf(article), ['Clinton', 'Clinton', 'Clinton', 'Clinton']);
  });

  it('steps over a quotation of the other family inside it (‘Russian collusion’)', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Headline\n\nRep. Mark Meadows has been a critic of the probe.\n\n“The report suggests no more indictments are coming.\n\nWe just completed 2 years of investigating ‘Russian collusion’ without one indictment.\n\nNot even one,” he wrote on Twitter.',
      ),
      ['Mark Meadows', 'Mark Meadows', 'Mark Meadows'],
    );
  });

  it('still ends an unclosed quotation at its paragraph when the next mark opens a new one', () => {
    const sentences = bodySentences(
      'He said: “We will win.\n\nThe crowd cheered.\n\n“We are ready,” Ann Lee said.',
    );
    assert.deepEqual(
      sentences.map((s) => s.quotes.length),
      [1, 0, 1],
    );
  });
});

describe('two people named after a plural for people ("Trump lawyers Rudy Giuliani and Jay Sekulow said")', () => {
  it('speak together, though neither given name is on the common lists', () => {
    assert.deepEqual(
      speakers(
        'In a separate statement, Trump lawyers Rudy Giuliani and Jay Sekulow said: “We are pleased.”',
      ),
      ['Rudy Giuliani and Jay Sekulow'],
    );
  });

  it('still leaves an office after a preposition out ("The adviser for Homeland Security and John Hale said")', () => {
    assert.deepEqual(
      speakers(
        'The adviser for Homeland Security and John Hale said there were “signs of a plot.”',
      ),
      ['John Hale'],
    );
  });
});

describe('a counselor\'s or counsel\'s office before a name ("White House Counselor Kellyanne Conway")', () => {
  it('is a title, no part of the name', () => {
    assert.deepEqual(
      speakers(
        'White House Counselor Kellyanne Conway has since said the video was simply “sped up.”',
      ),
      ['Kellyanne Conway'],
    );
  });
});

describe('an opening "In a statement by X," before "he wrote"', () => {
  it('makes the statement\'s author the one "he" means', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Headline\n\nTrump called Acosta rude.\n\nIn a statement by Fox News President Jay Wallace, he wrote:\n\n“Fox News supports CNN in its legal effort.”',
      ),
      ['Jay Wallace'],
    );
  });
});

describe('the subject of a passive verb of saying ("More arguments are expected Tuesday.")', () => {
  it('reports nothing, so the next paragraph\'s words go to the tag after them ("… Kelly said.")', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Headline\n\nMore arguments are expected Tuesday.\n\n“I trust this litigation will continue at a rapid pace.” Kelly said.',
      ),
      ['Kelly'],
    );
  });
});

describe('the one a question was put to ("Melvin followed up by asking Clinton if …")', () => {
  it('is whom the "he said" of the answer after it means, not the one asking', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Headline\n\nFormer President Bill Clinton said his apology was enough.\n\nNBC correspondent Craig Melvin asked Clinton in an interview if he had ever apologized to Lewinsky.\n\n“I apologized to everybody in the world,” Clinton said.\n\nMelvin followed up by asking Clinton if he had ever apologized privately.\n\n“I have never talked to her. The apology was public,” he said.',
      ),
      ['Bill Clinton', 'Bill Clinton', 'Bill Clinton'],
    );
  });
});

describe('a post embedded in a web page, closed by its credit ("— Julián Castro (@JulianCastro) March 22, 2019")', () => {
  it("is its author's words, every sentence of it", () => {
    assert.deepEqual(
      labels(
        'Fox News will file a brief in support of CNN. Thank you @FoxNews! — CNN Communications (@CNNPR) November 14, 2018',
      ),
      ['attributed', 'attributed'],
    );
  });

  it("reaches the paragraph above a credit that only the post's link comes before", () => {
    assert.deepEqual(
      labels(
        'This report should be made public immediately.\n\nhttps://t.co/Q2JCExqYaA — Cory Booker (@CoryBooker) March 22, 2019',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('reaches the paragraph above a credit standing alone', () => {
    assert.deepEqual(
      labels(
        'The report must be released in its entirety.\n\n— Julián Castro (@JulianCastro) March 22, 2019',
      ),
      ['attributed', 'attributed'],
    );
  });
});

describe('a verb that only carries a noun of saying and its clause ("made the claim that …")', () => {
  it("reports the subject's words", () => {
    assert.deepEqual(
      [
        labelOf('On Sunday, Sam Donaldson made the claim that Jim Acosta had already won.'),
        labelOf(
          "Sanders also repeated the administration's claim from a day earlier that existing law already prohibits plastic firearms.",
        ),
      ],
      ['attributed', 'attributed'],
    );
  });

  it('reports nothing with a noun of no saying ("made a profit that year") or a case only to be made', () => {
    assert.equal(labelOf('The firm made a profit that year.'), 'fact');
    assert.notEqual(
      labelOf('The documents allow the sides to make the case that the talks are new.'),
      'attributed',
    );
  });
});

describe('someone who "came forward" alleging, or to say, something', () => {
  it('made it public: the sentence reports their words', () => {
    assert.deepEqual(
      [
        labelOf(
          'Karen Monahan, a former girlfriend, came forward last month alleging that he sent her threatening messages.',
        ),
        labelOf(
          'Monahan came forward a month ago to say the Democrat sent her threatening messages.',
        ),
      ],
      ['attributed', 'attributed'],
    );
  });

  it('still reads coming forward to a place as an act ("The team came forward to the front of the stage.")', () => {
    assert.equal(labelOf('The team came forward to the front of the stage.'), 'fact');
  });
});

describe('"PM" before a name and a recording of someone speaking', () => {
  it('reads "PM" as a title ("Hungary PM Viktor Orban" is Viktor Orban)', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Hungary PM Viktor Orban Vows to Fight\n\n"Christianity is the last hope," Orban told an audience.\n\nPM Orban has done just that, too.',
      ),
      ['Viktor Orban'],
    );
  });

  it('gives what a video shows someone saying to that someone ("The full video shows Smith saying …")', () => {
    assert.deepEqual(
      speakers('The full video shows Smith saying that the plan is to take “poor” people first.'),
      ['Smith'],
    );
  });
});

describe('a subject with a relative clause and no commas ("Legislators who backed the bill said")', () => {
  it("is the noun the clause is on, not the clause's object", () => {
    assert.deepEqual(
      speakers(
        'State Democratic Party legislators who backed the bill said it was needed despite the "poison pill".',
      ),
      ['State Democratic Party legislators'],
    );
  });
});

describe('an adverb of a judging adjective before the act it judges ("recklessly ignored")', () => {
  it("is the writer's judgement of how the act was done", () => {
    assert.deepEqual(
      [
        labelOf('The council recklessly ignored the residents.'),
        labelOf('Police egregiously released the findings on the day of the funeral.'),
      ],
      ['framing', 'framing'],
    );
  });

  it('leaves an adverb inside the clause a source states to the source ("claims they have fraudulently overvalued")', () => {
    assert.notEqual(
      labelOf('The suit names the firm and claims they have fraudulently overvalued their assets.'),
      'framing',
    );
  });

  it('leaves degree, result and legal standing alone ("successfully reached", "unsuccessfully challenged")', () => {
    assert.deepEqual(
      [
        labelOf('The rocket successfully reached orbit on Tuesday.'),
        labelOf(
          'Bernie Sanders, who unsuccessfully challenged Clinton in the primary, spoke on Monday.',
        ),
      ],
      ['fact', 'fact'],
    );
  });
});

describe('a headline\'s quotation closed on a comma before a name ("Mueller is ‘looking for trouble,’ Trump says")', () => {
  it('is the words of the one the tag names, not a label of the name after it', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Mueller is ‘looking for trouble,’ Trump says cryptically\n\nThe president spoke on Monday.',
      ),
      ['Trump'],
    );
  });
});

describe('defending someone as something in quoted words ("defended Louis Farrakhan as an “outstanding human being”")', () => {
  it('gives the words to the one defending', () => {
    assert.deepEqual(
      speakers(
        'Democratic Illinois Rep. Danny Davis defended Nation of Islam leader Louis Farrakhan as an “outstanding human being” on Monday.',
      ),
      ['Danny Davis'],
    );
  });
});

describe('words quoted in what someone spoke or talked about', () => {
  it('are that speaker\'s ("Charles Michel spoke about sending “an ultimatum”")', () => {
    assert.deepEqual(
      speakers(
        'Over the weekend, Belgian prime minister Charles Michel spoke about sending “an ultimatum” to the countries which “reject solidarity”.',
      ),
      ['Charles Michel', 'Charles Michel'],
    );
  });
});

describe('a tag after a clause that holds a quotation no verb of saying reports ("Mr Blair has “the same passion” …, he said")', () => {
  it('reports the whole clause, so its "he" is no one the clause names', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Headline\n\nAlan Milburn ran the campaign. Tony Blair was in Scotland.\n\nMr Blair has "the same passion" as when Labour came to power in 1997, he said.',
      ),
      ['Alan Milburn'],
    );
  });
});

describe('a day alone after a tag\'s verb ("said Wednesday that …")', () => {
  it('is when, and the words go to the subject of the sentence', () => {
    assert.deepEqual(
      speakers(
        'Kirby, who originally called the deletion a "glitch," said Wednesday that he asked lawyers to look into it.',
      ),
      ['Kirby'],
    );
  });
});
