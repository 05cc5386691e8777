import type { Sentence } from './sentence.ts';
import { subordinate } from './clause.ts';
import type { Phrase } from '../grammar/phrases.ts';
import { sentenceSubject, subjectBefore } from '../grammar/subjects.ts';
import { innerHyphen, isPossessiveMark } from '../grammar/token.ts';
import { CARRYING_VERBS, SAID_NOUNS } from '../lexicon/said-nouns.ts';

// how far after the verb its noun of saying may stand ("repeated the administration's claim from a day earlier")
const NOUN_REACH = 6;
// how far after that noun its "that" may stand, past a short phrase of when or whose
const CLAUSE_REACH = 5;

/**
 * "Sam Donaldson made the claim that Jim Acosta had already won", "Sanders also repeated the administration's claim
 * from a day earlier that existing law already prohibits plastic firearms" (PTC pages, blind rounds 997 and 998): a
 * verb that only carries the noun after it, with a noun of saying and that noun's "that" clause, reports words; the
 * sentence's subject said them. The subject when the verb at `i` does so, else null.
 */
export function saidNounObject(s: Sentence, i: number): Phrase | null {
  const t = s.tokens[i]!;
  if (t.pos !== 'VERB' || !CARRYING_VERBS.has(t.lemma) || subordinate(s.tokens, i)) return null;
  // (a case only to be made, "would allow the sides to make the case that …", and a vow "often-repeated", a
  // modifier, report nothing said)
  if (s.tokens[i - 1]?.lower === 'to' || innerHyphen(s.tokens, i - 1)) return null;
  let noun = i + 1;
  for (; noun < s.tokens.length && noun <= i + NOUN_REACH; noun++) {
    const x = s.tokens[noun]!;
    if (x.pos === 'NOUN' && SAID_NOUNS.has(x.lower)) break;
    if (!/^(?:DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(x.pos) && !isPossessiveMark(x)) return null;
  }
  if (noun > i + NOUN_REACH || noun >= s.tokens.length) return null;
  let that = noun + 1;
  while (
    that <= noun + CLAUSE_REACH &&
    /^(?:ADP|DET|ADJ|NOUN|PROPN|NUM|ADV)$/.test(s.tokens[that]?.pos ?? '')
  )
    that++;
  if (s.tokens[that]?.lower !== 'that') return null;
  return subjectBefore(s.tokens, s.text, i) ?? sentenceSubject(s.tokens);
}
