import assert from 'node:assert/strict';
import { LABEL_PRIOR, calibratedConfidence } from '../server/analysis/calibration.ts';
import { classifySentence } from '../server/analysis/classify.ts';
import { findFramingCues } from '../server/analysis/framing/framing.ts';
import type { Attribution, Evidence, Segment } from '../server/analysis/types.ts';

const segment = (text: string, kind: Segment['kind'] = 'body'): Segment => ({
  index: 0,
  paragraph: 0,
  kind,
  text,
  start: 0,
  end: text.length,
});
const none: Attribution = { attributed: false, cues: [], sources: [] };
const said = (text: string): Attribution => {
  const start = text.indexOf('said');
  return {
    attributed: true,
    cues: [{ text: 'said', start, end: start + 4, cue: 'reporting-verb' }],
    sources: [],
  };
};
const label = (text: string, attribution: Attribution = none) =>
  classifySentence(segment(text), attribution, findFramingCues(text, []));

describe('classifySentence(segment, attribution, framing)', () => {
  it('labels attribution first, even when the sentence carries loaded words', () => {
    const text = 'Critics said the plan marks a stark departure from a tragic past.';
    const verdict = label(text, said(text));
    assert.equal(verdict.label, 'attributed');
    assert.deepEqual(
      verdict.evidence.map((e) => e.text),
      ['said'],
    );
  });

  it('gives an attribution the writer also frames its own basis, so its confidence is measured apart', () => {
    const plain = 'Officials said the bridge opened on Monday.';
    const framed =
      'Officials said the bridge opened on Monday, a seismic shift that raises profound questions.';
    assert.equal(label(plain, said(plain)).basis, 'attributed:reporting-verb');
    assert.equal(label(framed, said(framed)).basis, 'attributed:framed');
  });

  it('labels an agentless "has been interpreted as" as framing', () => {
    const verdict = label(
      'The affirmation has been interpreted as a tacit endorsement of the policy.',
    );
    assert.equal(verdict.label, 'framing');
    assert.equal(verdict.evidence[0]?.cue, 'agentless-passive');
  });

  it('labels a neutral checkable statement as fact with no evidence', () => {
    const verdict = label('The building was evacuated at 3 p.m. on Tuesday.');
    assert.deepEqual(verdict, {
      label: 'fact',
      confidence: calibratedConfidence('fact', 'fact:clean'),
      basis: 'fact:clean',
      evidence: [],
    });
  });

  it('gives a clean fact of more than 25 words its own basis, rated by its own counts', () => {
    const long = label(
      'The ferry left the northern harbour at dawn on Tuesday with forty passengers, two cars and a load of timber, and it reached the island port of Vell shortly after noon.',
    );
    assert.equal(long.basis, 'fact:long');
    assert.equal(long.confidence, calibratedConfidence('fact', 'fact:long'));
    assert.notEqual(label('The ferry left the harbour at dawn.').basis, 'fact:long');
  });

  it('keeps a sentence with one weak cue a fact, with lower confidence', () => {
    const weak = label('Prices rose very quickly in March.');
    assert.equal(weak.label, 'fact');
    assert.ok(weak.confidence < label('Prices rose in March.').confidence);
  });

  it('gives a strong cue more confidence than a single speculative one', () => {
    const strong = label('At the heart of the dispute lies a perilous and unprecedented standoff.');
    const single = label('The deployment could provoke violence.');
    assert.equal(strong.label, 'framing');
    assert.equal(single.label, 'framing');
    assert.ok(strong.confidence > single.confidence);
  });

  it('does not let valenced nouns that name charges make a sentence framing', () => {
    const verdict = label('Both parents faced counts of torture, child abuse and cruelty.');
    assert.equal(verdict.label, 'fact');
  });

  it('shows only the deciding words when strong cues decide in a narrating sentence', () => {
    const verdict = label(
      'The deployment, which followed the riots, could provoke violence and marks a stark departure.',
    );
    assert.equal(verdict.label, 'framing');
    assert.deepEqual(
      verdict.evidence.map((e) => e.text),
      ['could provoke', 'marks a stark departure'],
    );
  });

  it('labels a question that implies its answer as framing, but not a bare question', () => {
    assert.equal(label('Why should taxpayers pay for a bridge nobody uses?').label, 'framing');
    assert.equal(label('How did the bridge fall?').label, 'fact');
  });

  it('frames the writer’s own forecast beside figures, and a loaded word there, as anywhere', () => {
    assert.equal(label('The deficit could reach 4% of output next year.').label, 'framing');
    assert.equal(label('The deficit could reach new heights next year.').label, 'framing');
    assert.equal(label('The staggering deficit reached 4% of output.').label, 'framing');
  });

  it('needs more than a hedge to frame a sentence with figures where words report', () => {
    const reporting: Attribution = { ...none, sourceWords: true };
    assert.equal(
      label('The deficit could reach 4% of output, the listed figures show.', reporting).label,
      'fact',
    );
  });

  it('reads a valenced verb in a present-tense headline as a reported event, not the writer’s charge', () => {
    const text = 'Fire destroys harbour warehouse';
    const cues = findFramingCues(text, []);
    assert.equal(classifySentence(segment(text, 'headline'), none, cues).label, 'fact');
    assert.equal(classifySentence(segment(text), none, cues).label, 'framing');
  });

  it('keeps every confidence within 0..1', () => {
    const cues: Evidence[] = Array.from({ length: 12 }, (_, i) => ({
      text: 'x',
      start: i,
      end: i + 1,
      cue: 'scaffolding',
    }));
    for (const framing of [[], cues]) {
      for (const attribution of [none, said('x said')]) {
        const { confidence } = classifySentence(segment('x said'), attribution, framing);
        assert.ok(confidence >= 0 && confidence <= 1, String(confidence));
      }
    }
  });

  it('labels a headline by the same rules, and rates its fact apart (fact:marked)', () => {
    const verdict = classifySentence(segment('Bridge reopens after repairs', 'headline'), none, []);
    assert.equal(verdict.label, 'fact');
    assert.equal(verdict.basis, 'fact:marked');
    const body = classifySentence(segment('Bridge reopens after repairs', 'body'), none, []);
    assert.equal(body.basis, 'fact:clean');
  });

  it('states a calibrated confidence: a basis often wrong on first contact is less sure than one seldom wrong', () => {
    const quoted = calibratedConfidence('attributed', 'attributed:speech-quote');
    const guess = calibratedConfidence('framing', 'framing:isolated');
    const hidden = calibratedConfidence('fact', 'fact:source-words');
    assert.ok(quoted > 0.95 && quoted < 1);
    assert.ok(guess < 0.5 && guess < hidden);
    assert.ok(hidden < calibratedConfidence('fact', 'fact:clean'));
    // an unmeasured basis falls back on its label's prior
    assert.equal(calibratedConfidence('framing', 'framing:never-seen'), LABEL_PRIOR.framing);
    assert.equal(
      calibratedConfidence('attributed', 'attributed:never-seen'),
      LABEL_PRIOR.attributed,
    );
  });
});
