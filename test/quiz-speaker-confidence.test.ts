import assert from 'node:assert/strict';
import type { ArticleAnalysis } from '../server/analysis/types.ts';
import {
  applyOverrides,
  generateQuestions,
  isSpeakerReliable,
  MIN_CONFIDENCE,
  speakerConfidenceOf,
} from '../server/quiz/index.ts';
import type { Question } from '../server/quiz/types.ts';
import type { SentenceOverride } from '../server/store/types.ts';
import { quizArticle } from './fixtures/quiz-article.ts';

// "‘We are going to start now hitting land …,’ he declared": one speech quote with a known speaker.
const DECLARED = 11;

/** The fixture with the analyzer's confidence in one quote's speaker set (`speakerConfidence` is optional). */
function withSpeakerConfidence(value: unknown, index = DECLARED): ArticleAnalysis {
  return {
    ...quizArticle,
    sentences: quizArticle.sentences.map((s) =>
      s.index === index
        ? { ...s, quotes: s.quotes.map((q) => ({ ...q, speakerConfidence: value })) }
        : s,
    ),
  } as ArticleAnalysis;
}

function speakerAbout(qs: Question[], index = DECLARED) {
  return qs.find((q) => q.type === 'speaker' && q.sentenceIndex === index);
}

describe('generateQuestions(a quote whose speaker the analyzer rated)', () => {
  it('asks who said a quote without a speaker confidence, as lessons made before it always did', () => {
    assert.equal(speakerConfidenceOf(quizArticle.sentences[DECLARED]!.quotes[0]!), undefined);
    assert.ok(speakerAbout(generateQuestions(quizArticle)));
  });

  it('does not ask who said a quote whose speaker is below the quiz threshold', () => {
    const qs = generateQuestions(withSpeakerConfidence(MIN_CONFIDENCE - 0.01));
    assert.equal(speakerAbout(qs), undefined);
  });

  it('keeps the sentence’s other questions when only its speaker is unsure', () => {
    const sure = generateQuestions(quizArticle).filter((q) => q.sentenceIndex === DECLARED);
    const unsure = generateQuestions(withSpeakerConfidence(0.3)).filter(
      (q) => q.sentenceIndex === DECLARED,
    );
    assert.deepEqual(
      unsure.map((q) => q.type),
      sure.map((q) => q.type).filter((type) => type !== 'speaker'),
    );
    assert.ok(unsure.length > 0, 'the sentence still has a question');
  });

  it('asks who said a quote whose speaker is exactly at the threshold or above', () => {
    assert.ok(speakerAbout(generateQuestions(withSpeakerConfidence(MIN_CONFIDENCE))));
    assert.ok(speakerAbout(generateQuestions(withSpeakerConfidence(0.95))));
  });

  it('asks again once the teacher types the speaker, and asks with the teacher’s speaker', () => {
    const overrides: SentenceOverride[] = [
      { sentenceIndex: DECLARED, quotes: [{ quoteIndex: 0, speaker: 'Donald Trump' }] },
    ];
    const q = speakerAbout(generateQuestions(withSpeakerConfidence(0.2), overrides));
    assert.ok(q);
    assert.equal(q.choices.find((c) => c.id === q.correct[0])?.text, 'Donald Trump');
  });

  it('asks again once the teacher confirms the sentence', () => {
    const overrides: SentenceOverride[] = [{ sentenceIndex: DECLARED, confirmed: true }];
    assert.ok(speakerAbout(generateQuestions(withSpeakerConfidence(0.2), overrides)));
  });

  it('asks once the teacher confirms just the speaker, with the analyzer’s speaker', () => {
    const overrides: SentenceOverride[] = [
      { sentenceIndex: DECLARED, quotes: [{ quoteIndex: 0, confirmed: true }] },
    ];
    const q = speakerAbout(generateQuestions(withSpeakerConfidence(0.2), overrides));
    assert.ok(q);
    const speaker = quizArticle.sentences[DECLARED]!.quotes[0]!.speaker;
    assert.equal(q.choices.find((c) => c.id === q.correct[0])?.text, speaker);
  });

  it('asks only who said it in a sentence whose label stays unsure, once the teacher confirms the speaker', () => {
    const analysis = withSpeakerConfidence(0.2);
    const unsure: ArticleAnalysis = {
      ...analysis,
      sentences: analysis.sentences.map((s) =>
        s.index === DECLARED ? { ...s, confidence: MIN_CONFIDENCE - 0.2 } : s,
      ),
    };
    const about = (qs: Question[]) => qs.filter((q) => q.sentenceIndex === DECLARED);
    assert.deepEqual(about(generateQuestions(unsure)), []);
    const overrides: SentenceOverride[] = [
      { sentenceIndex: DECLARED, quotes: [{ quoteIndex: 0, confirmed: true }] },
    ];
    assert.deepEqual(
      about(generateQuestions(unsure, overrides)).map((q) => q.type),
      ['speaker'],
    );
  });

  it('still does not ask when the teacher only changed the sentence’s label', () => {
    const overrides: SentenceOverride[] = [{ sentenceIndex: DECLARED, label: 'framing' }];
    assert.equal(speakerAbout(generateQuestions(withSpeakerConfidence(0.2), overrides)), undefined);
  });
});

describe('applyOverrides(speaker confidence)', () => {
  it('rates a speaker the teacher typed, and every speaker of a confirmed sentence, 1', () => {
    const typed = applyOverrides(withSpeakerConfidence(0.2), [
      { sentenceIndex: DECLARED, quotes: [{ quoteIndex: 0, speaker: 'Donald Trump' }] },
    ]);
    assert.equal(speakerConfidenceOf(typed.sentences[DECLARED]!.quotes[0]!), 1);
    const confirmed = applyOverrides(withSpeakerConfidence(0.2), [
      { sentenceIndex: DECLARED, confirmed: true },
    ]);
    assert.equal(speakerConfidenceOf(confirmed.sentences[DECLARED]!.quotes[0]!), 1);
  });

  it('rates a speaker the teacher confirmed 1, and leaves the sentence’s label as sure as it was', () => {
    const analysis = withSpeakerConfidence(0.2);
    const out = applyOverrides(analysis, [
      { sentenceIndex: DECLARED, quotes: [{ quoteIndex: 0, confirmed: true }] },
    ]);
    assert.equal(speakerConfidenceOf(out.sentences[DECLARED]!.quotes[0]!), 1);
    assert.equal(out.sentences[DECLARED]!.confidence, analysis.sentences[DECLARED]!.confidence);
  });

  it('leaves the analyzer’s rating when the teacher changed only the quote’s kind', () => {
    const out = applyOverrides(withSpeakerConfidence(0.2), [
      { sentenceIndex: DECLARED, quotes: [{ quoteIndex: 0, type: 'speech' }] },
    ]);
    assert.equal(speakerConfidenceOf(out.sentences[DECLARED]!.quotes[0]!), 0.2);
  });
});

describe('isSpeakerReliable(a stored quote)', () => {
  it('treats a missing or malformed rating as unrated, so old lessons ask as before', () => {
    const quote = quizArticle.sentences[DECLARED]!.quotes[0]!;
    for (const bad of [undefined, 'high', Number.NaN, null]) {
      const q = { ...quote, speakerConfidence: bad } as typeof quote;
      assert.equal(speakerConfidenceOf(q), undefined);
      assert.equal(isSpeakerReliable(q), true);
    }
  });
});
