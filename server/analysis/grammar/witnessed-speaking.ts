import { npEndingAt, type Phrase } from './phrases.ts';
import type { Token } from './token.ts';

const BE = /^(?:is|are|was|were|be|been|being)$/;

/**
 * "Her departure was announced after she was captured on video saying: “…”", "the mayor was heard telling aides …": a
 * verb of saying in -ing right after a passive (with at most a short phrase of means or place between, "on video")
 * goes on from that passive, so its subject was the one speaking, not the sentence's. The subject, or null.
 */
export function witnessedSpeaker(tokens: Token[], verb: number, floor: number): Phrase | null {
  if (!tokens[verb]!.lower.endsWith('ing')) return null;
  let k = verb - 1;
  for (let n = 0; k > floor && tokens[k]!.pos !== 'VERB'; n++, k--)
    if (n === 4 || !/^(?:ADP|DET|NOUN|PROPN|ADJ)$/.test(tokens[k]!.pos)) return null;
  const be = tokens[k - 1];
  if (tokens[k]?.pos !== 'VERB' || be?.pos !== 'AUX' || !BE.test(be.lower)) return null;
  return npEndingAt(tokens, k - 2, floor);
}

// verbs of perceiving that take someone and what he or she was doing: "heard an officer yell", "saw her shout"; and
// of recording someone so: "The full video shows Smith saying that …" (PTC page, blind round 1002), "recorded him
// telling aides"
const PERCEIVING = new Set([
  'hear',
  'overhear',
  'see',
  'watch',
  'show',
  'record',
  'film',
  'capture',
]);

/**
 * "Anthony Rodriguez … heard an officer yell: “Come down!”" (blind round 831), "Neighbours heard a man shouting “Help
 * me!”": a verb of saying, bare or in -ing, after the one a verb of perceiving took as its object, has that one for its
 * subject, not the sentence's. The phrase, or null.
 */
export function perceivedSpeaker(tokens: Token[], verb: number, floor: number): Phrase | null {
  const t = tokens[verb]!;
  if (t.lower !== t.lemma && !t.lower.endsWith('ing')) return null;
  // ("The documentary showed Mr Nattrass, apparently talking about the EU, telling the meeting: “…”": a side phrase
  // set off by commas may stand between the one perceived and the verb; BBC, blind round 1081)
  let end = verb - 1;
  if (tokens[end]?.lower === ',')
    for (let k = end - 1; k > floor && k >= verb - 12; k--)
      if (tokens[k]!.lower === ',') {
        end = k - 1;
        break;
      }
  const np = npEndingAt(tokens, end, floor);
  const perceiving = np ? tokens[np.from - 1] : undefined;
  return np && perceiving?.pos === 'VERB' && PERCEIVING.has(perceiving.lemma) ? np : null;
}
