import assert from 'node:assert/strict';
import { labelAmongReports, labelOf, speechSpeakersOf } from './helpers/short-article.ts';
import { analyzeArticle } from '../server/analysis/index.ts';

/** The label of an article's headline, with a body that names the people in it. */
const headlineLabel = (
  headline: string,
  body = 'The council met on Monday to discuss the matter.',
) => analyzeArticle(`${headline}\n\n${body}`).sentences[0]!.label;

const report = labelAmongReports;

describe('a headline whose source closes it (headlineTagCues)', () => {
  it('reads "…: inspector" as the inspector\'s claim', () => {
    assert.equal(
      headlineLabel('Minister fails to hand over papers in travel probe: inspector'),
      'attributed',
    );
  });

  it('reads "…: letter" as what a letter says', () => {
    assert.equal(headlineLabel('Small firms press lawmakers on bank rules: letter'), 'attributed');
  });

  it('reads "…: Henderson", one name, as that person\'s claim', () => {
    assert.equal(
      headlineLabel('Vote on bridge plan hinges on budget deal: Henderson'),
      'attributed',
    );
  });

  it('reads "… - sources" after a dash the same way, past an opening "Exclusive:"', () => {
    assert.equal(
      headlineLabel('Exclusive: Mayor picks career planner to run the port - sources'),
      'attributed',
    );
  });

  it('keeps a headline whose closing phrase after a dash is no source', () => {
    assert.equal(
      headlineLabel('Mayor greets the visiting queen with a handshake - but no bow'),
      'fact',
    );
  });

  it('keeps a day closing a headline no source', () => {
    assert.equal(headlineLabel('Council to vote on the new bridge: Monday'), 'fact');
  });
});

describe('a headline that opens with a person and a colon (namedInFull)', () => {
  it('reads "Henderson: delay the vote …" as Henderson\'s words when the body names her in full', () => {
    assert.equal(
      headlineLabel(
        'Henderson: delay the bridge vote until the new member is seated',
        'Council leader Maria Henderson asked for a delay on Monday.',
      ),
      'attributed',
    );
  });

  it('keeps "Bridgetown: …" a topic when no one of that name is in the article', () => {
    assert.equal(
      headlineLabel(
        'Bridgetown: the new bridge opens to traffic',
        'The council opened the bridge on Monday.',
      ),
      'fact',
    );
  });
});

describe('"says no need for …" in a headline (elidedThereIs)', () => {
  it('reads the dropped "there is" after "says no" as a claim', () => {
    assert.equal(headlineLabel('Port chief says no need for a second dock'), 'attributed');
  });

  it('keeps "said no to the plan" a refusal', () => {
    assert.equal(labelOf('The council said no to the plan on Monday.'), 'fact');
  });
});

describe('an infinitive on the subject before a reporting verb (participleHead)', () => {
  it('reads "the nominee to head the agency told …" as the nominee\'s report', () => {
    assert.equal(
      labelOf('The nominee to head the port authority told a committee the dock was not needed.'),
      'attributed',
    );
  });

  it('keeps "the plan to close the plant said nothing" no source', () => {
    assert.notEqual(labelOf('The plan to close the plant said nothing about jobs.'), 'attributed');
  });
});

describe("the writer's doubt about what is not yet known (phrases)", () => {
  it('reads "It was unclear if …" as framing', () => {
    assert.equal(
      labelOf('It was unclear if a vote on the bill would take place this week.'),
      'framing',
    );
  });

  it('reads "it was not certain it would …" as framing', () => {
    assert.equal(labelOf('It was not certain it would even make it into the bill.'), 'framing');
  });

  it('keeps "It was not known whether …" a fact', () => {
    assert.equal(labelOf('It was not known whether the attack was planned.'), 'fact');
  });
});

