import type { AnalyzedSentence, Span } from '../analysis/index.ts';
import { choiceId } from './choice-id.ts';
import { isValidSpan } from './evidence.ts';
import { loadedPhrases } from './loaded-phrases.ts';
import { neutralPhrases } from './neutral-phrases.ts';
import { promptPrefix } from './prompt-prefix.ts';
import { questionId } from './question-id.ts';
import { quoteList } from './quote-list.ts';
import { spread } from './spread.ts';
import type { Choice, SpotFramingQuestion } from './types.ts';
import { wordsOf } from './words.ts';

const MAX_CORRECT = 3;
const CHOICE_COUNT = 5;
const MIN_DISTRACTORS = 2;

/**
 * "Spot the framing" (checkboxes): which phrases of a framing sentence are the writer's loaded wording.
 * Right answers come from framing evidence; the others are neutral phrases of similar length from the same
 * sentence, outside any evidence and quote. Null when the sentence offers too few of either.
 */
export function spotFramingQuestion(sentence: AnalyzedSentence): SpotFramingQuestion | null {
  if (sentence.label !== 'framing') return null;
  const text = sentence.text;
  const words = wordsOf(text);
  // Quote marks sit just outside a quote's offsets: block them too.
  const quoteSpans = sentence.quotes
    .filter((q) => isValidSpan(sentence, q))
    .map((q) => ({ start: q.start - 1, end: q.end + 1 }));
  const loaded = loadedPhrases(sentence, words, quoteSpans).slice(0, MAX_CORRECT);
  if (loaded.length === 0) return null;
  const blocked: Span[] = [
    ...sentence.evidence.filter((e) => isValidSpan(sentence, e)),
    ...quoteSpans,
    ...loaded.map((p) => ({ start: p.start - 1, end: p.end + 1 })),
  ];
  // a phrase's length in words, counted on the sentence's words rather than by parsing the phrase again
  const wordCount = (p: Span): number =>
    words.filter((w) => w.start >= p.start && w.end <= p.end).length;
  const meanWords = loaded.reduce((n, p) => n + wordCount(p), 0) / loaded.length;
  const neutral = neutralPhrases(text, words, blocked, Math.round(meanWords));
  const distractors = spread(neutral, Math.max(MIN_DISTRACTORS, CHOICE_COUNT - loaded.length));
  if (distractors.length < MIN_DISTRACTORS) return null;

  const toChoice = (s: Span): Choice => ({
    id: choiceId(text.slice(s.start, s.end)),
    text: text.slice(s.start, s.end),
  });
  const correctChoices = loaded.map(toChoice);
  const choices = [...loaded, ...distractors].sort((a, b) => a.start - b.start).map(toChoice);
  if (new Set(choices.map((c) => c.id)).size !== choices.length) return null;
  const evidence = loaded.flatMap((p) => p.evidence);
  const neutralTexts = distractors.map((s) => text.slice(s.start, s.end));
  return {
    id: questionId('spot-framing', text, ...correctChoices.map((c) => c.id)),
    type: 'spot-framing',
    sentenceIndex: sentence.index,
    prompt: `${promptPrefix(sentence.kind)}Which of these phrases are the writer’s own loaded wording? Tick every one that applies.`,
    excerpt: text,
    choices,
    explanation: `The writer’s judgement shows in ${quoteList(evidence.map((e) => e.text))}: those words evaluate or dramatise rather than report. ${quoteList(neutralTexts)} only say what is there.`,
    evidence,
    multiple: true,
    correct: correctChoices.map((c) => c.id),
  };
}
