import assert from 'node:assert/strict';
import { speechSpeakersOf as speakersOf } from './helpers/short-article.ts';

// A profile: one walker speaks throughout; the writer names him once in full, then by his hometown.
const PROFILE = `Tully plans his comeback

Sean Tully should never have walked again. He broke his back in a crash last summer. "I was in a lot of pain," says the Dublin man. "I thought my season was over."

He spent three months in a body cast. Physio sessions with Mary Byrne in Cork have helped. "She uses an advanced kind of acupuncture. "The needles go in right beside my spine."`;

describe('speakers of a profile', () => {
  it('takes "the Dublin man" for the person the article is about', () => {
    assert.equal(speakersOf(PROFILE)[0], 'Sean Tully');
  });

  it('gives an untagged quotation to the only person quoted so far', () => {
    assert.deepEqual(speakersOf(PROFILE), ['Sean Tully', 'Sean Tully', 'Sean Tully', 'Sean Tully']);
  });

  it('leaves an untagged quotation unsure once a second person has spoken', () => {
    const two = `Council splits on plan

"We will build it," said Ana Ruiz. "It is needed," Ms Ruiz said. "It is a waste," said Tom Reyes.

The vote is on Monday. Residents have been sent letters. The hall opens at six. Tea will be served. The meeting is open to all. "Nobody asked us."`;
    assert.equal(speakersOf(two).at(-1), null);
  });
});

describe('a speaker beside an outlet named by its web address', () => {
  it('keeps the speaker before a capitalised address ("Halo.Bungie.Org")', () => {
    const text = `Game wins praise

The game was a hit. Claude Errera, editor of fansite Halo.Bungie.Org, said: "They got everything right."`;
    assert.deepEqual(speakersOf(text), ['Claude Errera']);
  });
});

describe('a tennis player named by seeding', () => {
  it('takes "said the top seed" for the player the report is about', () => {
    const text = `Moreau eases into semi-finals

Ana Moreau reached the last four with a 6-1 6-2 win over Lena Berg. "I am happy I am playing so well," said the top seed.`;
    assert.deepEqual(speakersOf(text), ['Ana Moreau']);
  });
});
