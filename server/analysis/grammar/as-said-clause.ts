import type { Token } from './token.ts';
import { phraseAfter, type Phrase } from './phrases.ts';
import { isReportingVerb } from './verbs.ts';
import { PERFECT_AUXILIARIES } from '../lexicon/auxiliaries.ts';
import { QUOTE_TAG_VERBS, REPORTING_VERBS } from '../lexicon/reporting-verbs.ts';

/**
 * "As Lee told the Daily Star, crime has fallen", "As the minister said, …": a clause of saying opened by "as" and
 * closed by a comma makes the rest of the sentence that source's words. Only an opening "as" (or one after a comma
 * or "and"/"but") is looked at; the verb must end the clause ("As Lee said,") or, for "told", its hearer must
 * ("As Lee told reporters,"), so a temporal "as" ("As the firm announced its results, shares fell") is left alone.
 */
export function asSaidClause(tokens: Token[], i: number): { np: Phrase; verb: number } | null {
  const prev = tokens[i - 1];
  if (prev && prev.lower !== ',' && prev.pos !== 'CCONJ') return null;
  // "As of this writing," is no source
  // ("As one aide put it, …": a number may open the phrase)
  if (!/^(?:DET|PROPN|PRON|NOUN|ADJ|NUM)$/.test(tokens[i + 1]?.pos ?? '')) return null;
  let np = phraseAfter(tokens, i);
  if (!np || np.to - np.from > 5) return null;
  // "As Jones notes, …", "As the critics argue, …": a present-tense verb the tagger read as a plural noun ends the
  // phrase; it is the verb when the comma follows it
  const last = tokens[np.to]!;
  if (
    np.to > np.from &&
    last.pos === 'NOUN' &&
    /[^s]s$/.test(last.lower) &&
    tokens[np.to + 1]?.lower === ',' &&
    REPORTING_VERBS.has(last.lemma)
  )
    np = { from: np.from, to: np.to - 1 };
  let v = np.to + 1;
  if (PERFECT_AUXILIARIES.has(tokens[v]?.lower ?? '')) v++;
  // ("As The Atlantic recently noted, …", PolNeAR round 1744: an adverb may stand before the verb)
  if (tokens[v]?.pos === 'ADV' && /ly$|^(?:also|first|once|earlier)$/.test(tokens[v]!.lower)) v++;
  const verb = tokens[v];
  if (!verb || verb.lower.endsWith('ing')) return null;
  // "As the Tory leader declared, …": a verb that reports only with a clause or a quotation ("declared a state of
  // emergency" is an act) ends the clause here, and the rest of the sentence is what was declared
  // (… or, after a comma, the clause closes the sentence: "…, as The New York Times reported on Sunday.", "“…,” as he
  // claimed in his victory speech Tuesday night.")
  // ("As Thomas Mann … has described it, “…”", "As one aide put it, …": the verb's "it" stands for the words after)
  const it = tokens[v + 1]?.lower === 'it' ? 1 : 0;
  const closed =
    tokens[v + 1 + it]?.lower === ',' ||
    (prev?.lower === ',' && endsAfterPhrase(tokens, v + it)) ||
    placeThenComma(tokens, v + 1) ||
    timeThenComma(tokens, v + 1);
  const sayingVerb =
    REPORTING_VERBS.has(verb.lemma) ||
    QUOTE_TAG_VERBS.has(verb.lemma) ||
    (it === 1 && verb.lemma === 'put');
  if (!isReportingVerb(tokens, v) && !(closed && sayingVerb && verb.pos === 'VERB')) return null;
  if (closed) return { np, verb: v };
  if (verb.lemma !== 'tell') return null;
  // the hearer: a short phrase of names and nouns, then the comma
  for (let k = v + 1; k <= v + 6 && k < tokens.length; k++) {
    if (tokens[k]!.lower === ',') return k > v + 1 ? { np, verb: v } : null;
    if (!/^(?:DET|PROPN|NOUN|PRON|ADJ)$/.test(tokens[k]!.pos)) return null;
  }
  return null;
}

/**
 * "As he wrote in the Times, the plan failed", "As the minister said on Twitter, …": a short phrase of outlet or
 * place opened by a preposition at `k`, then the comma closing the clause.
 */
function placeThenComma(tokens: Token[], k: number): boolean {
  if (tokens[k]?.pos !== 'ADP' || tokens[k]!.lower === 'that') return false;
  for (let j = k + 1; j <= k + 5 && j < tokens.length; j++) {
    if (tokens[j]!.lower === ',') return j > k + 1;
    if (!/^(?:DET|PROPN|NOUN|ADJ)$/.test(tokens[j]!.pos)) return false;
  }
  return false;
}

// a word of when: "just today", "last week", "earlier this year"
const WHEN_WORD =
  /^(?:just|only|earlier|recently|last|this|next|today|yesterday|week|month|year|weekend|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/**
 * "As the Washington Post's investigative unit reported just today, the State Department Inspector General issued
 * subpoenas …" (PolNeAR round 1743): a short phrase of when after the verb at `k - 1`, then the comma closing the clause.
 */
function timeThenComma(tokens: Token[], k: number): boolean {
  for (let j = k; j <= k + 3 && j < tokens.length; j++) {
    if (tokens[j]!.lower === ',') return j > k;
    if (!WHEN_WORD.test(tokens[j]!.lower)) return false;
  }
  return false;
}

/**
 * Whether the sentence ends right after the verb at `v`, or after a short phrase of place or time opened by a
 * preposition or a day's name ("on Sunday", "in his victory speech Tuesday night").
 */
function endsAfterPhrase(tokens: Token[], v: number): boolean {
  let k = v + 1;
  if (tokens[k]?.pos === 'ADP' || tokens[k]?.pos === 'PROPN')
    while (k <= v + 8 && /^(?:ADP|DET|NOUN|PROPN|NUM|ADJ|PRON)$/.test(tokens[k]?.pos ?? '')) k++;
  const end = tokens[k];
  return k === tokens.length || (/^[.!?]$/.test(end?.lower ?? '') && k === tokens.length - 1);
}
