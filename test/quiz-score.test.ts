import assert from 'node:assert/strict';
import {
  generateQuestions,
  InvalidResponseError,
  isValidResponse,
  MAX_OPEN_ANSWER,
  scoreAnswer,
  shuffleChoices,
} from '../server/quiz/index.ts';
import type { Question } from '../server/quiz/types.ts';
import { quizArticle } from './fixtures/quiz-article.ts';

const questions = generateQuestions(quizArticle, []);
function first<T extends Question['type']>(type: T): Extract<Question, { type: T }> {
  const q = questions.find((x): x is Extract<Question, { type: T }> => x.type === type);
  if (!q) throw new Error(`fixture has no ${type} question`);
  return q;
}
const wrongId = (q: Question) => q.choices.find((c) => !(q.correct as string[]).includes(c.id))!.id;
const sortedIds = (choices: { id: string }[]) => choices.map((c) => c.id).sort();

describe('scoreAnswer', () => {
  for (const type of ['classify', 'speaker', 'source-kind', 'quote-type'] as const) {
    it(`scores the right ${type} choice true and another false`, () => {
      const q = first(type);
      assert.equal(scoreAnswer(q, [q.correct[0]]), true);
      assert.equal(scoreAnswer(q, [wrongId(q)]), false);
    });
  }

  it('scores spot-framing true only for exactly the loaded phrases, in any order', () => {
    const q = questions.find((x) => x.type === 'spot-framing' && x.correct.length > 1);
    assert.ok(q && q.type === 'spot-framing');
    assert.equal(scoreAnswer(q, [...q.correct].reverse()), true);
    assert.equal(scoreAnswer(q, q.correct.slice(1)), false);
    assert.equal(scoreAnswer(q, [...q.correct, wrongId(q)]), false);
  });

  it('leaves a rewrite to the teacher (null)', () => {
    assert.equal(
      scoreAnswer(first('rewrite'), ['The strategy differs from earlier approaches.']),
      null,
    );
  });

  it('rejects a choice id that is not among the question’s choices', () => {
    const q = first('classify');
    assert.throws(
      () => scoreAnswer(q, ['opinion']),
      (err: unknown) => {
        assert.ok(err instanceof InvalidResponseError);
        assert.equal(err.status, 400);
        assert.match(err.message, /^quiz: invalid response \["opinion"\] to classify question/);
        return true;
      },
    );
  });

  it('rejects two answers to a single-choice question', () => {
    const q = first('source-kind');
    assert.throws(() => scoreAnswer(q, ['named', 'anonymous']), InvalidResponseError);
  });
});

describe('isValidResponse', () => {
  it('accepts one choice id for a single-choice question', () => {
    assert.equal(isValidResponse(first('quote-type'), ['term']), true);
  });

  it('rejects unknown, missing, repeated or extra choice ids', () => {
    const q = first('speaker');
    assert.equal(isValidResponse(q, ['someone-else']), false);
    assert.equal(isValidResponse(q, []), false);
    assert.equal(isValidResponse(q, [q.correct[0], q.correct[0]]), false);
    assert.equal(isValidResponse(q, [q.correct[0], 'nobody']), false);
  });

  it('accepts several distinct phrases for spot-framing but not none or a repeat', () => {
    const q = first('spot-framing');
    const [a, b] = q.choices.map((c) => c.id);
    assert.equal(isValidResponse(q, [a!, b!]), true);
    assert.equal(isValidResponse(q, []), false);
    assert.equal(isValidResponse(q, [a!, a!]), false);
  });

  it('accepts one non-blank text for a rewrite, up to the length limit', () => {
    const q = first('rewrite');
    assert.equal(isValidResponse(q, ['A neutral sentence.']), true);
    assert.equal(isValidResponse(q, ['   ']), false);
    assert.equal(isValidResponse(q, ['a', 'b']), false);
    assert.equal(isValidResponse(q, ['x'.repeat(MAX_OPEN_ANSWER + 1)]), false);
  });

  it('rejects a response that is not a list of strings', () => {
    const q = first('classify');
    assert.equal(isValidResponse(q, 'fact'), false);
    assert.equal(isValidResponse(q, [1]), false);
    // @ts-expect-error deliberately passing a number where a list of ids belongs
    assert.throws(() => scoreAnswer(q, 3), InvalidResponseError);
  });
});

describe('shuffleChoices', () => {
  const q = first('speaker');

  it('returns a permutation of the question’s choices', () => {
    const shuffled = shuffleChoices(q, 'student-1');
    assert.deepEqual(sortedIds(shuffled), sortedIds(q.choices));
    assert.deepEqual(
      shuffled.map((c) => q.choices.find((x) => x.id === c.id)?.text),
      shuffled.map((c) => c.text),
    );
  });

  it('gives the same order for the same seed', () => {
    assert.deepEqual(shuffleChoices(q, 'student-1'), shuffleChoices(q, 'student-1'));
  });

  it('gives different students different orders', () => {
    const orders = new Set(
      Array.from({ length: 20 }, (_, i) =>
        shuffleChoices(q, `student-${i}`)
          .map((c) => c.id)
          .join(),
      ),
    );
    assert.ok(orders.size > 3, `${orders.size} orders`);
  });

  it('leaves the question’s own choices in place', () => {
    const before = structuredClone(q.choices);
    shuffleChoices(q, 'student-2');
    assert.deepEqual(q.choices, before);
  });
});