describe('"appears to have" with a participle (observedState)', () => {
  it('reads "appears to have got back on track" as the writer\'s reading', () => {
    assert.equal(
      labelOf('The relationship appears to have got back on track after the talks.'),
      'framing',
    );
  });

  it('keeps "appears to have a serial number" a state in view', () => {
    assert.equal(labelOf('One piece appears to have a serial number on the side.'), 'fact');
  });
});

describe('"according to" closing a sentence after a relative clause (closingSource)', () => {
  it('reads "…, according to the bill made public on Thursday" (an irregular participle) as the bill\'s', () => {
    assert.equal(
      labelOf(
        'The council plans to end the grant for buses, which could hurt operators like Red Line Ltd, according to the bill made public on Thursday.',
      ),
      'attributed',
    );
  });

  it('reads "…,” according to a court document" (the comma inside the mark) the same way', () => {
    assert.equal(
      labelOf(
        'Lee signed a deal that stated he had “met the police to answer questions,” according to a court document.',
      ),
      'attributed',
    );
  });
});

describe('a promise after a relative clause on its subject (sideExpectation)', () => {
  it('reads "Lee, who has held jobs in A, B and C, pledged to …" as her promise', () => {
    assert.equal(
      labelOf('Lee, who has held jobs in government, law and finance, pledged to cut the fees.'),
      'attributed',
    );
  });

  it('keeps "…, widely expected to be the date of the vote" a side detail', () => {
    assert.equal(
      labelOf(
        'The vote will take place around 5 May, widely expected to be the date of the election.',
      ),
      'fact',
    );
  });
});

describe('"with" a named person saying something (withAbsolute)', () => {
  it('reads "…, with Senator Ann Lee calling for …" as her call', () => {
    assert.equal(
      labelOf(
        'Other members were cautious, with Senator Ann Lee calling for the agency to change course.',
      ),
      'attributed',
    );
  });

  it('keeps "…, with officials saying this is for security reasons" the reported act', () => {
    assert.equal(
      labelOf(
        'The port banned the ferry on Monday, with officials saying this is for security reasons.',
      ),
      'fact',
    );
  });

  it('keeps "with prices rising" no report', () => {
    assert.equal(labelOf('With prices rising, the bank raised its rates.'), 'fact');
  });
});

describe('office holders taking a side (takesSides)', () => {
  it('reads "The senators welcomed Roe as an experienced hand" as their view', () => {
    assert.equal(labelOf('The senators welcomed Roe as an experienced hand.'), 'attributed');
  });
});

describe('a reporting clause after a quoted exclamation, its subject ending "of Virginia" (reportingClauseAt)', () => {
  it('keeps "“We won!” Democratic State Senator Ann Lee of Ohio told reporters." one sentence', () => {
    const { sentences } = analyzeArticle(
      'Lee wins\n\n“We won! Thank you all!” Democratic State Senator Ann Lee of Ohio told reporters.',
    );
    assert.equal(sentences.length, 3);
    assert.match(
      sentences[2]!.text,
      /^Thank you all!” Democratic State Senator Ann Lee of Ohio told/,
    );
    assert.equal(sentences[2]!.quotes[0]?.speaker, 'Ann Lee');
  });
});

describe('a headline verb of blame before its quoted object (judgingQuote, QUOTED_OBJECT_VERBS)', () => {
  const headlineQuote = (article: string) => analyzeArticle(article).sentences[0]!.quotes[0];

  it('gives "Brown blasts ‘politics of fear’" to the mayor the body names', () => {
    const quote = headlineQuote(
      "Brown blasts 'politics of fear' on return to campaign trail\n\nFormer mayor Ann Brown spoke in Leeds on Thursday.",
    );
    assert.equal(quote?.type, 'speech');
    assert.equal(quote?.speaker, 'Ann Brown');
  });

  it('keeps "Brown attacks ‘pay later’ Budget" hers though the words qualify the noun after them', () => {
    const quote = headlineQuote(
      "Brown attacks 'pay later' Budget\n\nFormer mayor Ann Brown spoke in Leeds on Thursday.",
    );
    assert.equal(quote?.type, 'speech');
  });

  it('keeps "the mayor condemned “the cowardly attack”" the mayor\'s words', () => {
    const [quote] = analyzeArticle('Attack\n\nThe mayor condemned “the cowardly attack” on Monday.')
      .sentences[1]!.quotes;
    assert.equal(quote?.speaker, 'The mayor');
  });

  it("keeps a headline's scare quote before a noun a term", () => {
    const quote = headlineQuote("Court orders 'unsafe' flats cleared\n\nThe court sat on Monday.");
    assert.equal(quote?.type, 'term');
  });
});

