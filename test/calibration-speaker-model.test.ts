import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnalyzedSentence, Quote } from '../server/analysis/index.ts';
import {
  articleContext,
  speakerFeatures,
  SPEAKER_FEATURES,
  type SpeakerFeature,
} from '../server/analysis/quotes/speakers/confidence-features.ts';
import {
  modelConfidence,
  parseSpeakerWeights,
} from '../server/analysis/quotes/speakers/confidence-model.ts';
import { SPEAKER_CONFIDENCE_WEIGHTS } from '../server/analysis/quotes/speakers/confidence-weights.ts';
import { fitLogistic, predict } from '../eval/first-contact/logistic.ts';
import { loadSpeakerRows } from '../eval/first-contact/speaker-rows.ts';

function speech(text: string, sentence: string, speaker: string | null, basis: string): Quote {
  const start = sentence.indexOf(text);
  return { text, start, end: start + text.length, type: 'speech', speaker, speakerBasis: basis };
}

function sentence(text: string, quotes: Quote[] = [], index = 0): AnalyzedSentence {
  return {
    index,
    paragraph: index,
    kind: 'body',
    text,
    start: 0,
    end: text.length,
    label: quotes.length ? 'attributed' : 'fact',
    confidence: 0.9,
    evidence: [],
    quotes,
    sources: [],
  };
}

function featuresOf(sentences: AnalyzedSentence[], at: number): Record<SpeakerFeature, number> {
  const s = sentences[at]!;
  const values = speakerFeatures(s.quotes[0]!, s, articleContext(sentences));
  return Object.fromEntries(SPEAKER_FEATURES.map((f, i) => [f, values[i]!])) as Record<
    SpeakerFeature,
    number
  >;
}

describe('speaker confidence features (speakerFeatures)', () => {
  it('marks a two-word name found by a closing tag as named beside its words', () => {
    const text = '"The ferry will run again in May," Lena Ortiz said.';
    const f = featuresOf(
      [
        sentence(text, [
          speech('The ferry will run again in May,', text, 'Lena Ortiz', 'tag:name'),
        ]),
      ],
      0,
    );
    assert.equal(f['form:pronoun'], 0);
    assert.equal(f['way:tag'], 1);
    assert.equal(f['named-in-quote'], 0);
    assert.equal(f.distance, 0);
  });

  it('marks a speaker whose name is inside the quotation it is given', () => {
    const text = 'Pablo Ruiz said: "Marta Vidal rebuilt the harbour wall by hand."';
    const f = featuresOf(
      [
        sentence(text, [
          speech(
            'Marta Vidal rebuilt the harbour wall by hand.',
            text,
            'Marta Vidal',
            'colon:name',
          ),
        ]),
      ],
      0,
    );
    assert.equal(f['named-in-quote'], 1);
    assert.equal(f['way:other'], 1);
  });

  it('measures how far back a carried speaker was last named', () => {
    const first = 'Nadia Osei opened the new clinic on Monday.';
    const middle = 'It has twelve beds.';
    const last = '"We waited ten years for this."';
    const sentences = [
      sentence(first),
      sentence(middle, [], 1),
      sentence(last, [speech('We waited ten years for this.', last, 'Nadia Osei', 'previous')], 2),
    ];
    const f = featuresOf(sentences, 2);
    assert.equal(f['way:carried'], 1);
    assert.equal(f.distance, Math.log1p(2));
  });

  it('grades the doubt of the article and marks a pronoun in an article in doubt', () => {
    const a = '"Prices will rise," a trader said.';
    const b = '"They already have," she said.';
    const sentences = [
      sentence(a, [speech('Prices will rise,', a, 'a trader', 'tag:phrase')]),
      sentence(b, [speech('They already have,', b, 'Mia Holt', 'tag:pronoun')], 1),
    ];
    const f = featuresOf(sentences, 1);
    assert.equal(f['form:pronoun'], 1);
    assert.equal(f['article-doubt'], 0.5);
    assert.equal(f['pronoun-in-doubt'], 1);
  });
});

