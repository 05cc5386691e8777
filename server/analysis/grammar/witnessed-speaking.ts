import { npEndingAt, type Phrase } from './phrases.ts';
import type { Token } from './token.ts';

const BE = /^(?:is|are|was|were|be|been|being)$/;

/**
 * "Her departure was announced after she was captured on video saying: “…”", "the mayor was heard telling aides …": a
 * verb of saying in -ing right after a passive (with at most a short phrase of means or place between, "on video")
 * goes on from that passive, so its subject was the one speaking, not the sentence's. The subject, or null.
 */
export function witnessedSpeaker(tokens: Token[], verb: number, floor: number): Phrase | null {
  if (!/ing$/.test(tokens[verb]!.lower)) return null;
  let k = verb - 1;
  for (let n = 0; k > floor && tokens[k]!.pos !== 'VERB'; n++, k--)
    if (n === 4 || !/^(?:ADP|DET|NOUN|PROPN|ADJ)$/.test(tokens[k]!.pos)) return null;
  const be = tokens[k - 1];
  if (tokens[k]?.pos !== 'VERB' || be?.pos !== 'AUX' || !BE.test(be.lower)) return null;
  return npEndingAt(tokens, k - 2, floor);
}
