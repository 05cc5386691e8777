import { retagged, startsUpper, type Token } from './token.ts';
import { PERSON_NAME_PARTICLES } from '../lexicon/name-particles.ts';

/**
 * "“It was a regular patrol,” De Iesu said" (blind round 818), "Di Maria scored": wink-nlp tags a capitalised
 * particle that opens a surname as a foreign word (X) or a preposition, and the name before "said" was cut off at
 * it, so the words had no speaker. A particle written with a capital right before a capitalised name is the name's
 * first word. A new array and new tokens only when a sentence has one.
 */
export function retagNameParticles(text: string, tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos === 'PROPN' || !PERSON_NAME_PARTICLES.has(t.lower)) continue;
    const next = tokens[i + 1]!;
    if (!startsUpper(text, t) || next.pos !== 'PROPN' || !startsUpper(text, next)) continue;
    out ??= [...tokens];
    out[i] = retagged(t, 'PROPN', t.lower);
  }
  return out ?? tokens;
}
