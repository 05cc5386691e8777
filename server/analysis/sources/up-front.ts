import { firstFrom } from '../grammar/token-search.ts';
import type { Sentence } from './sentence.ts';
import { isNamingParticiple } from '../grammar/naming-participle.ts';

const REPORT_CUES = new Set(['reporting-verb', 'according-to', 'reportedly']);

/**
 * Whether the sentence's first report cue opens its main clause — no verb before it outside the quotes ("Police
 * spokesman Ana Ruiz said", "According to X, …") — or closes it as a tag ("…, officials said."). A cue after another
 * verb ("… asked the judge to …", "…, which, they observed, …", "PKK is …, according to Turkey, …") may carry only a
 * side detail, so calibration gives such a sentence its own, less sure, basis.
 */
export function reportUpFront(s: Sentence): boolean {
  const first = s.cues.find((c) => REPORT_CUES.has(c.cue));
  if (!first) return true;
  const at = firstFrom(s.tokens, first.start);
  const rest = s.tokens.slice(at + 1);
  if (rest.length <= 6 && rest.every((t) => t.pos !== 'VERB')) return true;
  // ("The company that makes the drug said …", "The firm, which makes drugs, said …": the verb of a relative clause on
  // the subject is no verb of the sentence's own before the report)
  let relative = false;
  for (let i = 0; i < at; i++) {
    const t = s.tokens[i]!;
    if (RELATIVE_OPENERS.test(t.lower) && (t.lower !== 'that' || s.tokens[i - 1]?.pos === 'NOUN'))
      relative = true;
    // (… nor is a name given to it: "Communist hitmen known as sparrows have claimed …")
    else if (isNamingParticiple(s.tokens, s.text, i)) continue;
    else if (!relative && !s.quoted[i] && t.pos === 'VERB') return false;
  }
  return true;
}

const RELATIVE_OPENERS = /^(?:who|which|that)$/;
