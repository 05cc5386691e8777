import assert from 'node:assert/strict';
import { labelOf, labels, quotes } from './helpers/short-article.ts';

describe('a life taken by a disaster (wonThing)', () => {
  it('reads "claimed the lives of 35 people" as an event, not a claim', () => {
    assert.equal(labelOf('Bomb attacks on a market claimed the lives of 35 people.'), 'fact');
  });

  it('reads "The storm claimed three lives" as an event', () => {
    assert.equal(labelOf('The storm claimed three lives on Sunday.'), 'fact');
  });

  it('keeps "claimed his life was in danger" a claim', () => {
    assert.equal(labelOf('The driver claimed his life was in danger.'), 'attributed');
  });
});

describe('an opening mark stuck to the end of the sentence before (openedAtSentenceEnd)', () => {
  const body =
    'Residents took the debris home." A resident had found it on the beach. Nobody thought twice about it," ' +
    'said Mohamed Ibrahim, a councilman.';

  it('finds the quotation that runs from the next sentence to the closing mark', () => {
    assert.deepEqual(
      quotes(body).map((q) => [q.text, q.speaker]),
      [
        ['A resident had found it on the beach.', 'Mohamed Ibrahim'],
        ['Nobody thought twice about it,', 'Mohamed Ibrahim'],
      ],
    );
  });

  it('labels the sentence the mark is stuck to by its own words', () => {
    assert.deepEqual(labels(body), ['fact', 'attributed', 'attributed']);
  });

  it('keeps a closing mark that closes a quotation open before it', () => {
    assert.deepEqual(
      quotes('He said: "We will win." The next day, rain fell," he added.').map((q) => q.text),
      ['We will win.'],
    );
  });
});
