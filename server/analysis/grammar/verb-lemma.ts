import { tagger } from './nlp.ts';
import { tokensOf } from './token.ts';

/** The lemma of a past tense, read in a frame where it can only be a verb ("raised" → "raise"). */
export function verbLemma(word: string): string {
  const frame = `They ${word} it.`;
  return tokensOf(frame, tagger.readDoc(frame))[1]?.lemma ?? word;
}