describe('one figure of speech or one piece of scaffolding in a reporting article (isLoneCue)', () => {
  it('reads "has cast a shadow over" as framing among plain reports', () => {
    assert.equal(
      report('The inquiry has cast a shadow over the first year of her term.'),
      'framing',
    );
  });

  it('reads "To be sure, …" as framing among plain reports', () => {
    assert.equal(report('To be sure, the budget still has to pass a second vote.'), 'framing');
  });

  it('still reads one evaluative word among plain reports as a fact', () => {
    assert.equal(report('The deal brings together famous stores from across the city.'), 'fact');
  });
});

describe("a headline's described speaker and the name the body gives the same words (headlineSpeakers)", () => {
  it('gives "Port lawyer says plan \'foolish\'" to the lawyer the body names', () => {
    const [headline] = analyzeArticle(
      "Port lawyer says council plan 'foolish'\n\nThe council's plan was “foolish” because it posed no risk, the port's lawyer Dan Hale told reporters on Tuesday.",
    ).sentences;
    assert.equal(headline!.quotes[0]?.speaker, 'Dan Hale');
  });

  it('keeps a named headline speaker', () => {
    const [headline] = analyzeArticle(
      "Ann Lee says council plan 'foolish'\n\nThe council's plan was “foolish”, the port's lawyer Dan Hale told reporters on Tuesday.",
    ).sentences;
    assert.equal(headline!.quotes[0]?.speaker, 'Ann Lee');
  });
});

describe('headline tags of a body or a seat of government, and a quoted predicate before a gerund', () => {
  it('reads "…: watchdog" as the watchdog\'s finding', () => {
    assert.equal(
      headlineLabel('Port officials broke court orders on ferries: watchdog'),
      'attributed',
    );
  });

  it('reads "Kremlin: …" as the Kremlin\'s claim', () => {
    assert.equal(headlineLabel('Kremlin: U.S. to blame for cancelled meeting'), 'attributed');
  });

  it("gives \"Lee 'offended' by claims of the agency's hollowing out\" to Lee", () => {
    const [headline] = analyzeArticle(
      "Lee 'offended' by claims of the agency's hollowing out\n\nMinister Ann Lee said on Tuesday she was offended.",
    ).sentences;
    assert.equal(headline!.quotes[0]?.speaker, 'Ann Lee');
  });
});

describe('"closely watched" (phrases)', () => {
  it('reads "The case will be closely watched because …" as framing', () => {
    assert.equal(
      labelOf('The case will be closely watched because the mayor opposed the deal.'),
      'framing',
    );
  });
});

describe('a count made approximate, and a statement made again', () => {
  it('reads "About a half-dozen lawmakers have voiced concerns …" as their view', () => {
    assert.equal(
      labelOf('About a half-dozen lawmakers have voiced concerns about parts of the bill.'),
      'attributed',
    );
  });

  it('reads "Lee renewed her denial of the claims" as her statement', () => {
    assert.equal(labelOf('Lee renewed her denial of the claims during the meeting.'), 'attributed');
  });

  it('keeps "The council renewed the lease" an act', () => {
    assert.equal(labelOf('The council renewed the lease for another year.'), 'fact');
  });
});

