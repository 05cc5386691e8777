import { retagged, type Token } from './token.ts';
import { verbLemma } from './verb-lemma.ts';

/**
 * "One anonymous pilot interviewed by Channel 4 accused the airline of …": wink-nlp may read a past tense in -ed after
 * a name or a number as a noun ("Channel 4 accused"). With a noun phrase's determiner or a pronoun after it, and a
 * name, a noun or a number before it (no determiner: "the accused man" keeps its adjective), or between two names, it is the verb. A new
 * array and new tokens only when a sentence has one.
 */
export function retagPastNouns(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || !pastShaped(t.lower)) continue;
    if (!/^(?:PROPN|NOUN|NUM)$/.test(tokens[i - 1]!.pos)) continue;
    // (… or a name between two names: "Trump ribbed Christie for his Bridgegate scandal")
    const named = tokens[i - 1]!.pos === 'PROPN' && tokens[i + 1]!.pos === 'PROPN';
    if (!named && !/^(?:DET|PRON)$/.test(tokens[i + 1]!.pos)) continue;
    const lemma = verbLemma(t.lower);
    if (lemma === t.lower) continue;
    out ??= [...tokens];
    out[i] = retagged(t, 'VERB', lemma);
  }
  return out ?? tokens;
}

// a word in -ed after another letter than "e" (/[^e]ed$/), told by its codes: asked of every noun of every sentence
function pastShaped(lower: string): boolean {
  const n = lower.length;
  return n >= 3 && lower.endsWith('ed') && lower.charCodeAt(n - 3) !== 0x65;
}
