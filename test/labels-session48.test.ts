import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';
import { labelOf, labels, speechSpeakersOf } from './helpers/short-article.ts';

/** The label of an article's headline. */
const headlineLabel = (article: string) => analyzeArticle(article).sentences[0]!.label;

/** The text of each body sentence of a short article under a one-word headline. */
const bodyTexts = (body: string) => {
  const text = `Headline\n\n${body}`;
  return analyzeArticle(text)
    .sentences.slice(1)
    .map((s) => text.slice(s.start, s.end));
};

describe('"the" and a body\'s name before a person noun ("the Bank of Japan official told Reuters")', () => {
  it('points back to the person introduced with the same body and noun', () => {
    assert.deepEqual(
      speechSpeakersOf(
        [
          'ACCORD STILL IN EFFECT, OFFICIAL SAYS',
          'The seven nations still comply with the accord, a senior Bank of Japan official said.',
          'Treasury Secretary James Baker said on Sunday the accord would be reexamined.',
          '“The market is reacting too much,” the Bank of Japan official told Reuters.',
        ].join('\n\n'),
      ),
      ['a senior Bank of Japan official'],
    );
  });

  it('and so does a body\'s name of two words ("the Finance Ministry official")', () => {
    assert.deepEqual(
      speechSpeakersOf(
        [
          'ACCORD STILL IN EFFECT',
          'A Finance Ministry official said the U.S. would never lower the range.',
          'Treasury Secretary James Baker said on Sunday the accord would be reexamined.',
          '“That is why he said the accord still holds,” the Finance Ministry official said.',
        ].join('\n\n'),
      ),
      ['A Finance Ministry official'],
    );
  });
});

describe('a wire headline whose tag\'s dash is typed against its last word ("… GROWTH -BUNDESBANK")', () => {
  it('is attributed to the body the story has speaking', () => {
    assert.equal(
      headlineLabel(
        'SIGN OF SLOWING IN GERMAN MONEY GROWTH -BUNDESBANK\n\nMoney supply growth slowed in February, the Bundesbank said.',
      ),
      'attributed',
    );
  });

  it('is attributed to a kind of source glued to it by a hyphen ("… OUTLOOK-ANALYSTS")', () => {
    assert.equal(
      headlineLabel(
        'GRAIN REPORTS IMPROVE U.S. FARM OUTLOOK-ANALYSTS\n\nThe reports point to higher prices, analysts said.',
      ),
      'attributed',
    );
  });

  it('stays as it was when the hyphen joins two words of the claim ("NEAR-SUPERCOMPUTERS")', () => {
    assert.equal(
      headlineLabel(
        'COMPETITION TOUGHENS FOR NEAR-SUPERCOMPUTERS\n\nSales of the machines doubled last year, the company said.',
      ),
      'fact',
    );
  });
});

describe('a wire headline closing on a surname after a spaced dash ("… BANDS - LAWSON")', () => {
  it('is attributed when the story names that person in full', () => {
    assert.equal(
      headlineLabel(
        'PARIS MEET AGREED NOT TO PUBLISH BANDS - LAWSON\n\nChancellor of the Exchequer Nigel Lawson said the bands would stay secret.',
      ),
      'attributed',
    );
  });
});

describe('the wire\'s sign-off in lower case closing a paragraph ("… this June. reuter")', () => {
  it('stands apart from the sentence before it, as "REUTER" does', () => {
    assert.deepEqual(bodyTexts('Leaders of the seven meet in Venice this June. reuter'), [
      'Leaders of the seven meet in Venice this June.',
      'reuter',
    ]);
  });

  it('and so after a closing quotation mark', () => {
    assert.deepEqual(
      bodyTexts('He said he did not "see any practical way to resolve this dispute." reuter'),
      ['He said he did not "see any practical way to resolve this dispute."', 'reuter'],
    );
  });

  it('leaves a sentence going on in lower case after an abbreviation whole ("… 5 p.m. reuters time")', () => {
    assert.equal(bodyTexts('The market closed at 5 p.m. reuters time on Friday.').length, 1);
  });
});

describe('a day between a subject and its verb ("The news agency Opecna today issued a statement saying")', () => {
  it('is no part of who speaks', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'OUTPUT BELOW CEILING\n\nThe news agency Opecna today issued a statement saying group output was "well below" its ceiling.',
      ),
      ['Opecna'],
    );
  });

  it('but "Today" in a name stays ("The editor of USA Today")', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'OUTPUT BELOW CEILING\n\nThe editor of USA Today issued a statement saying output was "well below" its ceiling.',
      ),
      ['The editor of USA Today'],
    );
  });
});

