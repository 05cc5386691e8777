import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';
import type { QuoteCandidates } from '../server/analysis/quotes/speakers/learned/candidates.ts';
import { FEATURES, FEATURE_INDEX } from '../server/analysis/quotes/speakers/learned/features.ts';
import {
  candidateProbabilities,
  parseSpeakerModel,
} from '../server/analysis/quotes/speakers/learned/model.ts';
import { recordSpeakerCandidates } from '../server/analysis/quotes/speakers/learned/record.ts';
import { fitSpeakerModel } from '../eval/train/speakers-fit.ts';
import { SPEAKER_WEIGHTS } from '../server/analysis/quotes/speakers/learned/weights.ts';
import type { Example } from '../eval/train/speakers-examples.ts';

function candidatesOf(...paragraphs: string[]): QuoteCandidates[] {
  let seen: QuoteCandidates[] = [];
  recordSpeakerCandidates((_, quotes) => (seen = quotes));
  try {
    analyzeArticle(['A headline about ferries', ...paragraphs].join('\n\n'));
  } finally {
    recordSpeakerCandidates(null);
  }
  return seen;
}

function vector(on: Partial<Record<(typeof FEATURES)[number], number>>): Float64Array {
  const v = new Float64Array(FEATURES.length);
  for (const [name, x] of Object.entries(on)) v[FEATURE_INDEX[name as keyof typeof on]] = x;
  return v;
}

const allZero = () => Object.fromEntries(FEATURES.map((f) => [f, 0]));

describe('speaker candidates around a speech quotation', () => {
  it('offers the rules’ answer, the person named before the quote and none', () => {
    const [quote] = candidatesOf(
      'Mayor Lena Okafor met the ferry crews on Monday. "Every boat sails again from Friday," Okafor told them.',
    );
    assert.ok(quote);
    const speakers = quote.candidates.map((c) => c.speaker);
    assert.ok(speakers.includes('Lena Okafor'), `got ${speakers.join(', ')}`);
    assert.ok(speakers.includes(null));
    assert.equal(quote.candidates[quote.rule]!.speaker, 'Lena Okafor');
  });

  it('marks the subject of the saying verb and keeps an object of another verb apart', () => {
    const [quote] = candidatesOf(
      'Captain Ivo Marsh carried Dana Fell to the boat on Monday. "The new pier is ready," Marsh said.',
    );
    const byName = (name: string) => quote!.candidates.find((c) => c.speaker === name)!;
    assert.equal(byName('Ivo Marsh').features[FEATURE_INDEX.subjectOfSaying], 1);
    assert.equal(byName('Dana Fell').features[FEATURE_INDEX.subjectOfSaying], 0);
    assert.equal(byName('Dana Fell').features[FEATURE_INDEX.objectOfVerb], 1);
  });

  it('records nothing when no recorder is set (the analysis runs as before)', () => {
    let called = false;
    recordSpeakerCandidates(() => (called = true));
    recordSpeakerCandidates(null);
    analyzeArticle('A headline\n\n"We sail at noon," the captain said.');
    assert.equal(called, false);
  });

  it('leaves the rules’ speakers unscored while run-time scoring is off (apply.ts, SCORE_AT_RUN_TIME)', () => {
    const { sentences } = analyzeArticle(
      'A headline\n\n"We sail at noon," the captain, Ivo Marsh, said. "The tide is with us," he added.',
    );
    const quotes = sentences.flatMap((s) => s.quotes);
    assert.ok(
      quotes.some((q) => q.speaker === 'Ivo Marsh'),
      'the rules found the speaker',
    );
    for (const q of quotes) {
      assert.equal(q.speakerProbability, undefined);
      assert.notEqual(q.speakerBasis, 'learned');
    }
  });
});

describe('parseSpeakerModel', () => {
  it('reads a weight for every feature and a margin', () => {
    const model = parseSpeakerModel({ margin: 0.3, features: { ...allZero(), rulePick: 2 } });
    assert.equal(model.margin, 0.3);
    assert.equal(model.weights[FEATURE_INDEX.rulePick], 2);
  });

  it('rejects weights that are not an object', () => {
    assert.throws(() => parseSpeakerModel(null), /speakers\/learned: weights are not an object/);
  });

  it('rejects a missing feature, naming it', () => {
    const features: Record<string, number> = allZero();
    delete features.closeness;
    assert.throws(() => parseSpeakerModel({ margin: 0, features }), /"closeness"/);
  });

  it('rejects an unknown feature and a margin out of range', () => {
    assert.throws(
      () => parseSpeakerModel({ margin: 0, features: { ...allZero(), shoeSize: 1 } }),
      /unknown feature "shoeSize"/,
    );
    assert.throws(() => parseSpeakerModel({ margin: 2, features: allZero() }), /margin 2/);
  });
});

describe('the speaker model', () => {
  it('gives probabilities that sum to one, highest to the better-scored candidate', () => {
    const w = parseSpeakerModel({ margin: 0, features: { ...allZero(), subjectOfSaying: 3 } });
    const p = candidateProbabilities(w.weights, [
      { speaker: 'A', features: vector({}) },
      { speaker: 'B', features: vector({ subjectOfSaying: 1 }) },
    ]);
    assert.ok(Math.abs(p[0]! + p[1]! - 1) < 1e-9);
    assert.ok(p[1]! > 0.9);
  });

  it('learns from examples to prefer the subject of a saying verb over an object', () => {
    const example: Example = {
      ruleRight: false,
      features: [vector({ objectOfVerb: 1 }), vector({ subjectOfSaying: 1 }), vector({ none: 1 })],
      positive: [false, true, false],
      rule: 0,
    };
    const w = fitSpeakerModel([example, example], FEATURES.length, {
      iterations: 100,
      rate: 1,
      l2: 0.001,
    });
    const p = candidateProbabilities(w, [
      { speaker: 'X', features: vector({ objectOfVerb: 1 }) },
      { speaker: 'Y', features: vector({ subjectOfSaying: 1 }) },
    ]);
    assert.ok(p[1]! > p[0]!);
  });
});

describe('the fitted speaker weights', () => {
  it('load, and rank the full name that says the words over a name talked about', () => {
    const model = parseSpeakerModel(SPEAKER_WEIGHTS);
    const p = candidateProbabilities(model.weights, [
      { speaker: 'Dana Fell', features: vector({ inSentence: 1, oblique: 1, personFull: 1 }) },
      {
        speaker: 'Ivo Marsh',
        features: vector({ inSentence: 1, subjectOfSaying: 1, sameParagraph: 1, personFull: 1 }),
      },
      { speaker: null, features: vector({ none: 1 }) },
    ]);
    assert.ok(p[1]! > p[0]! && p[1]! > p[2]!, `got ${p.join(', ')}`);
  });
});
