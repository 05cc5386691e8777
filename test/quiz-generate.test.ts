import assert from 'node:assert/strict';
import { generateQuestions, MAX_REWRITE, MAX_TYPE_SHARE } from '../server/quiz/index.ts';
import type { Question } from '../server/quiz/types.ts';
import type { ArticleAnalysis } from '../server/analysis/types.ts';
import { quizArticle, S } from './fixtures/quiz-article.ts';

const questions = generateQuestions(quizArticle, []);
const about = (index: number, qs: Question[] = questions) =>
  qs.filter((q) => q.sentenceIndex === index);

describe('generateQuestions(hand-labelled article)', () => {
  it('asks at least 25 questions from sixteen sentences', () => {
    assert.ok(questions.length >= 25, `only ${questions.length}`);
  });

  it('uses all six question types', () => {
    assert.deepEqual([...new Set(questions.map((q) => q.type))].sort(), [
      'classify',
      'quote-type',
      'rewrite',
      'source-kind',
      'speaker',
      'spot-framing',
    ]);
  });

  it('never asks two questions alike (by id, or by prompt and excerpt)', () => {
    assert.equal(new Set(questions.map((q) => q.id)).size, questions.length);
    assert.equal(new Set(questions.map((q) => `${q.prompt}\n${q.excerpt}`)).size, questions.length);
  });

  it('gives every question a short base64url id', () => {
    for (const q of questions) assert.match(q.id, /^[A-Za-z0-9_-]{10,12}$/);
  });

  it('returns deep-equal questions for the same input', () => {
    assert.deepEqual(generateQuestions(structuredClone(quizArticle), []), questions);
  });

  it('quotes every evidence span in the explanation, at its offsets in the excerpt', () => {
    for (const q of questions) {
      for (const e of q.evidence) {
        assert.equal(q.excerpt.slice(e.start, e.end), e.text, `${q.type} ${q.id}`);
        assert.ok(q.explanation.includes(`"${e.text}"`), `${q.type} ${q.id}: ${q.explanation}`);
      }
    }
  });

  it('backs every right answer except "fact" with evidence', () => {
    for (const q of questions) {
      if (q.type === 'classify' && q.correct[0] === 'fact') continue;
      assert.ok(q.evidence.length > 0, `${q.type} ${q.id} has no evidence`);
    }
  });

  it('only marks choices of the question as right', () => {
    for (const q of questions) {
      const ids = q.choices.map((c) => c.id);
      assert.equal(new Set(ids).size, ids.length, `repeated choice id in ${q.id}`);
      for (const id of q.correct) assert.ok(ids.includes(id), `${q.id}: ${id} not a choice`);
    }
  });

  it('leaves out a sentence whose label is below the confidence threshold', () => {
    assert.deepEqual(about(S.lowConfidence), []);
    assert.deepEqual(about(S.formidable), []);
  });

  it('keeps a sentence whose confidence is exactly the threshold', () => {
    assert.ok(about(S.jordan).length > 0);
  });

  it('says in the prompt when the excerpt is the headline or a caption', () => {
    assert.ok(about(S.headline).length > 0);
    for (const q of about(S.headline)) assert.match(q.prompt, /^This is the headline\. /);
    for (const q of about(S.caption)) assert.match(q.prompt, /^This is a photo caption\. /);
    for (const q of about(S.framing)) assert.doesNotMatch(q.prompt, /headline|caption/);
  });

  it('offers the classify labels in student-friendly words', () => {
    const q = questions.find((x) => x.type === 'classify');
    assert.deepEqual(q?.choices, [
      { id: 'fact', text: 'Reported fact' },
      { id: 'attributed', text: 'Attributed quote or claim' },
      { id: 'framing', text: 'Editorial framing' },
    ]);
  });

  it('explains a framing label with the writer’s own words', () => {
    const q = questions.find((x) => x.type === 'classify' && x.sentenceIndex === S.framing);
    assert.ok(q, 'sentence 4 is asked as classify');
    assert.deepEqual(q.correct, ['framing']);
    assert.match(q.explanation, /"marks a stark departure" .*writer’s own judgement/);
  });

  it('does not ask both to classify a sentence and to spot its framing, which would give it away', () => {
    const sentences = new Set(questions.map((q) => q.sentenceIndex));
    for (const i of sentences) {
      const types = about(i).map((q) => q.type);
      assert.ok(!(types.includes('classify') && types.includes('spot-framing')), `sentence ${i}`);
    }
  });

  it('asks about a sentence’s label before any other question on it', () => {
    questions.forEach((q, position) => {
      const classify = questions.findIndex(
        (x) => x.type === 'classify' && x.sentenceIndex === q.sentenceIndex,
      );
      if (classify >= 0)
        assert.ok(classify <= position, `${q.type} on sentence ${q.sentenceIndex}`);
    });
  });

  it('never puts three questions of one type in a row', () => {
    for (let i = 2; i < questions.length; i++) {
      const run = questions.slice(i - 2, i + 1).map((q) => q.type);
      assert.ok(new Set(run).size > 1, `${run.join(',')} at ${i}`);
    }
  });

  it('follows the article’s order within a few sentences', () => {
    questions.forEach((q, i) => {
      const earlier = Math.max(...questions.slice(0, i + 1).map((x) => x.sentenceIndex));
      assert.ok(earlier - q.sentenceIndex <= 3, `question ${i} on sentence ${q.sentenceIndex}`);
    });
  });
});

describe('generateQuestions(an article that is mostly plain facts)', () => {
  const facts = Array.from({ length: 30 }, (_, i) => {
    const text = `The council met on day ${i + 1} of the session and approved budget item ${i + 1}.`;
    return { ...quizArticle.sentences[S.fact]!, index: 17 + i, text, end: text.length };
  });
  const article: ArticleAnalysis = {
    ...quizArticle,
    sentences: [...quizArticle.sentences, ...facts],
  };
  const capped = generateQuestions(article, []);
  const classify = capped.filter((q) => q.type === 'classify');

  it(`keeps each type to at most ${MAX_TYPE_SHARE * 100}% of the lesson`, () => {
    for (const type of new Set(capped.map((q) => q.type))) {
      const share = capped.filter((q) => q.type === type).length / capped.length;
      assert.ok(share <= MAX_TYPE_SHARE, `${type}: ${share}`);
    }
  });

  it('still asks about all three labels', () => {
    assert.deepEqual([...new Set(classify.map((q) => q.correct[0]))].sort(), [
      'attributed',
      'fact',
      'framing',
    ]);
  });

  it(`asks at most ${MAX_REWRITE} rewrite questions`, () => {
    const article2 = { ...quizArticle, sentences: [...quizArticle.sentences, ...facts] };
    article2.sentences = article2.sentences.map((s) =>
      s.label === 'framing' ? { ...s, confidence: 1 } : s,
    );
    const rewrites = generateQuestions(article2, []).filter((q) => q.type === 'rewrite');
    assert.ok(rewrites.length <= MAX_REWRITE && rewrites.length > 0, `${rewrites.length}`);
  });
});

describe('generateQuestions(the same sentence twice)', () => {
  it('asks about it once', () => {
    const twice: ArticleAnalysis = {
      title: '',
      sentences: [quizArticle.sentences[S.fact]!, { ...quizArticle.sentences[S.fact]!, index: 1 }],
    };
    assert.equal(generateQuestions(twice, []).length, 1);
  });
});
