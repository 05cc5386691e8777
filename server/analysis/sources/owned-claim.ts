import { addSource, cue, type Sentence } from './sentence.ts';
import { npEndingAt, type Phrase } from '../grammar/phrases.ts';
import { inList, isPossessiveMark } from '../grammar/token.ts';
import { InList } from '../lexicon/word-lists.ts';
import { POSSESSIVE_DETERMINERS } from '../lexicon/function-words.ts';
import { DATE_NAME, TIME_WORD } from '../lexicon/subject-pieces.ts';

/**
 * "The statement came after North Korea's announcement Tuesday that it would no longer honor the agreements": a noun
 * of something said, owned by a name or a pronoun, with what was said as a "that"-clause after it (maybe past a day),
 * reports the owner's words. Returns true when one stands in the sentence.
 */
export function ownedClaimCues(s: Sentence): boolean {
  let found = false;
  s.tokens.forEach((t, i) => {
    if (found || !inList(t, InList.OWNED_CLAIM_NOUN) || t.pos !== 'NOUN' || s.quoted[i]) return;
    const owner = ownerOf(s, i);
    if (!owner) return;
    let k = i + 1;
    while (
      k <= i + 3 &&
      (TIME_WORD.test(s.tokens[k]?.lower ?? '') || DATE_NAME.test(s.tokens[k]?.lower ?? ''))
    )
      k++;
    if (s.tokens[k]?.lower !== 'that' || !opensClause(s, k + 1)) return;
    cue(s, i, i, 'reporting-verb');
    addSource(s, owner);
    found = true;
  });
  return found;
}

/** The owner before the noun at `i`: "his", or a name or noun before "'s", adjectives between. */
function ownerOf(s: Sentence, i: number): Phrase | null {
  let k = i - 1;
  while (k > 0 && s.tokens[k]!.pos === 'ADJ') k--;
  const t = s.tokens[k];
  if (!t) return null;
  if (POSSESSIVE_DETERMINERS.has(t.lower) && t.lower !== 'its') return { from: k, to: k };
  if (!isPossessiveMark(t)) return null;
  const np = npEndingAt(s.tokens, k - 1, 0);
  return np && /^(?:PROPN|NOUN)$/.test(s.tokens[np.to]!.pos) ? np : null;
}

/** A clause's subject (a pronoun, a name, a determiner or a noun) right at `k`, with a verb within a few words. */
function opensClause(s: Sentence, k: number): boolean {
  if (!/^(?:PRON|PROPN|DET|NOUN|NUM|ADJ)$/.test(s.tokens[k]?.pos ?? '')) return false;
  for (let j = k + 1; j <= k + 8 && j < s.tokens.length; j++) {
    const t = s.tokens[j]!;
    if (t.pos === 'AUX' || t.pos === 'VERB') return true;
    if (t.pos === 'PUNCT') return false;
  }
  return false;
}
