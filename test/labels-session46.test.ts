import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';
import { speakers } from './helpers/short-article.ts';

describe('someone not named, described after the verb that tags a quotation ("…," said one dealer at a bank)', () => {
  it('keeps the phrases of place and group, as before the verb', () => {
    assert.deepEqual(
      speakers(
        '“The dollar was trendless today,” said one dealer at a top European bank. “It is a small start,” said an engineer with a U.S. electronics firm in Hong Kong.',
      ),
      [
        'one dealer at a top European bank',
        'an engineer with a U.S. electronics firm in Hong Kong',
      ],
    );
  });

  it('leaves out a time after the description ("said a spokesman for the ministry on Monday")', () => {
    assert.deepEqual(speakers('“It is fine,” said a spokesman for the ministry on Monday.'), [
      'a spokesman for the ministry',
    ]);
  });
});

/** The label of an article's headline, the wire's capitals as sent, over one plain report. */
const headlineLabel = (headline: string) =>
  analyzeArticle(
    `${headline}\n\nThe company said on Monday that it would report its results in May.\n`,
  ).sentences[0]!.label;

describe('"SEEN" in a headline\'s capitals before a state, a degree or a time ("OUTLOOK SEEN FAIRLY BRIGHT")', () => {
  it('is a forecast nobody is said to make: framing', () => {
    assert.deepEqual(
      [
        'GERMAN ECONOMIC OUTLOOK SEEN FAIRLY BRIGHT',
        'BROOKLYN UNION SEEN HURT BY PIPELINE CLOSURE',
        'FARM CREDIT RESCUE BILL SEEN BEFORE EASTER',
        'Dollar Seen Higher Against Yen',
      ].map(headlineLabel),
      ['framing', 'framing', 'framing', 'framing'],
    );
  });

  it('still tells what was seen over a place or by someone', () => {
    assert.deepEqual(['UFO SEEN OVER LONDON', 'MISSING BOY SEEN BY NEIGHBOUR'].map(headlineLabel), [
      'fact',
      'fact',
    ]);
  });
});

describe('a headline in capitals with an abbreviation or a hyphened word ("SENATOR DEFENDS U.S. FARM BILL")', () => {
  it('keeps its verb a verb, so a report stays a report', () => {
    assert.deepEqual(
      [
        'SENATOR DEFENDS U.S. MANDATORY FARM CONTROL BILL',
        'BRAZIL SUGGESTS 60-DAY SHORT-TERM CREDIT EXTENSION',
        'EC WARNS U.S. AND JAPAN ON TRADE TENSIONS',
      ].map(headlineLabel),
      ['attributed', 'attributed', 'attributed'],
    );
  });

  it('still reads an event as a fact', () => {
    assert.equal(headlineLabel('U.S. SENATE PASSES 60-DAY FARM BILL'), 'fact');
  });
});

describe('someone not named, described between a quotation and its verb ("…," a spokesman for a company buying … said)', () => {
  it("is all of the description: a phrase of place or group, or a participle's phrase", () => {
    assert.deepEqual(
      speakers(
        '“Prices are bound to rise,” a spokesman for a company buying on behalf of the Soviet Union said. ' +
          '“It was bad,” a man living near the plant said on Monday.',
      ),
      [
        'a spokesman for a company buying on behalf of the Soviet Union',
        'a man living near the plant',
      ],
    );
  });

  it('still gives a plain tag its plain speaker', () => {
    assert.deepEqual(speakers('“It is fine,” an official told reporters on Monday.'), [
      'an official',
    ]);
  });
});

describe('a relative clause in the subject of a tag after a quotation ("…," a woman who lives near the plant said)', () => {
  it("closes at the next verb, so the tag's own verb still finds its subject", () => {
    assert.deepEqual(
      speakers(
        '“It was bad,” the mayor said. “It was worse,” a woman who lives near the plant said on Monday. ' +
          '“It is over,” a senior official who spoke on condition of anonymity said.',
      ),
      ['the mayor', 'a woman', 'a senior official'],
    );
  });
});
