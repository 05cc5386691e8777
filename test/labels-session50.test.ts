import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';
import { labels, speechSpeakersOf } from './helpers/short-article.ts';

const headlineLabel = (article: string) => analyzeArticle(article).sentences[0]!.label;

describe('an office in capitals right after a lower-case body word ("bank Vice-President S. Stanley Katz")', () => {
  it('is the person named after it, the body word the employer', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'ADB\n\nThe bank will open an office in Jakarta, bank Vice-President S. Stanley Katz said.\n\n"We have very large projects," Katz told Reuters.',
      ),
      ['S. Stanley Katz'],
    );
  });

  it('but a name right after the body word still names the body ("the electronics firm Montrose Secam")', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'DEAL\n\nThe electronics firm Montrose Secam was sold.\n\n"It is a good price," Secam said.',
      ),
      ['Secam'],
    );
  });
});

describe('a naval or army rank before a name ("Commodore Mohammed Hoseyn Malekzadegan")', () => {
  it('is a title, no part of the name', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'GULF\n\nCommodore Mohammed Hoseyn Malekzadegan told a news conference Iran was ready.\n\n"We shall confront that move," he said.',
      ),
      ['Mohammed Hoseyn Malekzadegan'],
    );
  });
});

describe('a name whose given name ends in a hyphened syllable in -ing ("Li Ka-shing")', () => {
  it('is read whole, so a later surname alone is that person', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'CHEUNG KONG\n\nThe company expects strong results, chairman Li Ka-shing said.\n\n"1987 should be another year of stability," Li said.',
      ),
      ['Li Ka-shing'],
    );
  });

  it('while a participle after a hyphen still ends a name ("Houston-based")', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'OIL\n\nThe Houston-based Continental Resources grew.\n\n"We are pleased," said John Smith.',
      ),
      ['John Smith'],
    );
  });
});

describe('"X said … and added: “…”" where what X said has a verb of its own', () => {
  it('gives the quotation to X, not to the subject of the reported clause', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'CHINA\n\nVice-Premier Tian Jiyun spoke today.\n\nHe said many people had raised objections to the plan and added: "It is rather complicated."',
      ),
      ['Tian Jiyun'],
    );
  });
});

describe('a wire headline in capitals with its source after a dash, a hyphen or a comma', () => {
  const body = '\n\nPrices fell. Robert Dole said so. The USDA said it. The OECD said it too.';
  for (const headline of [
    'COFFEE PRICES SET TO CONTINUE SLIDE - TRADERS',
    'TRANSATLANTIC ROW IMPERILS LOUVRE ACCORD-DEALERS',
    'NO MAJOR FARM POLICY CHANGES THIS YEAR - DOLE',
    'SOVIET UNION TO IMPORT MORE GRAIN IN 86/87-USDA',
    'JAPAN TRADE SURPLUS WILL GROW AGAIN IN 1987, OECD',
    'U.S. SUGAR POLICY MAY SELF-DESTRUCT, CONGRESSMAN',
    'NO HEAVY COFFEE EXPORT IMPLIED-COLOMBIA OFFICIAL',
  ])
    it(`is attributed: "${headline}"`, () => {
      assert.equal(headlineLabel(headline + body), 'attributed');
    });

  it('is attributed when the source is a name with a hyphen or after a possessive', () => {
    const story =
      '\n\nBank of England Governor Robin Leigh-Pemberton said so. Bundesbank vice-president Helmut Schlesinger agreed.';
    assert.equal(
      headlineLabel('PARIS MEET SET NO TARGETS - LEIGH-PEMBERTON' + story),
      'attributed',
    );
    assert.equal(
      headlineLabel("NO REASON TO CUT RATES - BUNDESBANK'S SCHLESINGER" + story),
      'attributed',
    );
  });

  it('is not attributed to a place listed after a comma ("… GROWTH IN JAPAN, EUROPE")', () => {
    assert.notEqual(
      headlineLabel('FASTER GROWTH NEEDED IN JAPAN, EUROPE\n\nGrowth in Japan and Europe is slow.'),
      'attributed',
    );
  });
});