describe('"an aide to Agriculture Secretary Richard Lyng said"', () => {
  it('is the aide, not the secretary, and "the aide to Lyng" points back to the aide', () => {
    assert.deepEqual(
      speechSpeakersOf(
        [
          'WHEAT BONUS CALLED DORMANT',
          '"The grain companies are trying to get this fired up again," an aide to Agriculture Secretary Richard Lyng said.',
          'Analysts were more confident that bonus wheat would be offered.',
          '"I just don\'t see any proposal like that going through," the aide to Lyng said.',
        ].join('\n\n'),
      ),
      [
        'an aide to Agriculture Secretary Richard Lyng',
        'an aide to Agriculture Secretary Richard Lyng',
      ],
    );
  });
});

describe('a tag whose subject the copy set off from its verb by a comma (\'"…," director Paolo Azzoni at ABK, told Reuters.\')', () => {
  it('is the subject before the comma, not the one told', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'SHARES RISE\n\n"The result is positive," director Paolo Azzoni at Milan investment bank <ABK Spa>, told Reuters.',
      ),
      ['Paolo Azzoni'],
    );
  });
});

describe('a title closing on a body\'s name before the name ("Hong Kong director of Amnesty International Man-kei Tam")', () => {
  it("is the named person's own title", () => {
    assert.deepEqual(
      speechSpeakersOf(
        'BILL WITHDRAWN\n\n"This announcement cannot change the facts," Hong Kong director of Amnesty International Man-kei Tam said in a statement.',
      ),
      ['Man-kei Tam'],
    );
  });
});

describe('a belief denied with its clause ("one industry source doesn\'t think oil prices will hold")', () => {
  it("is the holder's view, attributed", () => {
    assert.deepEqual(
      labels(
        "But one industry source doesn't think oil prices will hold recent gains. Many market analysts do not believe the rise reflects a major reassessment.",
      ),
      ['attributed', 'attributed'],
    );
  });

  it('but a bare "did not think so" reports no claim', () => {
    assert.equal(labelOf('He did not think so.'), 'fact');
  });
});

describe('"recommended" with what is advised ("The report recommended cutting prices")', () => {
  it('reports the advice', () => {
    assert.deepEqual(
      labels(
        'The panel recommended equity involvement of one or more foreign airlines in the carrier. The commission recommended its findings be passed to state law officers.',
      ),
      ['attributed', 'attributed'],
    );
  });
});

describe('"forecast" after its subject, before what it puts forward ("The study forecast a decline")', () => {
  it('is the verb of the sentence, a forecast someone makes', () => {
    assert.deepEqual(
      labels(
        'The study forecast a decline in Gross Domestic Product growth to 1.75 pct this year. Shell Canada and Norcen Energy forecast improved 1987 earnings in their annual reports.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('stays a noun before "of" ("The IMF forecast of a decline was revised")', () => {
    assert.equal(labelOf('The IMF forecast of a decline in growth was revised.'), 'fact');
  });
});

describe('a subject carrying a participle with an infinitive ("An investor group trying to acquire GenCorp said")', () => {
  it('is the one who said, not the object of the infinitive', () => {
    assert.equal(
      labelOf(
        'An investor group trying to acquire GenCorp Inc said it would move to unseat the board.',
      ),
      'attributed',
    );
  });
});

describe('"in turn" between a subject and its verb ("officials in turn argue …")', () => {
  it('is an adverb, whatever the tagger made of "turn"', () => {
    assert.equal(
      labelOf(
        'Japanese firms and officials in turn argue the flow of cheap chips is due to grey-market sales.',
      ),
      'attributed',
    );
  });
});

describe('"one" and a person noun the wire capitalised after "U.S." ("…, one U.S. Official said")', () => {
  it('stays whole, as "a U.S. Official" does', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'LYNG OPENS TALKS\n\n"If there is anything to offer he would take it with him," one U.S. Official said.',
      ),
      ['one U.S. Official'],
    );
  });
});