describe('a given name the tagger reads as a verb, opening a sentence (retagGivenNames)', () => {
  it('gives "he" after "Ted Hale, one of the authors, welcomed …" to Ted Hale, not the man named before', () => {
    const said = speechSpeakersOf(
      'Plan\n\nPresident Tom Roe backed the plan. Ted Hale, one of the authors of the study, welcomed it.\n\n“Will it change the business? No,” he said.',
    );
    assert.deepEqual(said, ['Ted Hale', 'Ted Hale']);
  });
});

describe('subjects the walk missed (subjectBefore, sourcePhrase, clauseFollows)', () => {
  it('reads "X, a nurse who has worked in Leeds since 2009, said …" as her report, not 2009\'s', () => {
    assert.equal(
      labelOf('Lee, a nurse who has worked in Leeds since 2009, said that she would stay.'),
      'attributed',
    );
  });

  it('keeps "one stated that …" someone\'s report', () => {
    assert.equal(
      labelOf('Although no witness saw the fight, one stated that Hale took the weapon.'),
      'attributed',
    );
  });

  it('reads "a woman named Ann Lee told reporters that …" as her report', () => {
    assert.equal(
      labelOf('Four days later, a woman named Ann Lee told reporters that the mayor had lied.'),
      'attributed',
    );
  });

  it('reads "Those who have spoken to the directors said …" as their report', () => {
    assert.equal(
      labelOf('Those who have spoken to the directors said several bankers were considered.'),
      'attributed',
    );
  });

  it('keeps "Those who left early missed the show" a fact', () => {
    assert.equal(labelOf('Those who left early missed the show.'), 'fact');
  });

  it('reads "…, saying in a video statement that …" as the subject\'s report', () => {
    assert.equal(
      labelOf(
        'Lee had not conceded the race, saying in a video statement that some ballots were still out.',
      ),
      'attributed',
    );
  });
});

describe('a poll named with a slash, and two more forms of doubt (closingSource, phrases)', () => {
  it('reads "When asked who …, half chose …, according to a Daily/Ipsos poll released on Tuesday" as the poll\'s', () => {
    assert.equal(
      labelOf(
        'When asked who gains most from the plan, half of adults chose the rich, according to a Daily/Ipsos poll released on Tuesday.',
      ),
      'attributed',
    );
  });

  it('reads "It is now an open question whether …" as framing', () => {
    assert.equal(
      labelOf('It is now an open question whether the mayor will run again.'),
      'framing',
    );
  });

  it('reads "it’s hard to tell them apart" as framing', () => {
    assert.equal(labelOf('On many issues it’s hard to tell the two candidates apart.'), 'framing');
  });
});

describe('warnings drawn from people (STANCE_NOUNS)', () => {
  it('reads "… spark warnings from lawmakers" in a headline as the lawmakers\' view', () => {
    assert.equal(
      headlineLabel('Mayor’s posts about the inquiry spark warnings from lawmakers'),
      'attributed',
    );
  });
});

describe('a verb-like word opening a name, not an order (exhortationCues)', () => {
  it('reads "Build Harbour Bonds were created …" as a fact', () => {
    assert.equal(
      labelOf('Build Harbour Bonds were created under a stimulus law passed in 2009.'),
      'fact',
    );
  });

  it('reads "Harp previously was director of …" as a fact', () => {
    assert.equal(
      labelOf('Harp previously was director of the National Prosecution Center.'),
      'fact',
    );
  });

  it('still reads "Consider the cost." as the writer addressing the reader', () => {
    assert.equal(labelOf('Consider the cost of doing nothing.'), 'framing');
  });
});

describe('a worry held, and a date set (BELIEVING, scheduled)', () => {
  it('reads "Some senators worry the agency is moving too quickly" as their view', () => {
    assert.equal(labelOf('Some senators worry the agency is moving too quickly.'), 'attributed');
  });

  it('reads "The council could vote as soon as Wednesday" as the schedule, a fact', () => {
    assert.equal(labelOf('The council could vote as soon as Wednesday on the budget.'), 'fact');
  });

  it('keeps "The council could reject the budget" a guess', () => {
    assert.equal(labelOf('The council could reject the budget.'), 'framing');
  });
});

