import { cue, type Sentence } from './sentence.ts';
import { isPassive } from '../grammar/verbs.ts';

// "is said to have", "was announced to have died": the claim comes from unnamed others; not "is expected to pass"
const HEARSAY = new Set([
  'accuse',
  'say',
  'report',
  'believe',
  'think',
  'allege',
  'announce',
  'claim',
  'rumour',
  'rumor',
  'understand',
  'confirm',
]);

/** Finds "X is said/reported/believed to …" without a named agent; returns true when one carries the sentence. */
export function hearsayCues(s: Sentence): boolean {
  let found = false;
  s.tokens.forEach((t, i) => {
    if (s.quoted[i] || !HEARSAY.has(t.lemma) || t.pos !== 'VERB' || !isPassive(s.tokens, i)) return;
    const next = s.tokens[i + 1];
    const after = s.tokens[i + 2];
    // "was accused of inciting": an accusation made by others
    if (t.lemma === 'accuse' && next?.lower === 'of') {
      cue(s, i - 1, i + 1, 'reporting-verb');
      found = true;
      return;
    }
    if (next?.lower !== 'to' || !after || (after.pos !== 'VERB' && after.pos !== 'AUX')) return;
    cue(s, i - 1, i + 1, 'reporting-verb');
    found = true;
  });
  return found;
}
