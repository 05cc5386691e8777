import type { Sentence } from './sentence.ts';
import { QUOTE_TOKEN } from './sentence.ts';
import { subordinate } from './clause.ts';
import { npEndingAt, phraseAfter, type Phrase } from '../grammar/phrases.ts';
import { clauseOpensAfter } from '../grammar/clause-opens.ts';
import { isFiniteVerb } from '../grammar/finite-verb.ts';
import { isReportingVerb } from '../grammar/verbs.ts';

/**
 * The "who" or "which" that opens the relative clause whose verb is token i ("who also said"), or -1. ("… a report
 * released by the United Nations, which said the presence of warships …": a body or a text tells as a person does)
 */
function relativeWho(s: Sentence, i: number): number {
  let k = i - 1;
  while (k > 0 && /^(?:AUX|ADV|PART)$/.test(s.tokens[k]!.pos)) k--;
  return /^(?:who|which)$/.test(s.tokens[k]?.lower ?? '') && s.tokens[k - 1]?.lower === ','
    ? k
    : -1;
}

/** Whether the sentence's own verb stands before token k, outside quotation and any other relative clause. */
function ownVerbBefore(s: Sentence, k: number): boolean {
  for (let j = 0; j < k; j++) {
    const t = s.tokens[j]!;
    if (t.lower === 'who' || t.lower === 'which') return false;
    if (!s.quoted[j] && isFiniteVerb(t)) return true;
  }
  return false;
}

/** What is told after the verb at i: a clause, or a quotation ("who said “It's a scenario …”"). */
function toldContent(s: Sentence, i: number): boolean {
  let at = i;
  if (s.tokens[i]!.lemma === 'tell') {
    const told = phraseAfter(s.tokens, i);
    if (!told) return false;
    at = told.to;
  }
  const next = s.tokens[at + 1];
  if (next && (QUOTE_TOKEN.test(next.lower) || s.quoted[at + 1])) return true;
  if (next?.lower === ':' || next?.lower === ',')
    return QUOTE_TOKEN.test(s.tokens[at + 2]?.lower ?? '');
  return clauseOpensAfter(s.tokens, at);
}

/**
 * "AFP spoke to Terence Fan, an air industry expert from Singapore Management University, who said “It's a scenario
 * …”", "The report quotes Jyunichi Tokuyama, a specialist …, who said he was shocked": a relative clause on a phrase
 * after the sentence's own verb goes on to tell what that person said, and that is what the sentence reports. Before
 * the sentence's verb it is a side detail ("Kent, who attacked the plan as “a reckless gamble”, flew to Rome").
 * The phrase the relative clause is on (past an apposition, to the name), or null.
 */
export function continuativeReport(s: Sentence, i: number): Phrase | null {
  const t = s.tokens[i]!;
  if (t.pos !== 'VERB' || t.lower.endsWith('ing') || s.quoted[i]) return null;
  const who = relativeWho(s, i);
  if (who < 0 || !isReportingVerb(s.tokens, i) || !toldContent(s, i)) return null;
  if (!ownVerbBefore(s, who) || subordinate(s.tokens, who)) return null;
  const np = npEndingAt(s.tokens, who - 2, 0);
  if (!np) return null;
  // ("Terence Fan, an expert from …, who said": the relative clause is on the one the apposition describes)
  for (let k = np.from - 1; k > 0; k--) {
    if (s.tokens[k]!.lower !== ',') continue;
    const named = npEndingAt(s.tokens, k - 1, 0);
    if (named && s.tokens[named.from]!.pos === 'PROPN') return named;
    break;
  }
  return np;
}
