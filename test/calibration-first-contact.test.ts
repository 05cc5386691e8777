import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnalyzedSentence, Evidence, Label } from '../server/analysis/index.ts';
import {
  speakerConfidenceFrom,
  speakerForm,
} from '../server/analysis/quotes/speakers/confidence.ts';
import { heldOutFirstContact, priorRoundsJudged, rateLabel } from '../eval/first-contact/lines.ts';
import { mappedBasis } from '../eval/first-contact/map.ts';
import { parseReplayArgs, roundSource } from '../eval/first-contact/args.ts';
import { labelPrior } from '../server/analysis/calibration.ts';
import { roundTableLines } from '../eval/calibration.ts';
import { loadFirstContact, summed, type RoundRecord } from '../eval/first-contact/record.ts';
import { tallyArticle } from '../eval/first-contact/tally.ts';

function sentence(
  text: string,
  label: Label,
  basis: string,
  evidence: Evidence[] = [],
): AnalyzedSentence {
  return {
    index: 0,
    paragraph: 0,
    kind: 'body',
    text,
    start: 0,
    end: text.length,
    label,
    confidence: 0.5,
    basis,
    evidence,
    quotes: [],
    sources: [],
  };
}

describe("first contact: bases by today's rules (mappedBasis)", () => {
  const text = 'The site listed the ship as missing.';

  it("takes today's basis where today's analyzer gives the old label", () => {
    const old = sentence(text, 'fact', 'fact');
    assert.equal(mappedBasis(old, sentence(text, 'fact', 'fact:long'), false), 'fact:long');
  });

  it("counts an old fact that today's rules report as a fact holding source words, one they frame as near", () => {
    const old = sentence(text, 'fact', 'fact');
    assert.equal(
      mappedBasis(old, sentence(text, 'attributed', 'attributed:reporting-verb'), false),
      'fact:source-words',
    );
    assert.equal(mappedBasis(old, sentence(text, 'framing', 'framing:loaded'), false), 'fact:near');
  });

  it('keeps a fact where the old analyzer put it when that analyzer recorded a fact basis', () => {
    // a miss fixed by a later rule: the next one like it, on an unseen article, meets no such rule
    const old = sentence(text, 'fact', 'fact:clean');
    assert.equal(
      mappedBasis(old, sentence(text, 'attributed', 'attributed:reporting-verb'), false),
      'fact:clean',
    );
    const long = sentence(text, 'fact', 'fact:long');
    assert.equal(
      mappedBasis(long, sentence(text, 'framing', 'framing:loaded'), false),
      'fact:long',
    );
    // a clean or long fact with a mark of another voice counts as today's rules rate it
    const marked = sentence('The log lists no such ship, however.', 'fact', 'fact:clean');
    assert.equal(
      mappedBasis(marked, sentence(marked.text, 'attributed', 'attributed:reporting-verb'), false),
      'fact:marked',
    );
    // a basis today's rules never give a fact is no basis of today's: read as before
    const odd = sentence(text, 'fact', 'fact:plain');
    assert.equal(
      mappedBasis(odd, sentence(text, 'attributed', 'attributed:reporting-verb'), false),
      'fact:source-words',
    );
  });

  it('reads an old report from its own cues, and tells a cue after another verb', () => {
    const quoted =
      'Police asked the judge to delay, the report said the hearing was moved to Friday.';
    const at = quoted.indexOf('said');
    const cue: Evidence = { text: 'said', start: at, end: at + 4, cue: 'reporting-verb' };
    const old = sentence(quoted, 'attributed', 'attributed', [cue]);
    assert.equal(
      mappedBasis(old, sentence(quoted, 'fact', 'fact:source-words'), false),
      'attributed:inside',
    );
  });

  it('gives old framing in a reporting article the basis framing:isolated', () => {
    const cue: Evidence = { text: 'reckless', start: 5, end: 13, cue: 'loaded' };
    const old = sentence('This reckless plan failed.', 'framing', 'framing', [cue]);
    assert.equal(
      mappedBasis(old, sentence(old.text, 'fact', 'fact:clean'), false),
      'framing:isolated',
    );
    assert.equal(
      mappedBasis(old, sentence(old.text, 'fact', 'fact:clean'), true),
      'framing:loaded',
    );
  });
});

