import { sentenceSubject } from '../grammar/subjects.ts';
import type { Phrase } from '../grammar/phrases.ts';
import type { Sentence } from './sentence.ts';
import { SURELY_SAID } from '../lexicon/reporting-verbs.ts';

/**
 * "Mr Khodorkovsky pleaded not guilty to the charges and denied involvement", "Democratize SSMU deleted the message
 * and apologized for publishing material that was …" (BBC and PTC pages, blind rounds 1041 and 1025): a verb that
 * reports words whatever follows it, joined by "and" or "but" to the predicate of an act and with no subject of its
 * own, shares the sentence's subject. That subject, or null when the verb is another, has a subject of its own, or
 * the sentence's subject is not found before the conjunction.
 */
export function coordinatedPredicateSubject(s: Sentence, i: number): Phrase | null {
  // (only verbs that report words whatever follows them: "and called 911", "and determined that …", "and noted if …",
  // "and defended him" join acts as often as reports; replayed over blind rounds 560–1022)
  if (!SURELY_SAID.has(s.tokens[i]!.lemma)) return null;
  let k = i - 1;
  while (k > 0 && /^(?:ADV|AUX|PART)$/.test(s.tokens[k]!.pos)) k--;
  const joint = s.tokens[k];
  if (!joint || !/^(?:and|but)$/.test(joint.lower)) return null;
  const subject = sentenceSubject(s.tokens);
  if (!subject || subject.to >= k - 1) return null;
  // (the sentence's own verb stands between the subject and the conjunction)
  for (let j = subject.to + 1; j < k; j++) if (s.tokens[j]!.pos === 'VERB') return subject;
  return null;
}
