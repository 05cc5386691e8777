import { retagged, type Token } from './token.ts';

/**
 * "The investigation further found the flight crew were untrained": after an adverb it reads as an adjective, wink-nlp
 * may tag "found" as a noun, and the finding is lost. English has no noun "found" outside "lost and found", so one
 * not after a determiner, with a phrase or "that" after it, is the verb. A new array and new tokens only when a
 * sentence has one.
 */
export function retagFoundAsNoun(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.lower !== 'found' || t.pos !== 'NOUN') continue;
    if (tokens[i - 1]!.pos === 'DET' || tokens[i - 1]!.lower === 'and') continue;
    const next = tokens[i + 1]!;
    if (!/^(?:DET|PRON|PROPN|NOUN|NUM)$/.test(next.pos) && next.lower !== 'that') continue;
    out ??= [...tokens];
    out[i] = retagged(t, 'VERB', 'find');
    // ("further" before it modifies the verb, no part of the subject)
    if (tokens[i - 1]!.lower === 'further') out[i - 1] = retagged(tokens[i - 1]!, 'ADV');
  }
  return out ?? tokens;
}
