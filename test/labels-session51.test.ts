import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';
import { speechSpeakersOf } from './helpers/short-article.ts';
import { textTokens } from '../server/analysis/grammar/tokens.ts';

const headlineLabel = (article: string) => analyzeArticle(article).sentences[0]!.label;

describe('a full name right before "chairman of" a body, with no comma between ("Mike Boswell chairman of Sunshine Mining Co")', () => {
  it('is the person named, so the surname alone later is that person in full', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'SILVER\n\nSilver could reach nine dlrs, Mike Boswell chairman of Sunshine Mining Co told Reuters.\n\n"Inflation is feeding the rally," said Boswell.',
      ),
      ['Mike Boswell'],
    );
  });

  it('while a run before a title that a name follows is still the body ("Sale Sharks director of rugby Philippe Saint-Andre")', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'RUGBY\n\nSale Sharks director of rugby Philippe Saint-Andre was pleased.\n\n"We played well," said Saint-Andre.',
      ),
      ['Philippe Saint-Andre'],
    );
  });
});

describe('a headline where a source "sees no" outcome ("INCO SEES NO MAJOR IMPACT FROM DOW REMOVAL")', () => {
  it('is attributed: a forecast of none is a forecast', () => {
    assert.equal(
      headlineLabel(
        'INCO SEES NO MAJOR IMPACT FROM DOW REMOVAL\n\nInco Ltd said it did not expect its removal from the index to hurt its stock.',
      ),
      'attributed',
    );
  });

  it('while a sight of nothing stays a reported fact ("He saw no one at the door")', () => {
    const a = analyzeArticle(
      'Visit\n\nThe guard said he checked the house.\n\nHe saw no one at the door.',
    );
    assert.equal(a.sentences[2]!.label, 'fact');
  });
});

describe('"the report said" where the article never said whose report it is', () => {
  it('gives the words to the named source of the lead', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'RICE\n\nDemand for rice may reduce surpluses this year, the U.S. Agriculture Department said.\n\n"The United States has recovered a share of the market," the report said.',
      ),
      ['U.S. Agriculture Department'],
    );
  });

  it('and "it said" after "The statement, issued yesterday" to the company the lead quotes', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'FIRST CITY\n\nFirst City Bancorp of Texas Inc said it was talking with several parties.\n\nThe statement, issued yesterday, did not say how close a merger was.\n\n"Several parties have expressed an interest," it said.',
      ),
      ['First City Bancorp of Texas Inc'],
    );
  });

  it('but not to unnamed people the lead quotes ("economic analysts said")', () => {
    const [speaker] = speechSpeakersOf(
      'ECONOMY\n\nThe global economy is expected to weaken this year, economic analysts said.\n\n"The adjustments may take more time," the report said.',
    );
    assert.notEqual(speaker, 'economic analysts');
    assert.match(speaker ?? '', /report/i);
  });
});

describe('a wire headline where a forecast is "SEEN" before a place, a source or a time, or at its end', () => {
  it('is framing: a forecast nobody is said to make ("SMALL RISE SEEN IN U.S. GASOLINE INVENTORIES")', () => {
    for (const headline of [
      'SMALL RISE SEEN IN U.S. GASOLINE INVENTORIES',
      'LIMITED IMPACT SEEN FROM U.S. TAX ACCORD ACTION',
      'MORE AMERICAN BRANDS <AMB> ACQUISITIONS SEEN',
    ])
      assert.equal(
        headlineLabel(`${headline}\n\nThe company said on Monday it would act.`),
        'framing',
        headline,
      );
  });

  it('but not before "BY", which may name who sees ("MERGER SEEN BY 1990")', () => {
    assert.notEqual(
      headlineLabel('MERGER SEEN BY 1990\n\nThe company said on Monday it would act.'),
      'framing',
    );
  });
});

describe('a name the article gave, then where the words were said, before "said" ("Conable in a wide-ranging interview said")', () => {
  it('is the speaker without the occasion', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'CONABLE\n\nWorld Bank President Barber Conable spoke on Monday.\n\nConable in a wide-ranging television interview said "Brazil must come up with a plan."',
      ),
      ['Barber Conable'],
    );
  });
});

describe('a headline where a source "DECLINES COMMENT" ("BAKER DECLINES COMMENT ON VOLCKER REAPPOINTMENT")', () => {
  it('is a fact, as "declined to comment" is: the comment refused is no report', () => {
    assert.equal(
      headlineLabel(
        'BAKER DECLINES COMMENT ON VOLCKER REAPPOINTMENT\n\nTreasury Secretary James Baker declined to comment on Monday.',
      ),
      'fact',
    );
  });

  it('reads "declines" as the verb only before "comment" ("steep declines in prices" stay a noun)', () => {
    const tags = (text: string) => textTokens(text).map((t) => `${t.lower}/${t.pos}`);
    assert.ok(tags('Baker declines comment on Volcker').includes('declines/VERB'));
    assert.ok(tags('Baker declines comment on Volcker').includes('comment/NOUN'));
    assert.ok(!tags('Prices showed steep declines in March').includes('declines/VERB'));
  });
});

describe('a run cut at the "and" of an office before a title ("Japanese Trade and Industry Minister Hajime Tamura")', () => {
  it('is no person, so a later "he" is the minister', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'JAPAN\n\nJapan is disappointed, Japanese Trade and Industry Minister Hajime Tamura said.\n\n"I am deeply concerned," he said.',
      ),
      ['Hajime Tamura'],
    );
  });

  it('while two people joined by "and" each keep their name ("Commerce Secretary Malcolm Baldrige and Defence Secretary Caspar Weinberger")', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'FAIRCHILD\n\nCommerce Secretary Malcolm Baldrige and Defence Secretary Caspar Weinberger fought the sale.\n\n"There have to be exceptions," Baldrige said.',
      ),
      ['Malcolm Baldrige'],
    );
  });
});
