import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';
import { speechSpeakersOf } from './helpers/short-article.ts';

describe('a capitalised office nobody in the article was given ("the Foreign Secretary defended …")', () => {
  it('is held by the person the headline and the lead name', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Dominic Raab: no apologies for quarantine\n\nDominic Raab has defended the decision.\n\nOn Sunday, the Foreign Secretary defended it as a "real-time response" to a spike.\n\nMr Raab later met officials.',
      ),
      ['Dominic Raab'],
    );
  });

  it('and a "he" after "The President" as a subject means that person, not the one the President talked about', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Trump praises Kavanaugh\n\n"It is great," Donald Trump said at a rally.\n\nBrett Kavanaugh testified on Thursday, denying that he had done wrong.\n\nThe President referred to Kavanaugh\'s nomination.\n\n"We will win in November," he said.',
      ),
      ['Donald Trump', 'Donald Trump'],
    );
  });

  it('and so does one a headline in sentence case opens on, when the lead names someone else first', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Smith rallies in West Virginia\n\nThe President obliquely referred to his pick Brett Kavanaugh while talking.\n\n"We will win," he said.\n\nSmith continued, "Yes."',
      ),
      ['Smith', 'Smith'],
    );
  });

  it('while one with an office of his own stays as before ("Senator Dominic Raab … the Foreign Secretary")', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Dominic Raab: no apologies\n\nSenator Dominic Raab has defended the decision.\n\nOn Sunday, the Foreign Secretary defended it as a "real-time response" to a spike.',
      ),
      ['Foreign Secretary'],
    );
  });

  it('and an office someone was given by name is theirs ("Prime Minister Ann Lee … the Prime Minister")', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Dominic Raab: no apologies\n\nDominic Raab has defended the decision.\n\nPrime Minister Ann Lee backed him.\n\nThe Prime Minister said: "He was right."',
      ),
      ['Ann Lee'],
    );
  });
});

describe('a word or two a headline quotes, read alone as a term ("over \'abhorrent\' Wiley tweets")', () => {
  const article = (body: string) =>
    `Patel demands explanation over 'abhorrent' tweets\n\nPriti Patel has demanded an explanation.\n\n${body}`;

  it('is speech by whoever the body gives the same words to', () => {
    const speakers = analyzeArticle(
      article('The Home Secretary tweeted: "The posts from Wiley are abhorrent."'),
    ).sentences[0]!.quotes.map((q) => [q.type, q.speaker]);
    assert.deepEqual(speakers, [['speech', 'Priti Patel']]);
  });

  it('but stays a term when the writer uses the same words without quotation marks too', () => {
    const quotes = analyzeArticle(
      article(
        'The abhorrent posts stayed up. The Home Secretary tweeted: "The posts from Wiley are abhorrent."',
      ),
    ).sentences[0]!.quotes;
    assert.deepEqual(
      quotes.map((q) => q.type),
      ['term'],
    );
  });
});

describe('a name given through a participle cut short after a comma ("Van Biljon, often referred to as "The Lion Man", …")', () => {
  it('is a term, not speech by the one it names', () => {
    const quotes = analyzeArticle(
      'Keeper killed\n\nVan Biljon, reportedly often referred to as "The Lion Man", had been in the area.',
    ).sentences[1]!.quotes;
    assert.deepEqual(
      quotes.map((q) => q.type),
      ['term'],
    );
  });
});

describe('a sentence reporting through "added" and a conditional ("Mr Callaghan added if fintechs could …, the scheme would be …")', () => {
  it('is attributed, as "added that" is', () => {
    const [, s] = analyzeArticle(
      'Loans\n\nMr Callaghan added if fintechs were able to access cheaper funding, the scheme would work.',
    ).sentences;
    assert.equal(s!.label, 'attributed');
  });

  it('while "added" with a thing as its object stays an act', () => {
    const [, s] = analyzeArticle(
      'Loans\n\nThe bank added two branches in Leeds last year.',
    ).sentences;
    assert.equal(s!.label, 'fact');
  });
});

