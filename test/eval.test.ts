import assert from 'node:assert/strict';
import { evaluateArticle } from '../eval/article-eval.ts';
import { parseCheckthat, toSubjectivity } from '../eval/checkthat.ts';
import { zeroCounts } from '../eval/counts.ts';
import type { FirstContact } from '../eval/gold.ts';
import { matchRanges, segmentationCounts, trimRange } from '../eval/metrics.ts';
import { matchQuotes, sameSpeaker } from '../eval/quote-metrics.ts';
import { roundLines } from '../eval/rounds.ts';
import { classScores, confusionMatrix } from '../eval/scores.ts';
import type { AnalyzedSentence } from '../server/analysis/index.ts';
import { analyzedSentence } from './fixtures/analyzed-sentence.ts';

describe('eval metrics', () => {
  it('matches a gold sentence to the exact span first, else to the one overlapping most', () => {
    const pred = [
      { start: 0, end: 10 },
      { start: 11, end: 30 },
      { start: 31, end: 40 },
    ];
    assert.deepEqual(
      matchRanges(
        [
          { start: 11, end: 30 },
          { start: 5, end: 25 },
          { start: 50, end: 60 },
        ],
        pred,
      ),
      [1, 1, -1],
    );
  });

  it('counts exact sentences and shared boundaries', () => {
    const gold = [
      { start: 0, end: 10 },
      { start: 11, end: 20 },
    ];
    const counts = segmentationCounts(gold, [{ start: 0, end: 20 }]);
    assert.deepEqual(counts, {
      exact: 0,
      gold: 2,
      boundaryHits: 2,
      predBoundaries: 2,
      goldBoundaries: 4,
    });
  });

  it('trims whitespace off predicted spans before comparing', () => {
    assert.deepEqual(trimRange('  ab \n', { start: 0, end: 6 }), { start: 2, end: 4 });
  });

  it('pairs quotes by their collapsed text, each prediction used once', () => {
    const found = matchQuotes(
      [{ text: 'a  b' }, { text: 'a b' }, { text: 'c' }],
      [{ text: 'a b' }],
    );
    assert.deepEqual(found, [{ text: 'a b' }, null, null]);
  });

  it('compares speakers ignoring case and spacing, and null only with null', () => {
    assert.ok(sameSpeaker('Carrie  Lam', 'carrie lam'));
    assert.ok(!sameSpeaker('Carrie Lam', null));
    assert.ok(sameSpeaker(null, null));
  });

  it('compares speakers ignoring a leading "the", but not a shorter or longer name', () => {
    assert.ok(sameSpeaker('The Harbour Gazette', 'Harbour Gazette'));
    assert.ok(!sameSpeaker('Harbour Gazette', 'Gazette'));
    assert.ok(!sameSpeaker('Theo Ruiz', 'o Ruiz'));
  });

  it('compares speakers ignoring a knight\'s "Sir" before a whole name, but not a peer\'s "Lord"', () => {
    assert.ok(sameSpeaker('Sir Ann Roe', 'Ann Roe'));
    assert.ok(sameSpeaker('Ann Roe', 'Dame Ann Roe'));
    assert.ok(!sameSpeaker('Sir Roe', 'Roe'));
    assert.ok(!sameSpeaker('Lord Alli', 'Alli'));
  });

  it('compares speakers reading a curly apostrophe as a straight one, and no other mark', () => {
    assert.ok(sameSpeaker("Moody's", 'Moody’s'));
    assert.ok(!sameSpeaker("Moody's", 'Moody'));
  });

  it('matches an acronym with the name its initials spell, and with no other', () => {
    assert.ok(sameSpeaker('MOM', 'Ministry of Manpower'));
    assert.ok(
      sameSpeaker('United Nations Educational, Scientific and Cultural Organization', 'UNESCO'),
    );
    assert.ok(!sameSpeaker('MOM', 'Ministry of Health'));
    assert.ok(!sameSpeaker('Mom', 'Ministry of Manpower'));
  });

  it('computes per-class F1, macro-F1 and accuracy', () => {
    const pairs = [
      ['OBJ', 'OBJ'],
      ['OBJ', 'SUBJ'],
      ['SUBJ', 'SUBJ'],
      ['SUBJ', 'SUBJ'],
    ] as const;
    const s = classScores(pairs, ['OBJ', 'SUBJ']);
    assert.equal(s.perClass.OBJ.precision, 1);
    assert.equal(s.perClass.OBJ.recall, 0.5);
    assert.equal(s.perClass.SUBJ.f1, 0.8);
    assert.ok(Math.abs(s.macroF1 - (2 / 3 + 0.8) / 2) < 1e-9);
    assert.equal(s.accuracy, 0.75);
  });

  it('gives a class that is never predicted an F1 of 0, not a missing value', () => {
    const s = classScores([['SUBJ', 'OBJ'] as const], ['OBJ', 'SUBJ']);
    assert.equal(s.perClass.SUBJ.precision, null);
    assert.equal(s.perClass.SUBJ.f1, 0);
  });

  it('builds a confusion matrix with gold rows and predicted columns', () => {
    const m = confusionMatrix(
      [
        ['fact', 'framing'],
        ['fact', 'fact'],
      ] as const,
      ['fact', 'framing'],
    );
    assert.deepEqual(m, { fact: { fact: 1, framing: 1 }, framing: { fact: 0, framing: 0 } });
  });
});