describe('appraisals that frame alone (STANDING_APPRAISALS)', () => {
  it('reads "Members are eager to pass the budget" as the writer reading their minds', () => {
    assert.equal(report('Members are eager to pass the budget before the summer.'), 'framing');
  });

  it('reads "the embattled mayor" as framing', () => {
    assert.equal(report('The embattled mayor got a boost on Thursday.'), 'framing');
  });
});

describe('segmentation: a lost space after a stop, and a rank after "U.S." (sentenceEnds, periodEnds)', () => {
  const texts = (body: string) =>
    analyzeArticle(`Headline\n\n${body}`)
      .sentences.slice(1)
      .map((s) => s.text);

  it('splits "… to become law.Republicans are …" where the space was lost', () => {
    assert.deepEqual(texts('The bill is likely to become law.Republicans are pleased.'), [
      'The bill is likely to become law.',
      'Republicans are pleased.',
    ]);
  });

  it('keeps "Amazon.com" and "www.example.com/Trump" whole', () => {
    assert.deepEqual(texts('The firm Amazon.com grew. See www.example.com/Trump for more.'), [
      'The firm Amazon.com grew.',
      'See www.example.com/Trump for more.',
    ]);
  });

  it('keeps "the U.S. No. 2 carrier" in one sentence', () => {
    assert.deepEqual(texts('The U.S. No. 2 wireless carrier won the case.'), [
      'The U.S. No. 2 wireless carrier won the case.',
    ]);
  });
});

describe('a view taken up, and "far from clear" (viewShared, phrases)', () => {
  it('reads "Some members shared that view" as their view', () => {
    assert.equal(labelOf('Some members shared that view after the vote.'), 'attributed');
  });

  it('reads "Several others echoed that sentiment" as their view', () => {
    assert.equal(labelOf('Several other members echoed that sentiment.'), 'attributed');
  });

  it('keeps "The two firms shared the cost" an act', () => {
    assert.equal(labelOf('The two firms shared the cost of the bridge.'), 'fact');
  });

  it('reads "it is far from clear if …" as framing', () => {
    assert.equal(labelOf('It is far from clear if the mayor will agree to do more.'), 'framing');
  });
});

describe('a relative clause with "that" on the subject (relativeHead)', () => {
  it('reads "Groups that just last month were criticizing the leader … are now applauding her" as their stance', () => {
    assert.equal(
      labelOf(
        'Conservative groups that just last month were criticizing Senate leader Ann Lee for the pace of confirmations are now applauding her.',
      ),
      'attributed',
    );
  });

  it('keeps "The report said that officials met" the report\'s, not a relative clause', () => {
    assert.equal(labelOf('The report said that officials met on Monday.'), 'attributed');
  });
});

describe('an adverb of degree in the subject (DEGREE_ADVERBS)', () => {
  it('reads "While some echo Lee …, more hawkish members say …" as their report', () => {
    assert.equal(
      labelOf(
        'While some members echo Lee in calling for a vote, more hawkish members say the mayor should decide.',
      ),
      'attributed',
    );
  });
});

describe('two people named as one subject (jointNames)', () => {
  it('gives "“…,” Ann Lee and Tom Hale wrote" to both', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Cuts\n\n“The cuts will hurt the service,” Ann Lee and Tom Hale wrote on Monday.',
      ),
      ['Ann Lee and Tom Hale'],
    );
  });

  it('keeps an office before "and" out of it ("adviser for Homeland Security and John Hale")', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Threat\n\nThe adviser for Homeland Security and John Hale said there were “signs of a plot.”',
      ),
      ['John Hale'],
    );
  });
});

