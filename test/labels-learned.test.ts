import assert from 'node:assert/strict';
import { analyzeArticleFeatures, LABEL_FEATURES } from '../server/analysis/index.ts';
import { fit, probabilities } from '../eval/train/logistic.ts';
import { decide } from '../eval/train/labels-cv.ts';
import { parseTrainArgs } from '../eval/train/labels-args.ts';

// The learned sentence-label model: its features, its fitting code and its decision; every text is our own.

const ARTICLE = [
  'Town opens a second bridge over the river',
  '',
  'A second bridge over the river opened to traffic on Tuesday, two years after work began.',
  'The transport minister said the crossing would halve journey times for commuters.',
  'She added that tolls would not be charged in the first year.',
  'It is surely the finest piece of engineering the region has ever seen.',
].join('\n');

function feature(x: Float64Array | undefined, name: string): number {
  const i = LABEL_FEATURES.findIndex((f) => f.name === name);
  assert.ok(i >= 0, `no feature ${name}`);
  return x?.[i] ?? NaN;
}

describe('label model features', () => {
  it('names every feature once, each with a reason', () => {
    const names = LABEL_FEATURES.map((f) => f.name);
    assert.equal(new Set(names).size, names.length);
    for (const f of LABEL_FEATURES) assert.ok(f.why.length > 10, f.name);
    assert.equal(names[0], 'bias');
  });

  // the fitted weights and any cached vectors follow this order: a feature is appended, never moved or renamed
  it('keeps every feature’s name and place in the vector', () => {
    assert.deepEqual(
      LABEL_FEATURES.map((f) => f.name),
      [
        'bias',
        'rules:attributed',
        'rules:framing',
        'fam:stance',
        'fam:verb',
        'fam:hearsay',
        'fam:view',
        'fam:rumour',
        'fam:publication',
        'fam:agent',
        'fam:talk',
        'fam:headline-tag',
        'fam:stance-adjective',
        'fam:named-quote',
        'fam:block',
        'fam:endorsed',
        'cue:according-to',
        'cue:reportedly',
        'source:named',
        'source:anonymous',
        'speech:share',
        'speech:mostly',
        'report:inside',
        'source-words',
        'frame:evaluative',
        'frame:loaded',
        'frame:intensifier',
        'frame:speculation',
        'frame:scaffolding',
        'frame:generalisation',
        'frame:agentless-passive',
        'frame:question',
        'frame:scare-quote',
        'frame:strength',
        'frame:strong',
        'frame:weak',
        'quote:term',
        'quote:speaker',
        'quote:no-speaker',
        'kind:headline',
        'kind:caption',
        'pos:first',
        'pos:relative',
        'prev:attributed',
        'prev:speech',
        'prev:framing',
        'prev:same-paragraph',
        'next:attributed',
        'next:speech',
        'len:log-words',
        'len:short',
        'num:any',
        'num:count',
        'person:we',
        'person:you',
        'person:i',
        'modal:possible',
        'class:adjective',
        'class:adverb',
        'class:superlative',
        'class:intensifier',
        'class:reporting-verb',
        'class:source-word',
        'class:speech-noun',
        'class:pronoun-start',
        'class:proper-share',
        'punct:question',
        'punct:colon',
        'punct:quote-start',
      ],
    );
  });

  it('gives one vector per sentence, of the declared length, without changing the analysis', () => {
    const { analysis, features } = analyzeArticleFeatures(ARTICLE);
    assert.equal(features.length, analysis.sentences.length);
    for (const x of features) assert.equal(x.length, LABEL_FEATURES.length);
    assert.equal(analysis.sentences.length, 5);
  });

  it('records the reporting verb, the rules’ decision and the carried source of a continuation', () => {
    const { analysis, features } = analyzeArticleFeatures(ARTICLE);
    assert.equal(analysis.sentences[2]!.label, 'attributed');
    assert.equal(feature(features[2], 'fam:verb'), 1);
    assert.equal(feature(features[2], 'rules:attributed'), 1);
    assert.equal(feature(features[3], 'prev:attributed'), 1);
    assert.equal(feature(features[1], 'fam:verb'), 0);
  });

  it('records the kind, the first body sentence, numerals and the framing cues with their weights', () => {
    const { features } = analyzeArticleFeatures(ARTICLE);
    assert.equal(feature(features[0], 'kind:headline'), 1);
    assert.equal(feature(features[1], 'pos:first'), 1);
    assert.equal(feature(features[1], 'num:any'), 0);
    assert.ok(feature(features[4], 'frame:strength') > 0.5);
    assert.equal(feature(features[4], 'class:superlative'), 1);
    assert.equal(feature(features[1], 'frame:strength'), 0);
  });
});

describe('label model fitting (eval/train/logistic.ts)', () => {
  // three classes told apart by which of two features is on
  const xs = [
    [1, 0, 0],
    [1, 1, 0],
    [1, 0, 1],
  ].flatMap((x) => Array.from({ length: 20 }, () => x));
  const ys = [0, 1, 2].flatMap((y) => Array.from({ length: 20 }, () => y));

  it('ranks each clear case’s class first, with probabilities that sum to one', () => {
    const model = fit(xs, ys, 3);
    for (const [x, y] of [
      [[1, 0, 0], 0],
      [[1, 1, 0], 1],
      [[1, 0, 1], 2],
    ] as const) {
      const p = probabilities(model, x);
      assert.ok(Math.abs(p.reduce((a, b) => a + b, 0) - 1) < 1e-9);
      assert.equal(p.indexOf(Math.max(...p)), y);
    }
  });

  it('refuses to fit nothing', () => {
    assert.throws(() => fit([], [], 3), /train: no rows/);
  });
});

describe('label model decision', () => {
  it('keeps the rules’ label unless the model prefers another by more than the margin', () => {
    assert.equal(decide([0.5, 0.3, 0.2], 1, 0.3), 1);
    assert.equal(decide([0.7, 0.2, 0.1], 1, 0.3), 0);
    assert.equal(decide([0.7, 0.2, 0.1], 1, -1), 0);
    assert.equal(decide([0.2, 0.7, 0.1], 1, 0.3), 1);
  });
});

describe('parseTrainArgs(invalid input)', () => {
  it('rejects a round without a directory and unknown flags', () => {
    assert.match((parseTrainArgs(['--round', '9']) as { error: string }).error, /N=DIR/);
    assert.match((parseTrainArgs(['--nope']) as { error: string }).error, /unknown argument/);
    assert.match((parseTrainArgs(['--cache']) as { error: string }).error, /needs a value/);
  });

  it('reads rounds and flags', () => {
    const a = parseTrainArgs(['--round', '12=/tmp/r12', '--write']);
    assert.ok(!('error' in a));
    assert.equal(a.rounds.get(12), '/tmp/r12');
    assert.equal(a.write, true);
  });
});