describe('what a post-mortem or an autopsy revealed', () => {
  it('is attributed to it, as what a study revealed is', () => {
    const [, s] = analyzeArticle(
      'Death\n\nA post-mortem revealed he died from a stab wound to the chest.',
    ).sentences;
    assert.equal(s!.label, 'attributed');
  });
});

describe('a request in the passive, its asker after "by" ("have been advised by the Department of Transport to follow …")', () => {
  it('records an act, as the active "asked residents to stay indoors" does', () => {
    const [, s] = analyzeArticle(
      'Rules\n\nPeople on holiday have been advised by the Department of Transport to follow the local rules.',
    ).sentences;
    assert.equal(s!.label, 'fact');
  });

  it('and so does a question put to the subject ("He was asked by reporters about the fire")', () => {
    const [, s] = analyzeArticle('Fire\n\nHe was asked by reporters about the fire.').sentences;
    assert.equal(s!.label, 'fact');
  });

  it('while what the subject was told by someone stays their report ("was told by police that the road was shut")', () => {
    const [, s] = analyzeArticle(
      'Road\n\nShe was told by police that the road was shut.',
    ).sentences;
    assert.equal(s!.label, 'attributed');
  });
});

describe('a capitalised title and its place after "of" ("the President of the Republic concluded")', () => {
  it('names whoever the article gave that title', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Condolences\n\n"He was a patriot," said President Abdelmadjid Tebboune.\n\n"He served his people," the President of the Republic concluded.',
      ),
      ['Abdelmadjid Tebboune', 'Abdelmadjid Tebboune'],
    );
  });

  it('while a name after the place is the speaker ("President of Ukraine Volodymyr Zelenskyy said")', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Crash\n\nPresident Hassan Rouhani spoke first.\n\nPresident of Ukraine Volodymyr Zelenskyy said, "We expect answers."',
      ),
      ['Volodymyr Zelenskyy'],
    );
  });
});

describe('a former holder of an office one person holds at a time as a subject ("The former prime minister rejected this")', () => {
  it('is the person the story is about, whom a "he" after it then means', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Blair vows to stay\n\nTony Blair has pledged not to stop.\n\nSophy Ridge told Mr Blair: "You cannot wrench yourself away."\n\n"Is it not time to take some time out?"\n\nThe former prime minister rejected this and vowed to stay as long as he can.\n\nHe said: "It is not something I want to do."',
      ),
      ['Sophy Ridge', 'Sophy Ridge', 'Tony Blair'],
    );
  });
});

describe('a person and where they work after a comma, left unclosed before the verb ("Paul Newman, of analysts RSM said: …")', () => {
  it('gives the words to the person, not the firm', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Pubs\n\nPaul Newman, of leisure and hospitality analysts RSM said: "These results continue the trend."',
      ),
      ['Paul Newman'],
    );
  });
});

describe('a statement put out on behalf of someone ("A statement released on behalf of his family said: …")', () => {
  it('speaks for them, not for itself', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Death\n\nA statement released on behalf of the Sharif family said: "We cannot believe it."',
      ),
      ['Sharif family'],
    );
  });
});

describe('a given name spelt like an auxiliary, after a word in lower case ("coach Will Wade said")', () => {
  it('opens the name, so the whole name speaks', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Death\n\nOn Friday morning, LSU basketball coach Will Wade said the team is "devastated" by the death.',
      ),
      ['Will Wade'],
    );
  });

  it('while the auxiliary after a capitalised word stays a verb ("Trump Will Visit")', () => {
    const [headline] = analyzeArticle('Trump Will Visit China\n\nThe trip is set.').sentences;
    assert.equal(headline!.label, 'fact');
  });
});

describe('a country\'s word before an office one person holds ("reads the Kazakh President\'s letter")', () => {
  it('names whoever the article gave that office', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Games\n\nThe minister read out the letter of President Kassym-Jomart Tokayev.\n\n"Sport knows no bounds," reads the Kazakh President\'s letter.',
      ),
      ['Kassym-Jomart Tokayev'],
    );
  });
});

describe('a year\'s possessive typed with the double mark\'s key ("in 1974"s United States v. Nixon")', () => {
  it('is an apostrophe, so no quotation opens there and runs on through the article', () => {
    const sentences = analyzeArticle(
      'Ruling\n\nThe court ruled in 1974"s United States v. Nixon.\n\nTherefore, precedent is on the government\'s side.',
    ).sentences;
    assert.deepEqual(
      sentences.map((s) => s.quotes.length),
      [0, 0, 0],
    );
  });
});

