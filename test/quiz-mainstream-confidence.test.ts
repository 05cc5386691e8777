import assert from 'node:assert/strict';
import { mainstreamShare } from '../server/analysis/index.ts';
import type { ArticleAnalysis } from '../server/analysis/types.ts';
import {
  applyOverrides,
  generateQuestions,
  MIN_CONFIDENCE,
  quizConfidence,
} from '../server/quiz/index.ts';
import { questionValue } from '../server/quiz/select.ts';
import type { ClassifyQuestion } from '../server/quiz/types.ts';
import { askedSentences, LABEL_COVER_FLOOR } from '../server/quiz/label-cover.ts';
import { isReliable } from '../server/quiz/confidence.ts';
import { unsureSentences } from '../server/routes/teacher-unsure.ts';
import { quizArticle, S } from './fixtures/quiz-article.ts';

/** The fixture with the plain fact rated as the analyzer rates a basis (confidence and basis set). */
function factWith(basis: string, confidence: number): ArticleAnalysis {
  return {
    ...quizArticle,
    sentences: quizArticle.sentences.map((s) =>
      s.index === S.fact ? { ...s, label: 'fact' as const, basis, confidence } : s,
    ),
  };
}

const askedAbout = (analysis: ArticleAnalysis) =>
  generateQuestions(analysis).some((q) => q.sentenceIndex === S.fact);

describe('quizConfidence(a label the analyzer rated)', () => {
  it('takes a fact with framing words too weak to decide at the share mainstream news bore out', () => {
    const share = mainstreamShare('fact:near');
    assert.ok(share !== undefined && share < MIN_CONFIDENCE, `fact:near ${share}`);
    assert.equal(quizConfidence({ confidence: 0.83, basis: 'fact:near' }), share);
  });

  it('keeps the analyzer’s confidence where mainstream news bore it out', () => {
    assert.equal(quizConfidence({ confidence: 0.99, basis: 'attributed:speech-quote' }), 0.99);
    assert.equal(quizConfidence({ confidence: 0.4, basis: 'fact:among-framing' }), 0.4);
  });

  it('leaves framing in an opinion piece, rated apart from first contact, as the analyzer rated it', () => {
    assert.equal(mainstreamShare('framing:evaluative'), undefined);
    assert.equal(quizConfidence({ confidence: 0.87, basis: 'framing:evaluative' }), 0.87);
  });

  it('keeps a label of a lesson made before labels had a basis as it was rated', () => {
    assert.equal(quizConfidence({ confidence: 0.83 }), 0.83);
  });

  it('counts a label the teacher set or confirmed as sure', () => {
    assert.equal(quizConfidence({ confidence: 1, basis: 'fact:near' }), 1);
  });
});

describe('generateQuestions(a fact whose basis mainstream news bore out less)', () => {
  it('asks nothing about a fact:near sentence, though its confidence is above the threshold', () => {
    assert.ok(askedAbout(factWith('fact:clean', 0.83)), 'a clean fact at 0.83 is asked about');
    assert.ok(!askedAbout(factWith('fact:near', 0.83)));
  });

  it('asks about it once the teacher confirmed the label', () => {
    const analysis = factWith('fact:near', 0.83);
    const overrides = [{ sentenceIndex: S.fact, confirmed: true }];
    assert.ok(
      generateQuestions(applyOverrides(analysis, overrides)).some(
        (q) => q.sentenceIndex === S.fact,
      ),
    );
  });

  it('lists the sentence for the teacher to check, at the share the quiz goes by', () => {
    const analysis = factWith('fact:near', 0.83);
    const listed = unsureSentences(analysis, 1).find((u) => u.index === S.fact);
    const text = analysis.sentences.find((s) => s.index === S.fact)!.text;
    assert.equal(listed?.confidence, mainstreamShare('fact:near', text));
    assert.match(listed?.points[0]?.text ?? '', /too weak to call it framing/);
  });
});

