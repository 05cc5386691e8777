import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { findQuotes } from '../server/analysis/quotes/quotes.ts';
import { segmentArticle } from '../server/analysis/segment/segment.ts';
import type { Quote } from '../server/analysis/types.ts';
import { segments } from './helpers/segments.ts';

function quotesOf(paragraphs: string[][]): Quote[][] {
  const segs = segments(paragraphs);
  const quotes = findQuotes(segs);
  quotes.forEach((list, i) =>
    list.forEach((q) => assert.equal(segs[i]!.text.slice(q.start, q.end), q.text)),
  );
  return quotes;
}

function only(paragraphs: string[][]): Quote {
  const all = quotesOf(paragraphs).flat();
  assert.equal(all.length, 1, JSON.stringify(all));
  return all[0]!;
}

describe('findQuotes(apostrophes)', () => {
  it('treats the apostrophe in Trump’s and we’d as no quote mark', () => {
    assert.deepEqual(quotesOf([["Trump’s plan is what we’d expect from Trump's team."]]), [[]]);
  });

  it("treats '90s and a plural possessive as no quote marks", () => {
    assert.deepEqual(quotesOf([["Music of the '90s filled the protesters’ camp."]]), [[]]);
  });
});

describe('findQuotes(types)', () => {
  it('types ‘surge’ after "describe as a" as a term quote owned by the describing source', () => {
    const q = only([
      [
        'This approach, which U.S. officials describe as a ‘surge’ in intelligence-sharing, has been opposed.',
      ],
    ]);
    assert.deepEqual([q.text, q.type, q.speaker], ['surge', 'term', 'U.S. officials']);
  });

  it('types a label after "classified … as a" as a term with no speaker', () => {
    const q = only([
      ['Fentanyl is now classified by the White House as a ‘weapon of mass destruction’'],
    ]);
    assert.deepEqual([q.text, q.type, q.speaker], ['weapon of mass destruction', 'term', null]);
  });

  it('types a quote after "so-called" as a term', () => {
    assert.equal(only([['The so-called "peace dividend" never came.']]).type, 'term');
  });

  it('types a programme name in quotes as a term', () => {
    const q = only([['The school\'s "Learning Together" programme began in 2019.']]);
    assert.deepEqual([q.text, q.type, q.speaker], ['Learning Together', 'term', null]);
  });

  it('types a fragment after "stating that" as speech by the sentence subject', () => {
    const q = only([
      [
        'Trump, in a recent appearance on *Fox News*, defended the escalation, stating that the U.S. has ‘knocked out 97 percent of the drugs coming in by water’ and is shifting focus.',
      ],
    ]);
    assert.deepEqual(
      [q.text, q.type, q.speaker],
      ['knocked out 97 percent of the drugs coming in by water', 'speech', 'Trump'],
    );
  });

  it('types one-word quotes in a headline after "says he" as the president\'s words', () => {
    const quotes = quotesOf([
      ["President Trump says he 'can' and 'may' put US into state of emergency"],
    ])[0]!;
    assert.deepEqual(
      quotes.map((q) => [q.text, q.type, q.speaker]),
      [
        ['can', 'speech', 'Trump'],
        ['may', 'speech', 'Trump'],
      ],
    );
  });
});

describe('findQuotes(speakers)', () => {
  it('strips a title and a team before the name ("Wynnum coach Matt Myers said")', () => {
    assert.equal(
      only([['"It\'s a better performance than last week", Wynnum coach Matt Myers said.']])
        .speaker,
      'Matt Myers',
    );
  });

  it('reads an inverted tag ("said Santa Barbara County Sheriff Bill Brown")', () => {
    const q = only([
      [
        '"This is probably the worst-case scenario you can have," said Santa Barbara County Sheriff Bill Brown.',
      ],
    ]);
    assert.equal(q.speaker, 'Bill Brown');
  });

  it('gives a bare surname the fullest form seen in the article ("Myers said" → "Matt Myers")', () => {
    const quotes = quotesOf([
      ['Wynnum coach Matt Myers was upbeat.'],
      ['"We turned the momentum around", Myers said.'],
    ]);
    assert.equal(quotes[1]![0]!.speaker, 'Matt Myers');
  });

  it('links "he declared" to the last named speaker', () => {
    const quotes = quotesOf([
      [
        'President Donald Trump wants troops in Mexico.',
        'Mexican President Claudia Sheinbaum rejected the plan.',
        'Trump, in a recent interview, defended the escalation.',
        '‘We are going to start now hitting land,’ he declared.',
      ],
    ]);
    assert.equal(quotes[3]![0]!.speaker, 'Donald Trump');
  });

  it('resolves "she said" to the woman a possessive "her" was used for, not to men named after her', () => {
    const quotes = quotesOf([
      [
        'Mary Smith, who lost her job, met officers John Brown and Peter Green.',
        '"It was awful for all of us," she said.',
      ],
    ]);
    assert.equal(quotes[1]![0]!.speaker, 'Mary Smith');
  });

  it('takes the speaker of a colon introduction ("Sheinbaum said: ‘…’")', () => {
    assert.equal(
      only([['Claudia Sheinbaum said: ‘Mexico always says that this is not necessary.’']]).speaker,
      'Claudia Sheinbaum',
    );
  });

  it('takes the speaker from "according to X"', () => {
    const q = only([
      ['Sales went up in a "sharp increase" last week, according to a Woolworths spokesperson.'],
    ]);
    assert.deepEqual([q.type, q.speaker], ['speech', 'a Woolworths spokesperson']);
  });

  it('takes the owner of a possessive speech noun ("Jordan’s assertion that ‘…’")', () => {
    const q = only([
      [
        'Jordan’s assertion that the president ‘could make his case, and we’d go from there’ was noticed.',
      ],
    ]);
    assert.equal(q.speaker, 'Jordan');
  });

  it('leaves the speaker null when the article does not say who spoke', () => {
    const q = only([
      ['The banner at the gate read "we will never give up on this town" in large letters.'],
    ]);
    assert.deepEqual([q.type, q.speaker], ['speech', null]);
  });
});