describe('a wire headline with "LOBBY" after a comma, and a topic listed after one', () => {
  it('reads the lobby as its source', () => {
    assert.equal(
      headlineLabel(
        'U.S. TRADE BILL VERY DANGEROUS FOR CANADA, LOBBY\n\nThe bill would hurt Canada, the Business Council said.',
      ),
      'attributed',
    );
  });

  it('reads no source in "… ARMS CONTROL, TRADE"', () => {
    assert.notEqual(
      headlineLabel('CHIRAC, REAGAN DISCUSS ARMS CONTROL, TRADE\n\nThe two leaders met today.'),
      'attributed',
    );
  });
});

describe("a company's legal form closing a sentence before a name and a finite verb", () => {
  const sentences = (text: string) =>
    analyzeArticle(text).sentences.map((s) => text.slice(s.start, s.end));

  it('ends the sentence ("… Navistar International Corp. Lennox will retire March 31.")', () => {
    assert.deepEqual(
      sentences(
        'NAVISTAR\n\nCotting will succeed Lennox as chairman of Navistar International Corp. Lennox will retire March 31.',
      ).slice(1),
      [
        'Cotting will succeed Lennox as chairman of Navistar International Corp.',
        'Lennox will retire March 31.',
      ],
    );
  });

  it('but not before a title and a name ("… Corp. President Smith said so.")', () => {
    assert.equal(
      sentences('NAVISTAR\n\nHe spoke for Navistar International Corp. President Smith said so.')
        .length,
      2,
    );
  });
});

describe('a description closing on a company whose name ends in a legal form ("A spokesman for Acme Motor Co")', () => {
  it("speaks as described, not as the last two words of the company's name", () => {
    assert.deepEqual(
      speechSpeakersOf('CARS\n\nA spokesman for Acme Motor Co said, "Sales are strong."'),
      ['A spokesman for Acme Motor Co'],
    );
  });

  it('and so does "The chairman of Goodyear Tire and Rubber Co, a concern …"', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'RAIDS\n\nThe chairman of Goodyear Tire and Rubber Co, a concern that survived a bid, charged that "terrorists in suits" are a problem.',
      ),
      ['The chairman of Goodyear Tire and Rubber Co'],
    );
  });
});

describe('a wire headline in capitals whose subject the story writes only as a name', () => {
  const story =
    '\n\nTreasurer Paul Keating said the deficit would fall. George Shultz said so too, and Anglo American said the law was wrong.';

  for (const headline of [
    'KEATING SEES LOWER AUSTRALIAN CURRENT DEFICIT',
    'SHULTZ WELCOMES TOKYO ECONOMIC PACKAGE',
    'ANGLO AMERICAN ATTACKS KEY APARTHEID LAW',
  ])
    it(`reads the name as the source: "${headline}"`, () => {
      assert.equal(headlineLabel(headline + story), 'attributed');
    });

  it('keeps "MAY" a modal though the story names the month ("… in May")', () => {
    assert.equal(
      headlineLabel(
        'HARCOURT DEBENTURES MAY TRIGGER SUIT\n\nHarcourt sold the debentures in May, and holders said they would sue.',
      ),
      'framing',
    );
  });
});

describe('an acronym that a body\'s name spells with its "of" ("the DOT")', () => {
  it("is the body named in full, a country's dotted initials and all", () => {
    assert.deepEqual(
      speechSpeakersOf(
        'TWA\n\nThe U.S. Department of Transportation dismissed the application today.\n\n"We will dismiss it," the DOT said.',
      ),
      ['U.S. Department of Transportation'],
    );
  });
});

