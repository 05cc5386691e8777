import assert from 'node:assert/strict';
import type { ArticleAnalysis } from '../server/analysis/types.ts';
import { applyOverrides, generateQuestions } from '../server/quiz/index.ts';
import type { Question } from '../server/quiz/types.ts';
import type { SentenceOverride } from '../server/store/types.ts';
import { quizArticle, S } from './fixtures/quiz-article.ts';

const base = generateQuestions(quizArticle, []);
const about = (qs: Question[], index: number) => qs.filter((q) => q.sentenceIndex === index);
const ofType = <T extends Question['type']>(qs: Question[], type: T, index: number) =>
  qs.find((q): q is Extract<Question, { type: T }> => q.type === type && q.sentenceIndex === index);
const SHEINBAUM = 9;
const SURGE = 8;
const DECLARED = 11;

describe('applyOverrides', () => {
  it('puts the teacher’s label in place of the analyzer’s, with confidence 1', () => {
    const out = applyOverrides(quizArticle, [{ sentenceIndex: S.fact, label: 'framing' }]);
    assert.equal(out.sentences[S.fact]?.label, 'framing');
    assert.equal(out.sentences[S.fact]?.confidence, 1);
  });

  it('raises a confirmed label to confidence 1 without changing it', () => {
    const out = applyOverrides(quizArticle, [{ sentenceIndex: S.lowConfidence, confirmed: true }]);
    assert.equal(out.sentences[S.lowConfidence]?.label, 'framing');
    assert.equal(out.sentences[S.lowConfidence]?.confidence, 1);
  });

  it('replaces a quote’s type and speaker', () => {
    const out = applyOverrides(quizArticle, [
      {
        sentenceIndex: SURGE,
        quotes: [{ quoteIndex: 0, type: 'speech', speaker: 'U.S. officials' }],
      },
    ]);
    assert.deepEqual(
      out.sentences[SURGE]?.quotes.map((q) => [q.type, q.speaker]),
      [['speech', 'U.S. officials']],
    );
  });

  it('leaves the analysis it was given untouched', () => {
    const before = structuredClone(quizArticle);
    applyOverrides(quizArticle, [
      { sentenceIndex: S.fact, label: 'attributed', quotes: [{ quoteIndex: 0, speaker: null }] },
    ]);
    assert.deepEqual(quizArticle, before);
  });

  it('gives the same result when applied twice', () => {
    const overrides: SentenceOverride[] = [
      { sentenceIndex: S.framing, label: 'fact' },
      { sentenceIndex: SHEINBAUM, quotes: [{ quoteIndex: 1, type: 'term' }] },
    ];
    const once = applyOverrides(quizArticle, overrides);
    assert.deepEqual(applyOverrides(once, overrides), once);
  });

  it('ignores overrides for sentences and quotes that do not exist', () => {
    const out = applyOverrides(quizArticle, [
      { sentenceIndex: 999, label: 'fact' },
      { sentenceIndex: S.fact, quotes: [{ quoteIndex: 5, type: 'term' }] },
    ]);
    assert.deepEqual(
      out.sentences.map((s) => s.quotes),
      quizArticle.sentences.map((s) => s.quotes),
    );
  });
});

