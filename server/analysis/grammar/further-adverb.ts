import { retagged, type Token } from './token.ts';

/**
 * "He further said the airline would not be able to get investors" (round 1108, PTI copy): after a pronoun wink-nlp
 * reads "further" as the verb ("to further a cause"), so the sentence's real verb, "said", loses its subject. Between a
 * pronoun and a verb it is the adverb, as it already is after a name ("Mr Singh further said"). A new array and a new
 * token only when a sentence has one.
 */
export function retagFurtherAdverbs(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || t.lower !== 'further') continue;
    if (tokens[i - 1]!.pos !== 'PRON' || tokens[i + 1]!.pos !== 'VERB') continue;
    out ??= [...tokens];
    out[i] = retagged(t, 'ADV', 'further');
  }
  return out ?? tokens;
}
