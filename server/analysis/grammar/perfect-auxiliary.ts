import { retagged, type Token } from './token.ts';
import { PERFECT_AUXILIARIES } from '../lexicon/auxiliaries.ts';

/**
 * "Swiss Re has said …": after a name the tagger did not know, wink-nlp may read the perfect's "has" as the verb "to
 * have" and the participle after it as a second verb, so the walk back from "said" stops at "has". A form of "have"
 * read as a verb right before a past tense or participle read as a verb is the perfect's auxiliary. A new array and
 * new tokens only when a sentence has one.
 */
export function retagPerfectAuxiliaries(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !PERFECT_AUXILIARIES.has(t.lower)) continue;
    const next = tokens[i + 1]!;
    // (past tense and participle are one form for most verbs: "said", "told", "agreed")
    if (next.pos !== 'VERB' || next.lower === next.lemma || /(?:ing|s)$/.test(next.lower)) continue;
    out ??= [...tokens];
    out[i] = retagged(t, 'AUX');
  }
  return out ?? tokens;
}