describe('a day read as the subject of an infinitive of saying ("tweeted Sunday morning to say that he is "fine"")', () => {
  it("is when, not who: the sentence's subject speaks", () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Virus\n\nChief Minister Shivraj Singh Chouhan, who on Saturday confirmed he had tested positive, tweeted Sunday morning to say that he is "fine".',
      ),
      ['Shivraj Singh Chouhan'],
    );
  });
});

describe('a tribute paid at a memorial or a ceremony ("paid his tributes at the programme organised by the union")', () => {
  it('is the ceremony, an act', () => {
    const [, s] = analyzeArticle(
      'Memorial\n\nThe singer also paid his tributes at the programme organised by the union.',
    ).sentences;
    assert.equal(s!.label, 'fact');
  });

  it('while a tribute paid in words stays a report ("paid tribute to his team-mates")', () => {
    const [, s] = analyzeArticle(
      'Award\n\nHe paid tribute to his team-mates after receiving the award.',
    ).sentences;
    assert.equal(s!.label, 'attributed');
  });
});

describe('a body named after "of" closing on the plural of a word for a person ("the Association of British Travel Agents")', () => {
  it('names its members, no one person, so its spokesman speaks', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Quarantine\n\nA spokesman for the Association of British Travel Agents said the change was "disappointing."',
      ),
      ['A spokesman for the Association of British Travel Agents'],
    );
  });
});

describe('people named by what they do, or a body, threatening to act ("French fishermen have threatened to disrupt imports")', () => {
  it('state what they will do, as a named person threatening does', () => {
    const [, s] = analyzeArticle(
      'Fish\n\nFrench fishermen have threatened to disrupt British imports.',
    ).sentences;
    assert.equal(s!.label, 'attributed');
  });

  it('while a thing threatening to act still forecasts ("Rising costs threaten to push prices up")', () => {
    const [, s] = analyzeArticle('Prices\n\nRising costs threaten to push prices up.').sentences;
    assert.equal(s!.label, 'framing');
  });
});

describe('a person having a view with the clause it holds ("Mr Blair did have concerns Labour is still seen as …")', () => {
  it('states it, as "feared that" does', () => {
    const [, s] = analyzeArticle(
      'Labour\n\nMr Blair did have concerns Labour is still seen as the party that raises taxes.',
    ).sentences;
    assert.equal(s!.label, 'attributed');
  });

  it('while a view about a topic states no claim ("She has concerns about the plan")', () => {
    const [, s] = analyzeArticle('Plan\n\nShe has concerns about the plan.').sentences;
    assert.equal(s!.label, 'fact');
  });
});

describe('a party\'s member as a description ("the Texas Republican said")', () => {
  it("is the person the article named right after that party's word, not whoever was named last", () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Relief\n\nRepublican Senator Ted Cruz of Texas accused House Speaker Nancy Pelosi of "shoveling cash."\n\nPelosi appeared on the show ahead of the senator.\n\n"Her objectives are wrong," the Texas Republican said.',
      ),
      ['Ted Cruz', 'Ted Cruz'],
    );
  });
});

describe('a second office for the person the story is about ("The Foreign Secretary said …" then "The Prime Minister has called …")', () => {
  it('is someone else: one person holds one such office', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Liz Truss pledges aid\n\nLiz Truss has announced more aid.\n\nThe Foreign Secretary said it would "save lives."\n\nThe Prime Minister has called the claims "complete nonsense."',
      ),
      ['Liz Truss', 'Prime Minister'],
    );
  });
});

describe('a weekday closing a name run, as wire copy writes it ("in the city of Chengdu, China Sunday, as …")', () => {
  it('is when, no part of the name a later sentence uses', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Consulate closed\n\nThere was security outside the consulate in the city of Chengdu, China Sunday, as staff prepared to leave.\n\nChina charged that some personnel were "conducting activities not in line with their identities."',
      ),
      ['China'],
    );
  });
});
