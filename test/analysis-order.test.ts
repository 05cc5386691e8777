import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';
import { shieldPossessiveEnds } from '../server/analysis/grammar/possessive-ends.ts';

// (names made up for each test: the tagger is shared by every test in the process, and a name another test read
// first would hide the fault)
const reading = (article: string) =>
  JSON.stringify(
    analyzeArticle(article).sentences.map((s) => [s.label, s.quotes.map((q) => q.speaker)]),
  );

describe('analyzeArticle(after other articles)', () => {
  it('reads an article the same whatever the process read before ("… with Quarlesworth’s." first)', () => {
    const article =
      'A speech\n\nMr. Quarlesworth’s speech was long. “This stops right here,” he declared. Senator Brown said of Mr. Quarlesworth’s address: “It was dark.”';
    const before = reading(article);
    analyzeArticle(
      'Another day\n\nShe compared her record with Quarlesworth’s. Voters liked Quarlesworth’s, too.',
    );
    assert.equal(reading(article), before);
    assert.match(before, /"Quarlesworth"/);
  });

  it('and so with a straight apostrophe and a dash after it', () => {
    const article =
      "Talks\n\nMs. Vandermolen's plan was new. “We are ready,” she said. A rival spoke of Ms. Vandermolen's plan.";
    const before = reading(article);
    analyzeArticle("Later\n\nThe plan was Vandermolen's - and the vote was Vandermolen's: a win.");
    assert.equal(reading(article), before);
  });
});

describe('shieldPossessiveEnds(text)', () => {
  it('stands ";" in for a mark glued after a word’s ending, keeping every offset', () => {
    const text = "It was Trump’s. Then Obama's, and Bush’s: all. He’s - no.";
    const shielded = shieldPossessiveEnds(text);
    assert.equal(shielded.length, text.length);
    assert.equal(shielded, "It was Trump’s; Then Obama's; and Bush’s; all. He’s - no.");
  });

  it('leaves marks wink-nlp splits off, and text with no such ending, as they are', () => {
    for (const text of ['“It is Trump’s”', 'Is it Obama’s? Yes!', 'No ending. Here, at all.'])
      assert.equal(shieldPossessiveEnds(text), text);
  });
});