describe('logistic regression (fitLogistic)', () => {
  it('ranks the clear case above the unclear one and keeps the raw scale', () => {
    // right when the first feature is on, mostly wrong when the second is
    const xs: number[][] = [];
    const ys: number[] = [];
    for (let i = 0; i < 200; i++) {
      const a = i % 2;
      const b = i % 3 === 0 ? 1 : 0;
      xs.push([a, b, 10 * (i % 5)]);
      ys.push(a === 1 && b === 0 ? 1 : b === 1 ? (i % 7 === 0 ? 1 : 0) : i % 2);
    }
    const model = fitLogistic(xs, ys, { iterations: 500 });
    assert.ok(predict(model, [1, 0, 20]) > 0.8);
    assert.ok(predict(model, [0, 1, 20]) < 0.3);
    assert.ok(model.weights[1]! < 0);
  });

  it('refuses to fit on no examples', () => {
    assert.throws(() => fitLogistic([], []), /logistic: no examples/);
  });
});

describe('first-contact speaker rows (loadSpeakerRows)', () => {
  it('reads a well-formed file and reports a malformed one in one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'byline-rows-'));
    const good = join(dir, 'good.json');
    writeFileSync(
      good,
      JSON.stringify({
        about: 'test',
        features: ['a'],
        rounds: [{ round: 1, rows: [{ key: 'name', right: 1, x: [0.5] }] }],
      }),
    );
    const read = loadSpeakerRows(good);
    assert.ok(typeof read === 'object');
    assert.equal(read.rounds[0]!.rows[0]!.right, 1);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ about: 'test', features: ['a'], rounds: [{ round: 0 }] }));
    assert.match(String(loadSpeakerRows(bad)), /^eval: .*bad\.json: /);
    assert.match(String(loadSpeakerRows(join(dir, 'absent.json'))), /^eval: .*absent\.json: /);
  });
});

describe('the fitted speaker-confidence model (confidence-model.ts)', () => {
  it('loads the shipped weights, one per feature', () => {
    assert.equal(
      parseSpeakerWeights(SPEAKER_CONFIDENCE_WEIGHTS).weights.length,
      SPEAKER_FEATURES.length,
    );
  });

  it('refuses missing or broken weights with an error naming the module and the bad value', () => {
    const good = SPEAKER_CONFIDENCE_WEIGHTS as { bias: number; weights: Record<string, number> };
    assert.throws(() => parseSpeakerWeights(undefined), /speakers\/confidence: weights missing/);
    assert.throws(
      () => parseSpeakerWeights({ ...good, bias: 'high' }),
      /bias is not a number: high/,
    );
    assert.throws(
      () => parseSpeakerWeights({ ...good, weights: { ...good.weights, distance: Number.NaN } }),
      /feature "distance": NaN/,
    );
    assert.throws(
      () => parseSpeakerWeights({ ...good, weights: { ...good.weights, mood: 1 } }),
      /unknown feature "mood"/,
    );
    const { headline: _dropped, ...short } = good.weights;
    assert.throws(() => parseSpeakerWeights({ ...good, weights: short }), /feature "headline"/);
  });

  it('is surer of a full name tagged beside its words than of one word carried from far back', () => {
    const text = '"The bridge opens in June," Omar Haddad said.';
    const tagged = featuresOf(
      [sentence(text, [speech('The bridge opens in June,', text, 'Omar Haddad', 'tag:name')])],
      0,
    );
    const filler = Array.from({ length: 6 }, (_, i) =>
      sentence('The council met again.', [], i + 1),
    );
    const last = '"It will cost more."';
    const far = [
      sentence('Haddad spoke first.'),
      ...filler,
      sentence(last, [speech('It will cost more.', last, 'Haddad', 'previous')], 7),
    ];
    const carried = featuresOf(far, 7);
    const sure = modelConfidence(SPEAKER_FEATURES.map((f) => tagged[f]));
    const unsure = modelConfidence(SPEAKER_FEATURES.map((f) => carried[f]));
    assert.ok(sure >= 0.9, `tagged name ${sure}`);
    assert.ok(unsure < 0.75, `carried word ${unsure}`);
    assert.ok(sure <= 0.99);
  });
});
