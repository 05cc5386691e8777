import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';

// BBC-style headlines drop the "says": the quotation marks alone tell the reader the predicate is someone's words.
function headline(text: string) {
  return analyzeArticle(text).sentences[0]!;
}

describe('a headline whose predicate is quoted', () => {
  it('is attributed, its quotation speech, when the quoted words are the verb', () => {
    const h = headline(
      `Harbour firm 'defies council'\n\nThe Harbour Ferry Company said on Monday it would keep sailing.`,
    );
    assert.equal(h.label, 'attributed');
    assert.deepEqual(
      h.quotes.map((q) => q.type),
      ['speech'],
    );
  });

  it('is attributed when the quoted words are a complement after the subject, with or without a copula', () => {
    for (const title of [
      `Bridge plan is 'costly folly'`,
      `Ferry timetable 'too slow'`,
      `Town library 'closing'`,
    ])
      assert.equal(headline(`${title}\n\nThe council met on Tuesday.`).label, 'attributed', title);
  });

  it('takes the speaker of the same words quoted in the body', () => {
    const h = headline(
      `Museum plan 'a costly mistake'\n\nThe new museum opens in May. The plan has been called "a costly mistake" by Ana Ruiz, who leads the opposition.`,
    );
    assert.equal(h.quotes[0]!.speaker, 'Ana Ruiz');
  });

  it('takes whoever the lead reports when the body does not repeat the words', () => {
    const h = headline(
      `Ferry fares 'to rise in spring'\n\nTickets on the island ferry will cost more from April, Transport Minister Tom Hale has said.`,
    );
    assert.equal(h.quotes[0]!.speaker, 'Tom Hale');
  });
});

describe('a headline quotation that is not its predicate', () => {
  it('stays a term after the writer’s own verb', () => {
    const h = headline(`Council bans 'selfie sticks' at the pier\n\nThe ban starts in June.`);
    assert.equal(h.label, 'fact');
    assert.deepEqual(
      h.quotes.map((q) => q.type),
      ['term'],
    );
  });

  it('stays a term when it qualifies the noun after it or names the subject', () => {
    for (const title of [
      `Council unveils 'park and ride' buses`,
      `'Green corridor' opens to cyclists`,
    ])
      assert.deepEqual(
        headline(`${title}\n\nThe scheme starts in June.`).quotes.map((q) => q.type),
        ['term'],
        title,
      );
  });

  it('stays a term when a preposition stands before it', () => {
    const h = headline(`Row over harbour 'eyesore'\n\nThe new crane was put up in May.`);
    assert.deepEqual(
      h.quotes.map((q) => q.type),
      ['term'],
    );
  });
});