describe('generateQuestions(analysis, teacher overrides)', () => {
  it('changes the classify answer when the teacher changes the label', () => {
    const qs = generateQuestions(quizArticle, [{ sentenceIndex: S.fact, label: 'framing' }]);
    assert.deepEqual(ofType(base, 'classify', S.fact)?.correct, ['fact']);
    const q = ofType(qs, 'classify', S.fact);
    assert.deepEqual(q?.correct, ['framing']);
    assert.match(q?.explanation ?? '', /teacher marked this sentence as editorial framing/);
  });

  it('drops framing questions from a sentence the teacher relabels as fact', () => {
    const qs = generateQuestions(quizArticle, [{ sentenceIndex: S.framing, label: 'fact' }]);
    assert.deepEqual(
      about(qs, S.framing).map((q) => [q.type, q.correct]),
      [['classify', ['fact']]],
    );
  });

  it('includes a low-confidence sentence once the teacher confirms its label', () => {
    assert.deepEqual(about(base, S.formidable), []);
    const qs = generateQuestions(quizArticle, [{ sentenceIndex: S.formidable, confirmed: true }]);
    assert.ok(
      about(qs, S.formidable).some((q) => q.type === 'classify' || q.type === 'spot-framing'),
    );
  });

  it('includes a low-confidence sentence once the teacher sets its label', () => {
    const qs = generateQuestions(quizArticle, [
      { sentenceIndex: S.lowConfidence, label: 'framing' },
    ]);
    assert.ok(about(qs, S.lowConfidence).length > 0);
  });

  it('asks "who said it?" about a quote the teacher turned into speech with a speaker', () => {
    assert.equal(ofType(base, 'speaker', SURGE), undefined);
    const qs = generateQuestions(quizArticle, [
      {
        sentenceIndex: SURGE,
        quotes: [{ quoteIndex: 0, type: 'speech', speaker: 'U.S. officials' }],
      },
    ]);
    assert.deepEqual(ofType(qs, 'quote-type', SURGE)?.correct, ['speech']);
    const speaker = ofType(qs, 'speaker', SURGE);
    assert.equal(speaker?.choices.find((c) => c.id === speaker.correct[0])?.text, 'U.S. officials');
  });

  it('stops asking who said a quote whose speaker the teacher cleared', () => {
    assert.ok(ofType(base, 'speaker', DECLARED));
    const qs = generateQuestions(quizArticle, [
      { sentenceIndex: DECLARED, quotes: [{ quoteIndex: 0, speaker: null }] },
    ]);
    assert.equal(ofType(qs, 'speaker', DECLARED), undefined);
  });

  it('gives the same questions whether or not the overrides were applied beforehand', () => {
    const overrides: SentenceOverride[] = [{ sentenceIndex: S.fact, label: 'attributed' }];
    assert.deepEqual(
      generateQuestions(applyOverrides(quizArticle, overrides), overrides),
      generateQuestions(quizArticle, overrides),
    );
  });
});

describe('question ids across lesson edits', () => {
  const idsOutside = (qs: Question[], index: number) =>
    qs
      .filter((q) => q.sentenceIndex !== index)
      .map((q) => q.id)
      .sort();

  it('keeps every other question’s id when one sentence’s label changes', () => {
    const qs = generateQuestions(quizArticle, [{ sentenceIndex: S.fact, label: 'framing' }]);
    assert.deepEqual(idsOutside(qs, S.fact), idsOutside(base, S.fact));
  });

  it('keeps every other question’s id when one sentence’s text is edited', () => {
    const edited: ArticleAnalysis = structuredClone(quizArticle);
    edited.sentences[S.fact]!.text =
      'Currently, American advisers are embedded in Mexican military posts.';
    const qs = generateQuestions(edited, []);
    assert.deepEqual(idsOutside(qs, S.fact), idsOutside(base, S.fact));
  });

  it('gives a question a new id when its sentence’s text changes', () => {
    const edited: ArticleAnalysis = structuredClone(quizArticle);
    edited.sentences[S.fact]!.text =
      'Currently, American advisers are embedded in Mexican military posts.';
    const before = ofType(base, 'classify', S.fact);
    const after = ofType(generateQuestions(edited, []), 'classify', S.fact);
    assert.ok(before && after);
    assert.notEqual(after.id, before.id);
  });

  it('gives the classify question a new id when its label changes', () => {
    const after = ofType(
      generateQuestions(quizArticle, [{ sentenceIndex: S.fact, label: 'attributed' }]),
      'classify',
      S.fact,
    );
    assert.notEqual(after?.id, ofType(base, 'classify', S.fact)?.id);
  });

  it('gives the quote-type question a new id when the quote’s type changes', () => {
    const qs = generateQuestions(quizArticle, [
      { sentenceIndex: SURGE, quotes: [{ quoteIndex: 0, type: 'speech' }] },
    ]);
    assert.notEqual(ofType(qs, 'quote-type', SURGE)?.id, ofType(base, 'quote-type', SURGE)?.id);
  });
});
