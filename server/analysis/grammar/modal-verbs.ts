import { retagged, type Token } from './token.ts';
import { MODAL_VERBS } from '../lexicon/auxiliaries.ts';

/**
 * "allowing a source to be identified could place them in danger": after a modal, wink-nlp may read a bare verb that
 * is also a noun ("place", "cost", "face") as the noun. A bare word right after the modal, with an object pronoun or
 * a determiner after it, is the modal's verb. A new array and new tokens only when a sentence has one.
 */
export function retagModalVerbs(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || t.lower.endsWith('s')) continue;
    const modal = tokens[i - 1]!;
    if (modal.pos !== 'AUX' || !MODAL_VERBS.has(modal.lower)) continue;
    const next = tokens[i + 1]!;
    if (!(next.pos === 'DET' || /^(?:them|him|her|us|me|it)$/.test(next.lower))) continue;
    out ??= [...tokens];
    out[i] = retagged(t, 'VERB', t.lower);
  }
  return out ?? tokens;
}
