import assert from 'node:assert/strict';
import { quotedPeople } from '../server/quiz/people.ts';
import { speakerQuestion } from '../server/quiz/speaker-question.ts';
import { spotFramingQuestion } from '../server/quiz/spot-framing-question.ts';
import { sourceKindQuestion } from '../server/quiz/source-kind-question.ts';
import { quizArticle, S, sentence as build } from './fixtures/quiz-article.ts';

const sentence = (i: number) => quizArticle.sentences[i]!;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

describe('spotFramingQuestion', () => {
  const framing = quizArticle.sentences.filter((s) => s.label === 'framing');
  const asked = framing.flatMap((s) => {
    const q = spotFramingQuestion(s);
    return q ? [{ s, q }] : [];
  });

  it('is asked about most framing sentences', () => {
    assert.ok(asked.length >= framing.length - 2, `${asked.length} of ${framing.length}`);
  });

  it('offers whole phrases of two words or more, not single words', () => {
    for (const { q } of asked) for (const c of q.choices) assert.match(c.text, /\S+ \S+/, c.text);
  });

  it('widens a one-word cue into its phrase', () => {
    const q = spotFramingQuestion(sentence(S.framing));
    const right = q?.choices.filter((c) => q.correct.includes(c.id)).map((c) => c.text);
    assert.deepEqual(right, ['marks a stark departure', 'profound questions']);
  });

  it('makes every right phrase contain framing evidence and is multiple-answer', () => {
    for (const { q } of asked) {
      assert.equal(q.multiple, true);
      for (const id of q.correct) {
        const text = q.choices.find((c) => c.id === id)!.text;
        assert.ok(
          q.evidence.some((e) => text.includes(e.text)),
          `${text} in ${q.id}`,
        );
      }
    }
  });

  it('takes the other phrases from the same sentence, outside every evidence span and quote', () => {
    for (const { s, q } of asked) {
      const others = q.choices.filter((c) => !q.correct.includes(c.id));
      assert.ok(others.length >= 2, q.id);
      for (const c of others) {
        const start = s.text.indexOf(c.text);
        assert.ok(start >= 0, c.text);
        const span = { start, end: start + c.text.length };
        for (const blocked of [...s.evidence, ...s.quotes])
          assert.ok(!overlaps(blocked, span), c.text);
      }
    }
  });

  it('widens a cue with a content word, never into "and" or "the"', () => {
    const q = spotFramingQuestion(
      build(0, {
        text: 'Officials in the port city described the plan as a more sustainable and less provocative approach to the border question.',
        label: 'framing',
        confidence: 0.9,
        evidence: [['sustainable', 'evaluative']],
      }),
    );
    const right = q?.choices.find((c) => c.id === q.correct[0])?.text ?? '';
    assert.match(right, /sustainable/);
    assert.doesNotMatch(right, /\b(and|the|a|of|to)$/);
    assert.doesNotMatch(right, /^(and|the|a|of|to)\b/);
  });

  it('is not asked about a sentence that is not framing', () => {
    assert.equal(spotFramingQuestion(sentence(S.fact)), null);
  });
});

describe('sourceKindQuestion', () => {
  it('is not asked about a pronoun, which names nobody by itself', () => {
    const s = build(0, {
      text: '‘We will not stop,’ he said on Monday.',
      label: 'attributed',
      confidence: 0.9,
      sources: [['he', true]],
    });
    assert.equal(sourceKindQuestion(s, s.sources[0]!), null);
  });

  it('asks about a named source with its words as evidence', () => {
    const s = sentence(10);
    const q = sourceKindQuestion(s, s.sources[0]!);
    assert.deepEqual([q?.correct, q?.evidence.map((e) => e.text)], [['named'], ['Trump']]);
  });
});

describe('speakerQuestion', () => {
  const people = quotedPeople(quizArticle);
  const SHEINBAUM = 9;
  const [sheinbaum, trump] = sentence(SHEINBAUM).quotes;

  it('names a speaker by the fullest name the article uses', () => {
    const q = speakerQuestion(sentence(SHEINBAUM), sheinbaum!, people);
    assert.equal(
      q?.choices.find((c) => c.id === q.correct[0])?.text,
      'Mexican President Claudia Sheinbaum',
    );
  });

  it('offers the other people quoted and "nobody" as the wrong choices', () => {
    const q = speakerQuestion(sentence(SHEINBAUM), trump!, people);
    assert.deepEqual(
      q?.choices.map((c) => c.text),
      [
        'Donald Trump',
        'Mexican President Claudia Sheinbaum',
        'Jim Jordan',
        'Nobody — these are the writer’s words',
      ],
    );
  });

  it('does not cite another speaker’s reporting words as evidence', () => {
    const q = speakerQuestion(sentence(SHEINBAUM), trump!, people);
    assert.deepEqual(
      q?.evidence.map((e) => e.text),
      ['the participation of U.S. forces'],
    );
  });

  it('is not asked about scare quotes or a quote with no known speaker', () => {
    const surge = sentence(8);
    assert.equal(speakerQuestion(surge, surge.quotes[0]!, people), null);
    assert.equal(
      speakerQuestion(surge, { ...surge.quotes[0]!, type: 'speech', speaker: null }, people),
      null,
    );
  });
});