describe('findQuotes(multi-sentence quotations)', () => {
  it('gives each sentence its part of a quotation split at its own sentence ends, with one speaker', () => {
    const quotes = quotesOf([
      [
        '"She\'s just doing this to break the movement.',
        'A lot of people think that," said a protester using the pseudonym Katya.',
      ],
    ]);
    assert.deepEqual(
      quotes.map((list) => list.map((q) => [q.text, q.speaker])),
      [
        [["She's just doing this to break the movement.", 'Katya']],
        [['A lot of people think that,', 'Katya']],
      ],
    );
  });

  it('keeps the speaker for a paragraph that reopens an unclosed quotation', () => {
    const quotes = quotesOf([
      ['Sheriff Bill Brown said: "We searched all night.'],
      ['"We will search again tomorrow."'],
    ]);
    assert.deepEqual(
      quotes.map((list) => list.map((q) => [q.text, q.speaker])),
      [
        [['We searched all night.', 'Bill Brown']],
        [['We will search again tomorrow.', 'Bill Brown']],
      ],
    );
  });

  it('gives a paragraph that is only a quotation the previous paragraph’s speaker', () => {
    const quotes = quotesOf([
      ['Carrie Lam said: "The bill will be withdrawn."'],
      ['"We have listened to the people."'],
    ]);
    assert.equal(quotes[1]![0]!.speaker, 'Carrie Lam');
  });

  it('gives a following quote sentence of the same paragraph the previous speaker', () => {
    const quotes = quotesOf([
      ['"It was a good start," Kidston said.', '"Then we made a couple of mistakes."'],
    ]);
    assert.equal(quotes[1]![0]!.speaker, 'Kidston');
  });

  it('keeps a quote nested in another as part of it, with no entry of its own', () => {
    const quotes = quotesOf([['"He called it \'a disaster\' before the vote," Pelosi said.']])[0]!;
    assert.deepEqual(
      quotes.map((q) => q.text),
      ["He called it 'a disaster' before the vote,"],
    );
    assert.equal(quotes[0]!.speaker, 'Pelosi');
  });
});

describe('findQuotes(seed article)', () => {
  it('types every quote of the seed article and names a speaker for each speech quote', () => {
    const text = readFileSync(
      new URL('../content/000_01eb33c84de12762.txt', import.meta.url),
      'utf8',
    );
    const quotes = findQuotes(segmentArticle(text)).flat();
    const speech = quotes.filter((q) => q.type === 'speech');
    assert.deepEqual(
      speech.map((q) => q.speaker),
      [
        'Claudia Sheinbaum',
        'Donald Trump',
        'Donald Trump',
        'Donald Trump',
        'Jim Jordan',
        'Brian Mast',
        'Trump administration',
      ],
    );
    assert.deepEqual(
      quotes.filter((q) => q.type === 'term').map((q) => q.text.replace(/[.,]$/, '')),
      [
        'weapon of mass destruction',
        'weapon of mass destruction',
        'surge',
        'weapon of mass destruction',
        'foreign terrorist organizations',
        'weapon of mass destruction',
      ],
    );
  });
});

describe('findQuotes(plural speakers)', () => {
  it('links "they said" to the body last found speaking', () => {
    const quotes = quotesOf([
      [
        'Thames Valley Police said two men had been arrested.',
        '"We are still looking for the toilet," they said.',
      ],
    ]);
    assert.equal(quotes[1]![0]!.speaker, 'Thames Valley Police');
  });
});

describe('findQuotes(tags with appositives)', () => {
  it('reads a tag with an appositive or an age between name and verb', () => {
    const quotes = quotesOf([
      ['"We are very pleased," Anna Berg, the chief executive of Nordbank, said on Monday.'],
      ['"Nobody expected this," Berg, 52, added.'],
    ]);
    assert.deepEqual(
      quotes.map((list) => list[0]!.speaker),
      ['Anna Berg', 'Anna Berg'],
    );
  });

  it('does not take a speaker from a later clause ("…, while ALDI … called it")', () => {
    const q = quotesOf([
      [
        'Coles called the demand "unprecedented", while ALDI, in a post on Tuesday, called it "unexpected".',
      ],
    ])[0]!;
    assert.deepEqual(
      q.map((x) => x.speaker),
      ['Coles', 'ALDI'],
    );
  });
});
