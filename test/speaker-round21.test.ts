import assert from 'node:assert/strict';
import { textTokens } from '../server/analysis/grammar/tokens.ts';
import { labels, quotes, speakers } from './helpers/short-article.ts';

describe('speakers(a quotation whose paragraph break was lost)', () => {
  it('ends the open quotation where a sentence opens a new one of the same marks', () => {
    const found = quotes(
      'Ana Ruiz said: "We will ask the council to act. "In the meantime, we will study the plan."',
    );
    assert.deepEqual(
      found.map((q) => [q.text.replace(/^\W+/, '').slice(0, 15), q.speaker]),
      [
        ['We will ask the', 'Ana Ruiz'],
        ['In the meantime', 'Ana Ruiz'],
      ],
    );
  });

  it('still nests a quotation in the other marks inside it', () => {
    const found = quotes('Ana Ruiz said: "People keep asking \'Why now?\' and we answer them."');
    assert.deepEqual(
      found.map((q) => [q.text.includes('Why now?'), q.speaker]),
      [[true, 'Ana Ruiz']],
    );
  });
});

describe('speakers(names the tagger ran together)', () => {
  it('finds the full name of a person named after "ally of" or "friend of"', () => {
    assert.deepEqual(
      speakers(
        'The post went to Ann Lee, a key ally of Graham Moss. Mr Moss said her role would be "central".',
      ),
      ['Graham Moss'],
    );
  });

  it('keeps a web address whole, so the apposition before "told" ends at the right place', () => {
    assert.deepEqual(
      speakers('"Sales are up," Tom Reyes, editor of Gamesworld.com told the BBC.'),
      ['Tom Reyes'],
    );
    assert.deepEqual(
      textTokens('It told News.com.au and bbc.co.uk on Friday.')
        .filter((t) => t.lower.length > 1 && t.lower.includes('.'))
        .map((t) => t.lower),
      ['news.com.au', 'bbc.co.uk'],
    );
  });

  it('cuts a day or month after a preposition off the name after it', () => {
    assert.deepEqual(
      [
        'Tom Reyes chairs the board. On Thursday Mr Reyes said: "We are ready."',
        'Tom Reyes chairs the board. And on Thursday Mr Reyes is saying: "We are ready."',
        'In January Ana Ruiz said: "We are ready."',
      ].flatMap(speakers),
      ['Tom Reyes', 'Tom Reyes', 'Ana Ruiz'],
    );
  });

  it('reads a run of capitals holding "They" or "It" as a title, not a person', () => {
    assert.deepEqual(
      speakers(
        'Tom Reyes criticised shows like the BBC\'s They Think It\'s All Over. "It is just people laughing," said the 74-year-old comedian.',
      ),
      ['Tom Reyes'],
    );
  });
});

describe('labels(verbs of outlining and lambasting)', () => {
  it('reads an outlined view or plan as attributed', () => {
    assert.deepEqual(labels('Ana Ruiz outlined her plans for the harbour.'), ['attributed']);
  });

  it('reads "lambasted" as a source judging, attributed', () => {
    assert.deepEqual(labels('Ana Ruiz lambasted the council for its plans.'), ['attributed']);
  });
});

describe("labels(a judgement inside a claim noun's clause)", () => {
  it('reads a loaded word in "allegations that …" as the allegation\'s, not the writer\'s', () => {
    assert.deepEqual(
      labels(
        'Lawmakers are examining allegations that the firm leaves the state an unfair share of the costs.',
      ),
      ['fact'],
    );
  });

  it("still reads the same word in the writer's own clause as framing", () => {
    assert.deepEqual(labels('The firm leaves the state an unfair share of the costs.'), [
      'framing',
    ]);
  });
});