describe('first contact: counts and the held-out estimate', () => {
  const round = (
    n: number,
    labels: RoundRecord['labels'],
    speakers: RoundRecord['speakers'] = {},
  ): RoundRecord => ({
    round: n,
    commit: 'abc1234',
    labels,
    speakers,
    speakerForms: {},
  });

  it('adds the counts of every round per basis', () => {
    const sum = summed(
      [round(1, { 'fact:clean': [3, 2] }), round(2, { 'fact:clean': [2, 2], 'fact:near': [1, 0] })],
      'labels',
    );
    assert.deepEqual([...sum].sort(), [
      ['fact:clean', [5, 4]],
      ['fact:near', [1, 0]],
    ]);
  });

  it("rates each round by the other rounds' counts only", () => {
    const rounds = [round(1, { 'fact:near': [4, 0] }), round(2, { 'fact:near': [4, 4] })];
    const held = heldOutFirstContact(rounds, 'labels', rateLabel);
    assert.equal(held.length, 8);
    const [first, second] = [held.find((j) => j.round === 1)!, held.find((j) => j.round === 2)!];
    // round 1 is rated by round 2, where every such fact was right, and the other way round
    assert.ok(first.confidence > 0.9 && second.confidence < 0.6);
    assert.equal(held.filter((j) => j.round === 1 && j.correct).length, 0);
  });

  it('rates a blind round only by the rounds recorded before it, never by a later one', () => {
    const rounds = [
      round(1, { 'fact:near': [4, 4] }),
      round(2, { 'fact:near': [4, 0] }),
      round(3, { 'fact:near': [4, 0] }),
    ];
    // round 2 was measured after round 1 only; round 3 is not blind; round 4's earlier rounds are not all recorded
    const ratedBy = new Map([
      [2, [1]],
      [4, [1, 5]],
    ]);
    const judged = priorRoundsJudged(rounds, 'labels', rateLabel, ratedBy);
    assert.deepEqual([...new Set(judged.map((j) => j.round))], [2]);
    // rated by round 1 alone, where every such fact was right; round 3's misses, counted later, would lower it
    assert.ok(judged[0]!.confidence > 0.9);
    const withThird = heldOutFirstContact(rounds, 'labels', rateLabel).find((j) => j.round === 2)!;
    assert.ok(withThird.confidence < judged[0]!.confidence);
  });

  it('reports a record file that is not valid instead of throwing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'byline-fc-'));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ about: 'x', rounds: [{ round: 0 }] }));
    assert.match(String(loadFirstContact(join(dir, 'bad.json'))), /bad\.json/);
    assert.match(String(loadFirstContact(join(dir, 'absent.json'))), /absent\.json/);
  });
});

