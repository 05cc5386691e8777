import assert from 'node:assert/strict';
import { mainstreamShare } from '../server/analysis/index.ts';
import type { ArticleAnalysis } from '../server/analysis/types.ts';
import {
  applyOverrides,
  generateQuestions,
  MIN_CONFIDENCE,
  quizConfidence,
} from '../server/quiz/index.ts';
import { askedSentences } from '../server/quiz/label-cover.ts';
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
    const listed = unsureSentences(factWith('fact:near', 0.83), 1).find((u) => u.index === S.fact);
    assert.equal(listed?.confidence, mainstreamShare('fact:near'));
    assert.match(listed?.points[0]?.text ?? '', /too weak to call it framing/);
  });
});

describe('askedSentences(an article whose facts mainstream news bore out less)', () => {
  // every fact of the fixture rated as a fact with near-cues, one of them surer by the analyzer's own confidence
  const facts = quizArticle.sentences.filter((s) => s.label === 'fact').map((s) => s.index);
  const allNear = (confidence: (index: number) => number): ArticleAnalysis => ({
    ...quizArticle,
    sentences: quizArticle.sentences.map((s) =>
      s.label === 'fact' ? { ...s, basis: 'fact:near', confidence: confidence(s.index) } : s,
    ),
  });

  it('still asks about the surest fact, so the lesson teaches all three labels', () => {
    const surest = facts.at(-1)!;
    const asked = askedSentences(allNear((i) => (i === surest ? 0.84 : 0.83)).sentences);
    assert.deepEqual(
      facts.filter((i) => asked.has(i)),
      [surest],
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