describe('two people reporting together are "they" (registerGroups)', () => {
  it('gives "“…,” they said" after "Ann Lee and Tom Hale said …" to both', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Cuts\n\nAnn Lee and Tom Hale said they would study the request. “This request shows the threat,” they said.',
      ),
      ['Ann Lee and Tom Hale'],
    );
  });
});

describe('portraying something as something (DESCRIBING_AS)', () => {
  it('reads "The mayor portrayed the plan as a giveaway" as her view', () => {
    assert.equal(labelOf('The mayor portrayed the plan as a giveaway.'), 'attributed');
  });

  it('reads "Some members sought to portray the cost as small" as their view', () => {
    assert.equal(labelOf('Some members also sought to portray the cost as small.'), 'attributed');
  });

  it('keeps "They painted the house red" an act', () => {
    assert.equal(labelOf('They painted the house red.'), 'fact');
  });
});

describe('a setback dealt, a probe that dogs, a combative style (phrases, APPRAISAL_WORDS)', () => {
  it('reads "The plan suffered a setback on Thursday" as framing among plain reports', () => {
    assert.equal(
      report('The plan suffered a setback on Thursday when the vote was delayed.'),
      'framing',
    );
  });

  it('reads "The inquiry has dogged the mayor" as framing among plain reports', () => {
    assert.equal(report('The inquiry has dogged the mayor since she took office.'), 'framing');
  });

  it('reads "whose combative style …" as framing', () => {
    assert.equal(
      labelOf('Her remarks were aimed at the mayor, whose combative style has drawn notice.'),
      'framing',
    );
  });
});

describe('segmentation: a wire story code, a bracketed link, a long reporting clause after a question', () => {
  const texts = (body: string) =>
    analyzeArticle(`Headline\n\n${body}`)
      .sentences.slice(1)
      .map((s) => s.text);

  it('keeps "[L4N1N83MN]" with the sentence before it', () => {
    assert.deepEqual(texts('The test was in September. [L4N1N83MN] The army is watching.'), [
      'The test was in September. [L4N1N83MN]',
      'The army is watching.',
    ]);
  });

  it('keeps an editor\'s "[Lee]" inside a quotation with what follows', () => {
    assert.equal(
      texts('Another added: "This is the same bluff. [Lee] has been bluffing us."').length,
      2,
    );
  });

  it('opens a sentence with "(tmsnrt.rs/2k1HAlV)" after a stop', () => {
    assert.deepEqual(
      texts(
        'The period was cut to six weeks. (tmsnrt.rs/2k1HAlV) Adding to the confusion, firms left.',
      ),
      [
        'The period was cut to six weeks.',
        '(tmsnrt.rs/2k1HAlV) Adding to the confusion, firms left.',
      ],
    );
  });

  it('keeps "“…?” Harbour Blue Cross Chief Executive Officer Daniel Hale said." one sentence', () => {
    assert.equal(
      texts(
        '“Will I have a plan next year?” Harbour Blue Cross Chief Executive Officer Daniel Hale said.',
      ).length,
      1,
    );
  });

  it('keeps "“…?” Kennedy asked Stretch." one sentence', () => {
    assert.equal(texts('“Can you trace them all?” Kennedy asked Stretch.').length, 1);
  });
});

describe('a speaker phrase with a day after it, or an article alone (speakerOf)', () => {
  it('gives no speaker "a" to "told by a “very senior member” of the team"', () => {
    const quotes = analyzeArticle(
      'Probe\n\nHale was told by a “very senior member” of the team to call.',
    ).sentences[1]!.quotes;
    assert.notEqual(quotes[0]?.speaker, 'a');
  });

  it('cuts the day from "court records unsealed Friday"', () => {
    const said = speechSpeakersOf(
      'Leak\n\nHale took papers that held “secret information of the state,” according to court records unsealed Friday.',
    );
    assert.ok(said.every((s) => !s?.endsWith('Friday')));
  });
});
