import { tagger } from './nlp.ts';
import { retagged, tokensOf, type Token } from './token.ts';

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
    if (t.pos !== 'ADJ' || !/ed$/.test(t.lower)) continue;
    if (!/^(?:both|all|each)$/.test(tokens[i - 1]!.lower)) continue;
    if (!/^(?:PROPN|PRON|NOUN)$/.test(tokens[i - 2]!.pos)) continue;
    if (!/^(?:DET|NOUN|PRON|PROPN|ADJ|NUM|SCONJ)$/.test(tokens[i + 1]!.pos)) continue;
    out ??= [...tokens];
    out[i] = retagged(t, 'VERB', verbLemma(t.lower));
  }
  return out ?? tokens;
}

/** The lemma of a past tense, read in a frame where it can only be a verb ("raised" → "raise"). */
export function verbLemma(word: string): string {
  const frame = `They ${word} it.`;
  return tokensOf(frame, tagger.readDoc(frame))[1]?.lemma ?? word;
}