describe('"Earl" opening a name before "of" and a firm ("said Earl Johnson of Harris Trust and Savings Bank")', () => {
  it("is a given name: the firm is where he works, no peer's place", () => {
    assert.deepEqual(
      speechSpeakersOf(
        'DOLLAR RECOVERS\n\n"I\'m not convinced the intervention was concerted," said Earl Johnson of Harris Trust and Savings Bank in Chicago.',
      ),
      ['Earl Johnson'],
    );
  });

  it('while a peer keeps the place of the title ("Lord Nicholls of Birkenhead")', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'RULING UPHELD\n\n"The law is clear," said Lord Nicholls of Birkenhead. "It must stand," Lord Nicholls added.',
      ),
      ['Lord Nicholls of Birkenhead', 'Lord Nicholls of Birkenhead'],
    );
  });
});

describe('a stance adjective denied ("Pickens is not convinced that the drilling industry is on the verge …")', () => {
  it('is a stance held, attributed', () => {
    assert.deepEqual(
      labels(
        'But T. Boone Pickens is not convinced that the drilling industry is on the verge of a recovery. But McCarthy is not sure that growth will pick up.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('but a thing not certain is no one\'s stance ("The outcome is not certain.")', () => {
    assert.equal(labelOf('The outcome is not certain.'), 'fact');
  });
});

describe('a forecast of none ("Kohl expected no new initiatives from Venice")', () => {
  it('is a forecast, attributed, where "said no more" reports nothing', () => {
    assert.deepEqual(
      labels('Kohl expected no new initiatives from Venice. The minister said no more.'),
      ['attributed', 'fact'],
    );
  });
});

describe('a country, a firm or a group turning down a charge or a plan ("Kuwait today rejected charges …")', () => {
  it('states its stance, attributed', () => {
    assert.deepEqual(
      labels(
        'The National Wildlife Federation rejected an Interior Department draft plan to open wilderness lands. C and W had earlier rejected a reported proposal which would have given it a five pct share.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('but a bid refused or a measure voted down is an act ("rejected a bid", "The Senate rejected the bill")', () => {
    assert.deepEqual(
      labels(
        'Taft earlier rejected a 145 dlr per share bid from the investment group. The Senate rejected the bill. Voters in Minnesota rejected a ban.',
      ),
      ['fact', 'fact', 'fact'],
    );
  });
});

describe('a firm\'s short name after its full name with a kind word ("Wedge" after "the Wedge Group Inc")', () => {
  it('is given in full, kind word and legal form', () => {
    assert.deepEqual(
      speechSpeakersOf(
        [
          'SHAREHOLDERS MEET',
          'The chairman held discussions with the Wedge Group Inc, the only other large holder.',
          'Wedge, in a filing with the Securities and Exchange Commission, said a restructuring would be "highly desirable and appropriate at this time."',
        ].join('\n\n'),
      ),
      ['Wedge Group Inc'],
    );
  });
});

describe('initials run together opening a sentence before a surname ("G.I. Valentchits, Deputy Trade Minister, told Reuters")', () => {
  it('are the first part of the name a later surname stands for', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'TALKS UNDER WAY\n\nG.I. Valentchits, Deputy Trade Minister at the Soviet embassy, told Reuters a report was incorrect.\n\n"It is the other way round," Valentchits said.',
      ),
      ['G.I. Valentchits'],
    );
  });
});

describe('a name and the firm he works at, whose name holds "and" ("said Kevin Murphy of Morgan Stanley and Co.")', () => {
  it('is the person: the word after "and" closes the firm\'s name', () => {
    assert.deepEqual(
      speechSpeakersOf(
        [
          'LEASES SEEN POSITIVE',
          '"The terms put most of the risk on the manufacturers," said Kevin Murphy of Morgan Stanley and Co.',
          '"I think they want to remain independent," said Dudley Heer of Duff and Phelps.',
        ].join('\n\n'),
      ),
      ['Kevin Murphy', 'Dudley Heer'],
    );
  });
});

describe('a speaker phrase whose day was cut before its possessive ("yesterday\'s G-7 statement, which affirmed that …")', () => {
  it('never opens on the possessive mark', () => {
    const found = speechSpeakersOf(
      'RATES APPROPRIATE\n\nHe said yesterday\'s G-7 statement, which affirmed that "current levels" of exchange rates were appropriate, was clear.',
    );
    assert.equal(found.length, 1);
    assert.doesNotMatch(found[0] ?? '', /^'s/);
  });
});
