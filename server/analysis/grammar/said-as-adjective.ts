import { retagged, type Token } from './token.ts';
import { FLOATING_QUANTIFIERS } from '../lexicon/function-words.ts';

/**
 * "the Council of Mortgage Lenders … all said mortgage lending was slowing": after a floating quantifier wink-nlp
 * tags "said" as the adjective of "the said person", so the report is lost. After a noun, a name or a pronoun and
 * such a quantifier, or right after a name, "said" is the verb. A new array and new tokens only when a sentence has
 * one.
 */
export function retagSaidAsAdjective(tokens: Token[]): Token[] {
  if (!tokens.some((_, i) => saidAsAdjective(tokens, i))) return tokens;
  return tokens.map((t, i) => (saidAsAdjective(tokens, i) ? retagged(t, 'VERB', 'say') : t));
}

function saidAsAdjective(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.lower !== 'said' || t.pos === 'VERB') return false;
  // "Robin Cook said people were fed up": right after a name the tagger may read "said" as an adjective too (a name
  // ending in a common noun, "Cook", "Bell"); no adjective follows a name there
  if (tokens[i - 1]?.pos === 'PROPN') return true;
  // "Akihito in a televised address said age and health were …": after a noun it may read as a verb, "said" with a
  // clause after it is the verb ("the said flight" keeps its determiner right before it)
  if (/^(?:NOUN|VERB)$/.test(tokens[i - 1]?.pos ?? '') && clauseFollows(tokens, i)) return true;
  const quantifier = tokens[i - 1];
  const subject = tokens[i - 2];
  return (
    !!quantifier &&
    FLOATING_QUANTIFIERS.has(quantifier.lower) &&
    !!subject &&
    // (… initials in brackets closing the subject too: "… and Building Societies Association (BSA) all said")
    (/^(?:NOUN|PROPN|PRON)$/.test(subject.pos) || subject.lower === ')')
  );
}

/** Whether a clause opens right after token i: a subject (a noun phrase or pronoun) and then its finite verb. */
function clauseFollows(tokens: Token[], i: number): boolean {
  let k = i + 1;
  if (tokens[k]?.lower === 'that') return true;
  while (k < i + 6 && /^(?:DET|ADJ|NOUN|PROPN|PRON|NUM|CCONJ)$/.test(tokens[k]?.pos ?? '')) k++;
  return k > i + 1 && /^(?:AUX|VERB)$/.test(tokens[k]?.pos ?? '');
}
