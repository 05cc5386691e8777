import assert from 'node:assert/strict';
import { heldOutJudged, type Judged } from '../eval/calibration.ts';
import { bases } from './helpers/short-article.ts';
import { MIN_CONFIDENCE } from '../server/quiz/confidence.ts';
import {
  LABEL_PRIOR,
  OTHER_VERB,
  SURE,
  basisOf,
  calibratedConfidence,
  smoothedConfidence,
} from '../server/analysis/calibration.ts';

describe('confidence bases that mark where a label is less sure', () => {
  it('gives a fact holding a word that often reports its own basis ("the site listed")', () => {
    assert.deepEqual(
      bases(
        'The bridge reopened on Monday. The tracking site listed no ships in the bay for a month.',
      ),
      ['fact:clean', 'fact:source-words'],
    );
  });

  it('tells a report that opens the sentence from one after another verb ("… urged the judge to …")', () => {
    assert.deepEqual(
      bases(
        'Police spokesman Tom Reyes said the road would reopen. A panel is studying the plan, and the council urged Judge Ana Ruiz to wait for its report.',
      ),
      ['attributed:named-source', 'attributed:inside'],
    );
  });

  it('gives a closing tag the basis of a report up front ("…, officials said.")', () => {
    assert.deepEqual(
      bases('The ferry service has been suspended for a week, port officials said.'),
      ['attributed:reporting-verb'],
    );
  });

  it('gives a few quoted words without any other report cue the basis of a fragment', () => {
    const quote = { text: 'Pat', start: 30, end: 33, cue: 'speech-quote' as const };
    const verb = { text: 'said', start: 10, end: 14, cue: 'reporting-verb' as const };
    assert.equal(basisOf('attributed', [quote], { length: 90 }), 'attributed:fragment');
    assert.equal(basisOf('attributed', [verb, quote], { length: 90 }), 'attributed:speech-quote');
    assert.equal(basisOf('attributed', [quote], { length: 5 }), 'attributed:speech-quote');
  });
});

describe('a report decided by a verb, rated apart by the verb (byVerb)', () => {
  const source = { text: 'Ana Ruiz', start: 0, end: 8, cue: 'named-source' as const };
  const verb = (text: string, start = 9) => ({
    text,
    start,
    end: start + text.length,
    cue: 'reporting-verb' as const,
  });

  it('keeps a plain "said" or "told" as it was, and marks any other verb ("called", "asked")', () => {
    assert.equal(basisOf('attributed', [source, verb('said')]), 'attributed:named-source');
    assert.equal(basisOf('attributed', [source, verb('told')]), 'attributed:named-source');
    assert.equal(
      basisOf('attributed', [source, verb('called')]),
      `attributed:named-source${OTHER_VERB}`,
    );
    assert.equal(basisOf('attributed', [verb('was said to')]), 'attributed:reporting-verb');
    assert.equal(basisOf('attributed', [verb('asked')]), `attributed:reporting-verb${OTHER_VERB}`);
    assert.equal(
      basisOf('attributed', [source, verb('announced')], { nearCues: true }),
      `attributed:framed${OTHER_VERB}`,
    );
  });

  it('counts any verb before a that-clause or a quotation as reporting words, as "said" does', () => {
    const text = 'Ana Ruiz stated that the line would close, and noted: "We will reopen it."';
    const at = (word: string) => verb(word, text.indexOf(word));
    assert.equal(
      basisOf('attributed', [source, at('stated')], { text }),
      'attributed:named-source',
    );
    assert.equal(basisOf('attributed', [at('noted')], { text }), 'attributed:reporting-verb');
    // an act with an object stays apart: "called a new meeting"
    const act = 'Ana Ruiz called a new meeting.';
    assert.equal(
      basisOf('attributed', [source, verb('called')], { text: act }),
      `attributed:named-source${OTHER_VERB}`,
    );
  });

  it('reads the first verb of the sentence ("planned …, and said" goes by "planned")', () => {
    assert.equal(
      basisOf('attributed', [source, verb('said', 40), verb('planned', 9)]),
      `attributed:named-source${OTHER_VERB}`,
    );
  });

  it('is surer of a source that said something than of one that called or planned something', () => {
    const said = calibratedConfidence('attributed', 'attributed:named-source');
    const called = calibratedConfidence('attributed', `attributed:named-source${OTHER_VERB}`);
    assert.ok(said >= 0.9 && called < 0.9, `${said} ${called}`);
  });

  it('gives a sentence the analyzer reads as a report with "said" the plain basis', () => {
    assert.deepEqual(bases('Mayor Ana Ruiz said the new bus line would open in May.'), [
      'attributed:named-source',
    ]);
  });
});

describe('smoothedConfidence(n, right, prior)', () => {
  it('gives a share its smoothed value, at most 0.99', () => {
    assert.equal(smoothedConfidence(449, 440, 0.86), 0.98);
    assert.equal(smoothedConfidence(500, 500, 0.88), 0.99);
    assert.equal(smoothedConfidence(100, 87, 0.88), 0.87);
  });

  it('keeps a share under 0.9 unless its counts make it sure: 29 of 32 is no promise, 10 of 10 is', () => {
    assert.equal(smoothedConfidence(32, 29, 0.88), SURE - 0.01);
    assert.ok(smoothedConfidence(10, 10, 0.88) >= SURE);
    assert.equal(smoothedConfidence(1, 1, 0.88), SURE - 0.01);
    // a share already under 0.9 keeps its value
    assert.equal(smoothedConfidence(65, 47, 0.88), 0.73);
  });
});

describe('calibratedConfidence(label, basis) of framing in an opinion piece', () => {
  it('keeps a basis rated only by counts on the gold below SURE, in the order of its counts, and above the quiz floor', () => {
    // the gold's counts are the sentences these rules were tuned on: 7 of 7 there is no promise on a fresh piece
    const loaded = calibratedConfidence('framing', 'framing:loaded');
    const speculation = calibratedConfidence('framing', 'framing:speculation');
    assert.ok(loaded < SURE && calibratedConfidence('framing', 'framing:evaluative') < SURE);
    assert.ok(speculation < loaded);
    assert.ok(speculation >= MIN_CONFIDENCE);
  });
});

describe('heldOutJudged(judged)', () => {
  const j = (basis: string, correct: boolean, round: number): Judged => ({
    basis,
    correct,
    round,
    confidence: 0,
  });

  it("rates each round's sentences by counts from the other rounds only, with the analyzer's smoothing", () => {
    const judged = [
      j('fact:clean', true, 0),
      j('fact:clean', false, 1),
      j('fact:clean', true, 2),
      j('fact:clean', true, 2),
    ];
    const held = heldOutJudged(judged);
    // round 1 sees the three other sentences, all right; round 2 sees two, one right
    const prior = (right: number, n: number) => Math.min(right / n, LABEL_PRIOR.fact);
    assert.deepEqual(
      held.map((h) => [h.round, h.confidence]),
      [
        [1, smoothedConfidence(3, 3, prior(3, 3))],
        [2, smoothedConfidence(2, 1, prior(1, 2))],
        [2, smoothedConfidence(2, 1, prior(1, 2))],
      ],
    );
    assert.ok(held[0]!.confidence > held[1]!.confidence);
  });

  it('leaves out sentences outside the pool (round 0)', () => {
    assert.equal(heldOutJudged([j('fact:clean', true, 0)]).length, 0);
  });
});