describe('evaluateArticle', () => {
  const text = 'Head\n\nIt rained. "Go home," Ann said.';
  const sentence = (
    start: number,
    end: number,
    label: AnalyzedSentence['label'],
    quotes: AnalyzedSentence['quotes'] = [],
  ) => analyzedSentence(text, start, end, label, quotes);

  it('scores labels, segmentation, quote types and speakers against gold offsets', () => {
    const gold = {
      article: 'x.txt',
      sentences: [
        { start: 0, end: 4, kind: 'headline' as const, label: 'fact' as const, quotes: [] },
        { start: 6, end: 16, kind: 'body' as const, label: 'fact' as const, quotes: [] },
        {
          start: 17,
          end: 37,
          kind: 'body' as const,
          label: 'attributed' as const,
          quotes: [{ start: 18, end: 26, type: 'speech' as const, speaker: 'Ann' }],
        },
      ],
    };
    const quote = { text: 'Go home,', start: 1, end: 9, type: 'speech' as const, speaker: 'Ann' };
    const result = evaluateArticle(text, gold, {
      title: 'Head',
      sentences: [sentence(0, 5, 'fact'), sentence(6, 37, 'framing', [quote])],
    });
    assert.equal(result.counts.labelCorrect, 1);
    assert.equal(result.counts.segmentation.exact, 1);
    assert.equal(result.counts.quotesFound, 1);
    assert.equal(result.counts.speakerCorrect, 1);
    assert.deepEqual(
      result.mislabelled.map((m) => [m.index, m.predicted]),
      [
        [1, 'framing'],
        [2, 'framing'],
      ],
    );
  });
});

describe('parseCheckthat', () => {
  it('reads the columns by header name and maps framing to SUBJ', () => {
    const rows = parseCheckthat(
      'sentence_id\tsentence\tlabel\tsolved_conflict\na1\tIt is  great.\tSUBJ\tFalse\na2\t\tOBJ\tFalse\n',
    );
    assert.deepEqual(rows, [{ id: 'a1', sentence: 'It is great.', label: 'SUBJ' }]);
    assert.equal(toSubjectivity('framing'), 'SUBJ');
    assert.equal(toSubjectivity('attributed'), 'OBJ');
  });

  it('unwraps a CSV-quoted sentence and its doubled quote marks', () => {
    const rows = parseCheckthat(
      'sentence_id\tsentence\tlabel\tsolved_conflict\nb1\t"What is a ""Hispanic"" anyway?"\tSUBJ\tFalse\n',
    );
    assert.equal(rows[0]?.sentence, 'What is a "Hispanic" anyway?');
  });
});

describe('roundLines', () => {
  const counts = (labels: number, sentences: number, speakers: number, speech: number) => ({
    ...zeroCounts(),
    sentences,
    labelCorrect: labels,
    segmentation: {
      exact: sentences,
      gold: sentences,
      boundaryHits: 0,
      predBoundaries: 0,
      goldBoundaries: 0,
    },
    speech,
    speakerCorrect: speakers,
  });
  const gold = (article: string, round?: number, firstContact?: FirstContact) => ({
    article,
    dir: 'pool' as const,
    round,
    firstContact,
    sentences: [],
  });

  it('sums the recorded first contact and the current figures of each round', () => {
    const first: FirstContact = {
      date: '2026-01-01',
      labels: [8, 10],
      segmentation: [10, 10],
      speakers: [1, 4],
    };
    const lines = roundLines([
      { file: 'a.json', gold: gold('a.txt', 1, first), counts: counts(10, 10, 4, 4) },
      { file: 'b.json', gold: gold('b.txt', 1, first), counts: counts(9, 10, 3, 4) },
      { file: 'c.json', gold: gold('c.txt'), counts: counts(1, 1, 0, 0) },
    ]).join('\n');
    assert.match(lines, /round 1: 2 article\(s\): a, b/);
    assert.match(lines, /first contact labels 16\/20 \(80\.0%\).*speakers 2\/8 \(25\.0%\)/);
    assert.match(lines, /now +labels 19\/20 \(95\.0%\).*speakers 7\/8 \(87\.5%\)/);
  });

  it('says when a round has no recorded first contact rather than inventing one', () => {
    const lines = roundLines([
      { file: 'a.json', gold: gold('a.txt', 2), counts: counts(1, 1, 0, 0) },
    ]);
    assert.match(lines.join('\n'), /not recorded for 1 article/);
    assert.ok(!lines.some((l) => l.includes('first contact labels')));
  });
});
