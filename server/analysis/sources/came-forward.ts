import type { Sentence } from './sentence.ts';
import { subordinate } from './clause.ts';
import type { Phrase } from '../grammar/phrases.ts';
import { sentenceSubject, subjectBefore } from '../grammar/subjects.ts';

// how far after "forward" the words of saying may stand, past a phrase of when ("last month", "a month ago")
const SAYING_REACH = 5;

const ALLEGING = /^(?:alleging|saying|claiming|accusing|describing)$/;
const TO_ALLEGE = /^(?:say|allege|accuse|claim|describe|tell|report)$/;

/**
 * "Karen Monahan, a former girlfriend, came forward last month alleging that Ellison sent her threatening messages",
 * "she came forward a month ago to say the Democrat sent her the messages" (PTC page, blind round 997): someone who
 * "came forward" alleging, or to say, something made it public; the sentence reports the subject's words. The
 * subject when the verb at `i` does so, else null.
 */
export function cameForward(s: Sentence, i: number): Phrase | null {
  const t = s.tokens[i]!;
  if (t.lemma !== 'come' || s.tokens[i + 1]?.lower !== 'forward' || subordinate(s.tokens, i))
    return null;
  for (let k = i + 2; k < s.tokens.length && k <= i + 2 + SAYING_REACH; k++) {
    const x = s.tokens[k]!;
    const says =
      ALLEGING.test(x.lower) || (x.lower === 'to' && TO_ALLEGE.test(s.tokens[k + 1]?.lower ?? ''));
    if (says) return subjectBefore(s.tokens, s.text, i) ?? sentenceSubject(s.tokens);
    if (x.pos === 'VERB' || x.pos === 'AUX' || x.lower === ',' || s.quoted[k]) return null;
  }
  return null;
}