describe('speaker confidence by the form of the name', () => {
  it('tells a two-word name from one word, a longer run, a phrase and none', () => {
    assert.equal(speakerForm('Ana Ruiz'), 'name');
    assert.equal(speakerForm('Jo Anne Val Tilburg'), 'long');
    assert.equal(speakerForm('Erdogan'), 'one-word');
    assert.equal(speakerForm('The neighbour'), 'phrase');
    assert.equal(speakerForm('a tweet'), 'phrase');
    assert.equal(speakerForm(null), 'none');
  });

  it('tells a name reached through a pronoun, and words the analyzer kept as written, by how it was found', () => {
    assert.equal(speakerForm('Ana Ruiz', 'verb:pronoun'), 'pronoun');
    assert.equal(speakerForm('Ana Ruiz', 'tag:name'), 'name');
    assert.equal(speakerForm('Ana Ruiz', 'previous'), 'name');
    assert.equal(speakerForm('Harbour Board', 'verb-far:phrase'), 'phrase');
    assert.equal(speakerForm('Ruiz', 'verb:pronoun'), 'one-word');
    assert.equal(speakerForm('Ana Ruiz', 'none'), 'none');
  });

  it('keeps a lower-case particle inside a name a name ("Ludwig van Beethoven", "Ali al-Amiri")', () => {
    assert.equal(speakerForm('Ludwig van Beethoven'), 'name');
    assert.equal(speakerForm('Ali al-Amiri'), 'name');
    assert.equal(speakerForm('University of California'), 'long');
  });

  it('reads a middle initial or a capitalised surname particle as part of a two-part name', () => {
    assert.equal(speakerForm('Harold T. Okafor'), 'name');
    assert.equal(speakerForm('Marta De Souza'), 'name');
    assert.equal(speakerForm('Marta De Souza', 'tag:pronoun'), 'pronoun');
    // a title or a body word in the middle still makes a run of three
    assert.equal(speakerForm('Inspector Marta Souza'), 'long');
    assert.equal(speakerForm('Harbour Safety Board'), 'long');
    // an initial that opens the name is no middle initial
    assert.equal(speakerForm('K. Marta Souza'), 'long');
    assert.equal(speakerForm('Harold T. R. Okafor'), 'name');
  });

  const counts = {
    name: [200, 190],
    'one-word': [20, 4],
    phrase: [2, 2],
    none: [20, 0],
  } as const;

  it("rates a form by its own share right, a rare one pulled toward every found speaker's", () => {
    assert.ok(speakerConfidenceFrom(counts, 'one-word') < speakerConfidenceFrom(counts, 'name'));
    const rare = speakerConfidenceFrom(counts, 'phrase');
    assert.ok(rare < 1 && rare > speakerConfidenceFrom(counts, 'one-word'));
  });

  it('rates a pronoun in an article in doubt by its own count, apart from other pronouns', () => {
    const withDoubt = { ...counts, pronoun: [40, 39], 'pronoun:doubtful': [26, 18] } as const;
    assert.ok(
      speakerConfidenceFrom(withDoubt, 'pronoun:doubtful') <
        speakerConfidenceFrom(withDoubt, 'pronoun'),
    );
  });

  it('rates "none" by its own count and an unseen form by the speakers found', () => {
    assert.ok(speakerConfidenceFrom(counts, 'none') < 0.5);
    const unseen = speakerConfidenceFrom(counts, 'long');
    assert.ok(unseen > 0.7 && unseen < 0.99);
  });
});

describe("first contact: the replay's rounds kept outside (parseReplayArgs)", () => {
  it("reads each --outside ROUND=DIR as that round's gold/ and articles/", () => {
    const parsed = parseReplayArgs(
      ['--outside', '10=/data/r10', '--outside', '11=/data/r11'],
      [9, 10, 11],
    );
    assert.ok(!('error' in parsed));
    assert.deepEqual(parsed.get(10), {
      dir: '/data/r10',
      gold: '/data/r10/gold',
      articles: '/data/r10/articles',
    });
    assert.deepEqual([...parsed.keys()], [10, 11]);
  });

  it('names the bad value: no ROUND=, a round not kept outside, a round twice, an unknown flag', () => {
    const error = (args: string[]) => {
      const parsed = parseReplayArgs(args, [9, 10]);
      return 'error' in parsed ? parsed.error : '';
    };
    assert.match(error(['--outside', '/data/r10']), /ROUND=DIR, got "\/data\/r10"/);
    assert.match(error(['--outside']), /ROUND=DIR, got ""/);
    assert.match(error(['--outside', '4=/data/r4']), /round 4 is not kept outside/);
    assert.match(error(['--outside', '9=/a', '--outside', '9=/b']), /round 9 given twice/);
    assert.match(error(['--rounds']), /unknown argument "--rounds"/);
  });
});

describe('first contact: where the replay reads a round (roundSource)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-rounds-'));
  mkdirSync(join(dir, 'gold'));
  mkdirSync(join(dir, 'articles'));
  const pool = { gold: join(dir, 'gold'), articles: join(dir, 'articles') };

  it('reads a pool round from the pool and a round kept outside from its directory', () => {
    assert.deepEqual(roundSource({ round: 3 }, new Map(), pool), pool);
    const outside = new Map([[10, { dir, ...pool }]]);
    assert.deepEqual(roundSource({ round: 10, outside: true }, outside, pool), pool);
  });

  it('keeps the recorded counts of a round not given or whose directories are absent, saying why', () => {
    assert.match(
      String(Object.values(roundSource({ round: 11, outside: true }, new Map(), pool))),
      /no --outside 11=DIR/,
    );
    const gone = { gold: join(dir, 'none', 'gold'), articles: join(dir, 'none', 'articles') };
    assert.match(String(Object.values(roundSource({ round: 2 }, new Map(), gone))), /absent/);
  });
});