describe('askedSentences(an article whose facts mainstream news bore out less)', () => {
  // every fact of the fixture rated as a fact with near-cues, one of them surer by the analyzer's own confidence
  const facts = quizArticle.sentences.filter((s) => s.label === 'fact').map((s) => s.index);
  const allOf = (basis: string, confidence: (index: number) => number): ArticleAnalysis => ({
    ...quizArticle,
    sentences: quizArticle.sentences.map((s) =>
      s.label === 'fact' ? { ...s, basis, confidence: confidence(s.index) } : s,
    ),
  });
  const allNear = (confidence: (index: number) => number) => allOf('fact:near', confidence);

  it('still asks about the surest fact, so the lesson teaches all three labels', () => {
    const surest = facts.at(-1)!;
    const analysis = allOf('fact:marked', (i) => (i === surest ? 0.84 : 0.83));
    assert.ok(analysis.sentences.every((s) => s.label !== 'fact' || !isReliable(s)));
    const asked = askedSentences(analysis.sentences);
    assert.deepEqual(
      facts.filter((i) => asked.has(i)),
      [surest],
    );
  });

  it('asks about no fact mainstream news bore out less often than LABEL_COVER_FLOOR', () => {
    const analysis = allNear(() => 0.84);
    assert.ok(analysis.sentences.some((s) => quizConfidence(s) < LABEL_COVER_FLOOR));
    const asked = askedSentences(analysis.sentences);
    assert.deepEqual(
      facts.filter((i) => asked.has(i)),
      [],
    );
  });

  it('asks about no fact the analyzer itself rated below the threshold', () => {
    const asked = askedSentences(allNear(() => MIN_CONFIDENCE - 0.01).sentences);
    assert.deepEqual(
      facts.filter((i) => asked.has(i)),
      [],
    );
  });

  it('adds nothing when the quiz is sure of a fact already', () => {
    const analysis = factWith('fact:near', 0.83);
    const asked = askedSentences(analysis.sentences);
    assert.ok(!asked.has(S.fact));
    assert.ok(facts.some((i) => i !== S.fact && asked.has(i)));
  });
});

describe('quizConfidence(a fact with or without a figure)', () => {
  const withFigure = 'The plant employed 400 people in 2004.';
  const without = 'The plant employed most of the town for a generation.';

  it('takes a fact holding a figure as surer than one holding none', () => {
    const a = mainstreamShare('fact:clean', withFigure)!;
    const b = mainstreamShare('fact:clean', without)!;
    assert.ok(a > b, `${a} > ${b}`);
  });

  it('asks about a long fact with a figure and leaves out one with none', () => {
    assert.ok(
      quizConfidence({ confidence: 0.9, basis: 'fact:long', text: withFigure }) >= MIN_CONFIDENCE,
    );
    assert.ok(
      quizConfidence({ confidence: 0.9, basis: 'fact:long', text: without }) < MIN_CONFIDENCE,
    );
  });

  it('keeps the basis’s own share where no text is given', () => {
    assert.equal(
      quizConfidence({ confidence: 0.9, basis: 'fact:long' }),
      mainstreamShare('fact:long'),
    );
  });

  it('leaves a report’s share alone whatever figures it holds', () => {
    assert.equal(
      mainstreamShare('attributed:speech-quote', withFigure),
      mainstreamShare('attributed:speech-quote'),
    );
  });
});

describe('questionValue(two facts alike but for a figure)', () => {
  it('values the question on the fact with a figure above the one without', () => {
    const question = (sentenceIndex: number, excerpt: string): ClassifyQuestion => ({
      id: `q${sentenceIndex}`,
      type: 'classify',
      multiple: false,
      sentenceIndex,
      prompt: 'Which kind of sentence is this?',
      excerpt,
      choices: [],
      explanation: '',
      correct: ['fact'],
      evidence: [],
    });
    const sentence = (index: number, text: string) => ({
      ...quizArticle.sentences[S.fact]!,
      index,
      text,
      basis: 'fact:clean',
      confidence: 0.94,
    });
    const figure = 'The plant employed 400 people in the town in 2004.';
    const none = 'The plant employed most of the people in the town then.';
    assert.ok(
      questionValue(question(1, figure), sentence(1, figure)) >
        questionValue(question(2, none), sentence(2, none)),
    );
  });
});

describe('unsureSentences(a long fact with no figure)', () => {
  it('lists it for the teacher, saying it is long and holds no figure to check', () => {
    const listed = unsureSentences(factWith('fact:long', 0.9), 1).find((u) => u.index === S.fact);
    assert.match(
      listed?.points[0]?.text ?? '',
      /long sentence with no source.*no figure or date in it/,
    );
  });

  it('says nothing of figures for a fact the analyzer itself rated unsure', () => {
    const listed = unsureSentences(factWith('fact:among-framing', 0.4), 1).find(
      (u) => u.index === S.fact,
    );
    assert.doesNotMatch(listed?.points[0]?.text ?? '', /figure/);
  });
});
