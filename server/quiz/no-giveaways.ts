import type { Question } from './types.ts';

/**
 * A classify question's feedback quotes the loaded words, which would answer a spot-the-framing question on
 * the same sentence. So each sentence keeps one of the two, chosen by a bit of the sentence's classify id:
 * about half the framing sentences are asked each way, and the choice never depends on other sentences.
 */
export function dropGiveaways(questions: readonly Question[]): Question[] {
  const spotted = new Set(
    questions.filter((q) => q.type === 'spot-framing').map((q) => q.sentenceIndex),
  );
  const askSpot = new Set(
    questions
      .filter(
        (q) =>
          q.type === 'classify' && spotted.has(q.sentenceIndex) && q.id.charCodeAt(0) % 2 === 0,
      )
      .map((q) => q.sentenceIndex),
  );
  return questions.filter((q) => {
    if (!spotted.has(q.sentenceIndex)) return true;
    if (q.type === 'classify') return !askSpot.has(q.sentenceIndex);
    if (q.type === 'spot-framing') return askSpot.has(q.sentenceIndex);
    return true;
  });
}
