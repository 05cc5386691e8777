import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';

// One describing word in an article that otherwise reports is more often description than the writer's judgement.
const REPORT = [
  'The two firms signed the deal on Monday.',
  'The new group will employ 4,000 people.',
  'Its head office will stay in the harbour town.',
  'The competition board will look at the deal in April.',
  'Shares in both firms rose by 3% on the news.',
  'The board is due to rule in May.',
];

function article(...body: string[]) {
  return analyzeArticle(`Harbour store deal agreed\n\n${body.join(' ')}`).sentences.slice(1);
}

const FAMOUS = 'The deal brings together famous stores like Harbour Mart and Quay Books.';

describe('a lone framing word in an article that reports', () => {
  it('leaves the sentence a fact when the word is evaluative or loaded', () => {
    const s = article(...REPORT, FAMOUS);
    assert.deepEqual(
      s.map((x) => x.label),
      [...REPORT.map(() => 'fact'), 'fact'],
    );
    assert.equal(s.at(-1)!.basis, 'fact:lone-cue');
    assert.deepEqual(s.at(-1)!.evidence, []);
  });

  it('is less sure of such a fact than of a clean one', () => {
    const s = article(...REPORT, FAMOUS);
    assert.equal(s.at(-1)!.label, 'fact');
    assert.ok(s.at(-1)!.confidence < s[0]!.confidence);
  });

  it('keeps a lone speculation framing', () => {
    const s = article(...REPORT, 'The merged chain could soon become a takeover target itself.');
    assert.equal(s.at(-1)!.label, 'framing');
  });

  it('keeps a lone grade of how well something was done framing', () => {
    const s = article(...REPORT, 'The new chain opened with a superb launch party in the harbour.');
    assert.equal(s.at(-1)!.label, 'framing');
    assert.match(
      s
        .at(-1)!
        .evidence.map((e) => e.text)
        .join(' '),
      /superb/,
    );
  });

  it('keeps the word framing in a text too short to show that it reports', () => {
    const s = article(REPORT[0]!, FAMOUS);
    assert.equal(s.at(-1)!.label, 'framing');
  });
});

describe('framing words in an opinion piece', () => {
  it('keeps each sentence framing, however few its cues', () => {
    const s = article(
      'This shameful deal is a disaster for every shopper in the town.',
      'The so-called merger is nothing but a cynical grab for power.',
      FAMOUS,
      ...REPORT.slice(0, 3),
    );
    assert.deepEqual(
      s.slice(0, 3).map((x) => x.label),
      ['framing', 'framing', 'framing'],
    );
  });
});

describe('a lone appraisal with no neutral sense (STANDING_APPRAISALS)', () => {
  it('keeps the sentence framing in an article that reports', () => {
    for (const s of [
      'The firm faces fierce competition from its harbour rivals.',
      'Relations between the two boards have been tense for months.',
      'The chain made a desperate bid to keep its shops open.',
    ]) {
      const got = article(...REPORT, s);
      assert.equal(got.at(-1)!.label, 'framing', s);
    }
  });
});