describe('a regulator named after its work ("the Government Bank Inspectorate … The Inspectorate")', () => {
  it('speaks under its full name when the story shortens it', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'BANK\n\nA bank stopped payments today, the Government Bank Inspectorate said.\n\nThe Inspectorate statement said: "Payments have been stopped."',
      ),
      ['Government Bank Inspectorate'],
    );
  });
});

describe('a surname the tagger cannot place ("Takako Doi")', () => {
  it('stays the subject that speaks, ahead of her title in the apposition', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'TAX\n\nTakako Doi, Chairwoman of the Japan Socialist Party, said in a speech "The elections are a plebiscite."',
      ),
      ['Takako Doi'],
    );
  });
});

describe('someone not named, described by an adjective and a nationality ("A leading Spanish broker")', () => {
  it('is the "he" of a later tag, past a sentence of fact', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'RATES\n\nA leading Spanish broker said the bank was tightening.\n\nThe index rose 8.3 pct last year.\n\n"Money is tight," he said.',
      ),
      ['A leading Spanish broker'],
    );
  });
});

describe('"quoted" with a participle describing those quoted ("quoted highly placed sources as saying")', () => {
  it('reports their words', () => {
    assert.deepEqual(
      labels(
        'The newspaper yesterday quoted highly placed sources as saying the mines were diverting copper.',
      ),
      ['attributed'],
    );
  });
});

describe('a wire headline whose dash is typed against a name the story writes only as a name', () => {
  it('is attributed ("… SHARE RESPONSIBILITY-WEIZSAECKER")', () => {
    assert.equal(
      headlineLabel(
        'CREDITORS/DEBTORS SHARE RESPONSIBILITY-WEIZSAECKER\n\nDebtors and creditors share the blame, President Richard von Weizsaecker said.',
      ),
      'attributed',
    );
  });

  it('but two names joined by a hyphen name no source ("… TALKS ON IRAN-IRAQ")', () => {
    assert.notEqual(
      headlineLabel(
        'U.N. HOLDS TALKS ON IRAN-IRAQ\n\nThe talks began today, and Iran and Iraq sent envoys.',
      ),
      'attributed',
    );
  });
});

describe('a body named in full before its initials in brackets, cut at its "and" ("… Cooperation and Development (OECD) has called for")', () => {
  it('speaks under its whole name', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'SUBSIDIES\n\nClark said the Organisation of Economic Cooperation and Development (OECD) has called for "reduction of subsidies."',
      ),
      ['Organisation of Economic Cooperation and Development'],
    );
  });
});

describe('a tag verb in the infinitive before its quoted complement ("was likely to continue “at best …”")', () => {
  it('is no tag: the one who noted it speaks', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'BANKER\n\nJohn Medlin spoke today.\n\nMedlin noted that the U.S. economy was likely to continue "at best being sluggish."',
      ),
      ['John Medlin'],
    );
  });
});

