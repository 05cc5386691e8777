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
    assert.equal(f['named-in-sentence'], 1);
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

  it('marks a speaker the article names only after "from": a place, not a person', () => {
    const first = 'A farmer from Vila Nova described the night of the flood.';
    const second = '"The water reached the roof."';
    const sentences = [
      sentence(first),
      sentence(second, [speech('The water reached the roof.', second, 'Vila Nova', 'previous')], 1),
    ];
    const f = featuresOf(sentences, 1);
    assert.equal(f['mentions-after-preposition'], 1);
    assert.equal(f['way:carried'], 1);
    assert.ok(f.distance > 0);
  });

  it('counts another given name before the same surname as a namesake, not a title', () => {
    const a = 'Tom Keane and Ruth Keane run the bakery.';
    const b = 'President Keane visited.';
    const c = '"We bake at four," Tom Keane said.';
    const withNamesake = featuresOf(
      [sentence(a), sentence(c, [speech('We bake at four,', c, 'Tom Keane', 'tag:name')], 1)],
      1,
    );
    const withTitle = featuresOf(
      [sentence(b), sentence(c, [speech('We bake at four,', c, 'Tom Keane', 'tag:name')], 1)],
      1,
    );
    assert.equal(withNamesake['shared-surname'], 1);
    assert.equal(withTitle['shared-surname'], 0);
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