describe('first contact: the prior of a basis never measured (labelPrior)', () => {
  const counts = {
    'attributed:speech-quote': [90, 89],
    'attributed:inside': [10, 6],
    'fact:clean': [80, 76],
    'fact:source-words': [20, 9],
    'framing:isolated': [10, 1],
  } as const;

  it("takes its label's share right, at most every label's", () => {
    // attributed 95/100 is capped at all labels' 181/210; fact 85/100 is below it
    assert.equal(labelPrior(counts, 'attributed'), 0.86);
    assert.equal(labelPrior(counts, 'fact'), 0.85);
  });

  it("gives framing every label's share, since its first contact is isolated framing only", () => {
    assert.equal(labelPrior(counts, 'framing'), 0.86);
    assert.equal(labelPrior({}, 'fact'), 0.5);
  });
});

describe('first contact: the per-round table (roundTableLines)', () => {
  it('gives each round its share at 0.9 or more, the accuracy there and its calibration error', () => {
    const lines = roundTableLines(
      [
        { basis: 'fact:clean', confidence: 0.95, correct: true, round: 1 },
        { basis: 'fact:clean', confidence: 0.95, correct: false, round: 1 },
        { basis: 'fact:near', confidence: 0.6, correct: true, round: 2 },
      ],
      'per round',
    );
    assert.match(lines[3]!, /^\s+1\s+2\s+100\.0%\s+50\.0%\s+0\.450$/);
    assert.match(lines[4]!, /^\s+2\s+1\s+0\.0%\s+n\/a\s+0\.400$/);
    // the rounds together: 2 of 3 at 0.9 or more, one of them right
    assert.match(lines[5]!, /^\s+all\s+3\s+66\.7%\s+50\.0%\s+/);
    assert.equal(lines.length, 6);
  });

  it('adds no "all" row for a single round', () => {
    const lines = roundTableLines(
      [{ basis: 'fact:clean', confidence: 0.95, correct: true, round: 4 }],
      'per round',
    );
    assert.equal(lines.length, 4);
  });
});

describe('first contact: one replayed article counted (tallyArticle)', () => {
  const speech = (speaker: string | null, speakerBasis: string) => ({
    text: 'words',
    start: 0,
    end: 5,
    type: 'speech' as const,
    speaker,
    speakerBasis,
  });
  const article = (...speakers: [string | null, string][]) => ({
    title: '',
    sentences: [
      {
        ...sentence('words', 'attributed', 'attributed:speech-quote'),
        quotes: speakers.map((s) => speech(...s)),
      },
    ],
  });
  const judged = {
    judged: [{ basis: 'attributed:speech-quote', correct: true, confidence: 0.99 }],
    speakerJudged: [
      { basis: 'verb:pronoun', speaker: 'Ana Ruiz', correct: false, confidence: 0.97 },
      { basis: 'tag:name', speaker: 'Tom Reyes', correct: true, confidence: 0.97 },
    ],
  };
  const empty = (): RoundRecord => ({
    round: 1,
    commit: 'abc',
    labels: {},
    speakers: {},
    speakerForms: {},
  });

  it('counts each sentence by basis and each speaker by how it was found and by form', () => {
    const record = empty();
    tallyArticle(record, article(['Ana Ruiz', 'verb:pronoun'], ['Tom Reyes', 'tag:name']), judged);
    assert.deepEqual(record.labels, { 'attributed:speech-quote': [1, 1] });
    assert.deepEqual(record.speakers, { 'verb:pronoun': [1, 0], 'tag:name': [1, 1] });
    assert.deepEqual(record.speakerForms, { pronoun: [1, 0], name: [1, 1] });
  });

  it("counts a pronoun apart when the old analyzer's own speakers put the article in doubt", () => {
    const record = empty();
    const doubtful = article(
      ['Ana Ruiz', 'verb:pronoun'],
      ['Tom Reyes', 'tag:name'],
      [null, 'none'],
    );
    tallyArticle(record, doubtful, judged);
    assert.deepEqual(record.speakerForms, { 'pronoun:doubtful': [1, 0], name: [1, 1] });
  });
});