describe('a prospect or a need someone sees ("He saw a growing likelihood that …")', () => {
  it('is their view, in any tense and after any subject', () => {
    assert.deepEqual(
      labels(
        'He saw a growing likelihood that other countries would follow. Bankers see little chance for a recovery.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('while seeing a thing stays no report', () => {
    assert.notEqual(labels('We saw the ship in the harbour.')[0], 'attributed');
  });
});

describe('"restated that" and "protested over" (Reuters-21578, round 1473)', () => {
  it('report words', () => {
    assert.deepEqual(
      labels(
        "Lawson restated that the government was keeping the question under review. France today protested over Canada's decision to close its ports.",
      ),
      ['attributed', 'attributed'],
    );
  });

  it('but restated accounts are revised figures', () => {
    assert.notEqual(labels('Alusuisse restated its accounts for five years.')[0], 'attributed');
  });
});

describe('words of blame and agreement the wire uses (Reuters-21578, rounds 1500-1506)', () => {
  it('reads "raps" and "pilloried" as blame in words', () => {
    assert.equal(
      headlineLabel("WHITE HOUSE RAPS DEMOCRATS' BUDGET\n\nThe budget was sent today."),
      'attributed',
    );
    assert.deepEqual(
      labels('A recent report by the OECD pilloried French industry for failing to deliver.'),
      ['attributed'],
    );
  });

  it('reads an attack on a law or a bill as words, and one on a ship as none', () => {
    assert.deepEqual(
      labels(
        'Hong Kong attacked the "textile and apparel trade act of 1987" introduced in Congress. Iraqi jets attacked the tanker in the Gulf.',
      ),
      ['attributed', 'fact'],
    );
  });

  it('reads agreeing with a report as holding its view, and agreeing with a party on terms as a deal', () => {
    assert.deepEqual(
      labels(
        'French economists agreed with the report. Venezuela agreed with its bank advisory committee on a rescheduling.',
      ),
      ['attributed', 'fact'],
    );
  });

  it('reads a figure put "at over" a number as an estimate', () => {
    assert.deepEqual(labels('Trade sources have put the crop at over 26 mln bags.'), [
      'attributed',
    ]);
  });
});

describe('"raps" as the wire\'s verb of blame', () => {
  it('leaves "raping", which the tagger gives the same lemma, a crime and no report', () => {
    assert.deepEqual(labels('Two officers were found guilty of raping a tourist.'), ['fact']);
  });
});

describe('an aide to an office holder whose office is in lower case after its body ("an aide to USDA undersecretary Daniel Amstutz")', () => {
  it('is the aide, not the office holder', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'GRAIN\n\nThe USDA acted today.\n\n"It will be difficult," an aide to USDA undersecretary Daniel Amstutz said.',
      ),
      ['an aide to USDA undersecretary Daniel Amstutz'],
    );
  });
});

describe('a quotation set inside the sentence before "said" and a clause ("The trade paper, citing “…,” said GM plans to …")', () => {
  it("is the sentence subject's, not the clause subject's", () => {
    assert.deepEqual(
      speechSpeakersOf(
        'GM\n\nThe trade paper, citing "sources both within GM and on the outside," said GM plans to build more cars.',
      ),
      ['The trade paper'],
    );
  });
});

describe('"Fed" capitalised inside a sentence ("Miller warns Fed over rates")', () => {
  it('is the Federal Reserve, so the verb before it keeps its object and the headline its source', () => {
    assert.equal(
      headlineLabel(
        'BUDGET CHIEF MILLER WARNS FED ON INTEREST RATES\n\nWhite House budget chief James Miller said the Fed should act.',
      ),
      'attributed',
    );
  });

  it('while "fed" in lower case stays the verb', () => {
    assert.deepEqual(labels('The cattle were fed corn.'), ['fact']);
  });
});

describe('a headline that says "no" and a noun phrase ("MILLER SAYS NO U.S. TAX HIKES TO CUT DEFICIT")', () => {
  it('reports that there is none, as "says no need for …" does', () => {
    assert.equal(
      headlineLabel(
        'MILLER SAYS NO U.S. TAX HIKES TO CUT DEFICIT\n\nJames Miller said there would be no tax hikes.',
      ),
      'attributed',
    );
  });

  it('while "said no to" stays a refusal', () => {
    assert.deepEqual(labels('Voters said no to the plan.'), ['fact']);
  });
});

describe('"acting" before a body\'s name and a title ("acting OPEC Secretary General Fadhil al-Chalabi said")', () => {
  it('opens the title, so the tag names its source', () => {
    assert.deepEqual(
      labels(
        'OPEC has regained its role as price-setter, acting OPEC Secretary General Fadhil al-Chalabi said.',
      ),
      ['attributed'],
    );
  });
});

describe('a wire headline\'s tag after a hyphen glued to dotted initials ("… U.S.-JAPAN TRADE OFFICIALS")', () => {
  it('names no source', () => {
    assert.notEqual(
      headlineLabel('TALKS SET FOR U.S.-JAPAN TRADE OFFICIALS\n\nThe talks will be held in Tokyo.'),
      'attributed',
    );
  });
});
