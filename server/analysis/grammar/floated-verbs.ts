import { retagged, type Token } from './token.ts';
import { verbLemma } from './verb-lemma.ts';
import { FLOATING_QUANTIFIERS } from '../lexicon/function-words.ts';

/**
 * "Reed and Schiff both raised concerns about Trump's mindfulness": after a quantifier floating behind its subject (a
 * name, a pronoun or a noun before "both", "all" or "each"), wink-nlp may read the verb in -ed as an adjective of the
 * noun after it ("both raised concerns"). Before a noun phrase or a clause it is the subject's verb. A new array and new
 * tokens only when a sentence has one.
 */
export function retagFloatedVerbs(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 2; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'ADJ' || !t.lower.endsWith('ed')) continue;
    if (!FLOATING_QUANTIFIERS.has(tokens[i - 1]!.lower)) continue;
    if (!/^(?:PROPN|PRON|NOUN)$/.test(tokens[i - 2]!.pos)) continue;
    if (!/^(?:DET|NOUN|PRON|PROPN|ADJ|NUM|SCONJ)$/.test(tokens[i + 1]!.pos)) continue;
    out ??= [...tokens];
    out[i] = retagged(t, 'VERB', verbLemma(t.lower));
  }
  return out ?? tokens;
}
