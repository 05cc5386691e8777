import assert from 'node:assert/strict';
import { findQuotes } from '../server/analysis/quotes/quotes.ts';
import { isNameLike, isNickname } from '../server/analysis/quotes/term-shape.ts';
import type { QuoteUnit } from '../server/analysis/quotes/units.ts';
import type { Quote } from '../server/analysis/types.ts';
import { segments } from './helpers/segments.ts';

function only(paragraphs: string[][]): Quote {
  const all = findQuotes(segments(paragraphs)).flat();
  assert.equal(all.length, 1, JSON.stringify(all));
  return all[0]!;
}

describe('isNameLike(text)', () => {
  it('takes a title of several capitalised words for a name', () => {
    assert.equal(isNameLike('The Harbour Lights Festival'), true);
    assert.equal(isNameLike('Parents Against the Closure of Mill Lane School'), true);
  });

  it('does not take a short sentence with one capitalised word for a name', () => {
    assert.equal(isNameLike('That is so sad'), false);
    assert.equal(isNameLike('Nobody Came.'), false);
  });
});

describe('findQuotes(names beside a speaker)', () => {
  it('types a programme named in title case as a term even though its host speaks', () => {
    const q = only([['The mayor spoke at length on "The Morning Round With Dana Vale".']]);
    assert.deepEqual([q.type, q.speaker], ['term', null]);
  });

  it('types an event named after a comma as a term beside the organiser who says something', () => {
    const q = only([
      ['Kerr says her march, "Bring Back Our Buses, Every Single One", was planned for weeks.'],
    ]);
    assert.deepEqual([q.type, q.speaker], ['term', null]);
  });

  it('keeps a title-case phrase that a describing verb gives its subject as speech', () => {
    const q = only([['On Monday the senator described the inquiry as "The Great Swamp Charade".']]);
    assert.equal(q.type, 'speech');
  });
});

describe('findQuotes(a quoted noun before its noun)', () => {
  it('types a quoted compound before the noun it modifies as a term', () => {
    const q = only([
      ['The minister said the deal ends the island\'s "buffer zone" status for good.'],
    ]);
    assert.deepEqual([q.type, q.speaker], ['term', null]);
  });

  it('keeps a quoted adjective before a noun as speech, as it is often a judgement', () => {
    const q = only([['Police said the driver was in a "stable" condition on Sunday.']]);
    assert.equal(q.type, 'speech');
  });

  it('keeps a quotation opening the sentence and interrupted by its speaker as speech', () => {
    const [first] = findQuotes(
      segments([
        [
          '"Our group" lab director Omar Haddad said in a statement "has finished the survey early."',
        ],
      ]),
    ).flat();
    assert.deepEqual([first?.text, first?.type], ['Our group', 'speech']);
  });
});

describe('findQuotes(describing a named object)', () => {
  it('gives "described the raids as a “cowardly act”" to the describer as speech', () => {
    const q = only([['The interior minister described the raids as a "cowardly act" on Friday.']]);
    assert.deepEqual([q.type, q.speaker], ['speech', 'The interior minister']);
  });

  it('reaches a describing verb ten words before "as"', () => {
    const q = only([
      [
        'The ministry described the rebel leader in a statement of last week as a "lasting" threat.',
      ],
    ]);
    assert.deepEqual([q.type, q.speaker], ['speech', 'The ministry']);
  });

  it('still names the thing in "which officials describe as a ‘surge’"', () => {
    const q = only([['It was a change which officials describe as a "surge" in patrols.']]);
    assert.equal(q.type, 'term');
  });
});

describe('findQuotes(describing a thing named by a pronoun)', () => {
  it('keeps "describe it as a “…”" a name, the pronoun pointing back to the thing named', () => {
    const q = only([['Harbour staff describe it as a "swell" in bookings.']]);
    assert.equal(q.type, 'term');
  });
});

describe('findQuotes(a word or two with no speaker)', () => {
  it('types a quoted verb or hyphened word with no speaker as a term, not a clause', () => {
    assert.equal(
      only([['Crews worked overnight to "streamline" the checks at the border.']]).type,
      'term',
    );
    assert.equal(
      only([['The road shut after a "flood-related" collapse near the bridge.']]).type,
      'term',
    );
  });

  it('keeps two words ending in a stop as a sentence of speech', () => {
    const [, second] = findQuotes(segments([['Nobody spoke.', '"It\'s over."']]));
    assert.equal(second?.[0]?.type, 'speech');
  });
});

describe('findQuotes(headlines)', () => {
  it('types a short quotation qualifying the next word of a headline as a term', () => {
    const headline = segments([["Council says tenants must leave 'unsafe' flats by May"]]);
    headline[0]!.kind = 'headline';
    assert.equal(findQuotes(headline).flat()[0]?.type, 'term');
  });

  it("keeps a headline's quoted words at the end of its verb as speech", () => {
    const headline = segments([["Union leader calls pay offer 'an insult'"]]);
    headline[0]!.kind = 'headline';
    assert.equal(findQuotes(headline).flat()[0]?.type, 'speech');
  });
});

describe('findQuotes(a list of sources)', () => {
  it('types the quoted title before a dash, publisher and date as a term', () => {
    const q = only([['"Flood barrier fails its first test" — The Daily Courier, March 3, 2009']]);
    assert.deepEqual([q.type, q.speaker], ['term', null]);
  });

  it('keeps a quoted sentence with a stop before a dash and its speaker as speech', () => {
    const q = only([['"We will stay until the work is done." — Ann Lee, mayor, 2009']]);
    assert.equal(q.type, 'speech');
  });
});

describe('findQuotes(a nickname between names)', () => {
  it('types a capitalised nickname between a given name and a surname as a term', () => {
    const q = only([['The club signed Theodore "Teddy" Okafor, who said he was glad to be back.']]);
    assert.deepEqual([q.text, q.type, q.speaker], ['Teddy', 'term', null]);
  });

  it('does not take a quotation followed by a lower-case word, or with a stop, for a nickname', () => {
    const unit = (text: string): QuoteUnit => ({
      family: 'double',
      depth: 0,
      parts: [],
      openSeg: 0,
      openAt: text.indexOf('"'),
      closeSeg: 0,
      closeAt: text.lastIndexOf('"'),
      continues: null,
      outer: null,
    });
    const fan = 'Fans of Theodore "Teddy" Okafor cheered.';
    assert.equal(isNickname(fan, unit(fan)), true);
    const said = 'Coach Mira Lund "Never Again" said the banner.';
    assert.equal(isNickname(said, unit(said)), false);
    const stop = 'Then Mira "Stop." Lund left.';
    assert.equal(isNickname(stop, unit(stop)), false);
  });
});

describe('findQuotes(a plural possessive inside single quotation marks)', () => {
  it('reads the mark after a plural s as an apostrophe when the next single mark closes', () => {
    const q = only([["Ann Lee spoke. 'The dockers' union will fight this,' she said."]]);
    assert.equal(q.text, "The dockers' union will fight this,");
    const curly = only([
      ['Ann Lee spoke. \u2018The dockers\u2019 union will fight this,\u2019 she said.'],
    ]);
    assert.equal(curly.text, 'The dockers\u2019 union will fight this,');
  });

  it('still closes a quotation on a plural s when the next single mark opens another', () => {
    const texts = findQuotes(segments([["She called them 'cowards' and 'liars' on Monday."]]))
      .flat()
      .map((q) => q.text);
    assert.deepEqual(texts, ['cowards', 'liars']);
  });
});
