import { closesApposition } from './closed-apposition.ts';
import { pastStems, retagged, type Token } from './token.ts';
import { REPORTING_VERBS } from '../lexicon/reporting-verbs.ts';

/**
 * "Federal prosecutors alleged that Tova Noel and Michael Thomas … “browsed the Internet,”": after a plural noun
 * wink-nlp may read the past tense of a reporting verb as an adjective ("the alleged crime"), so the report and its
 * source are lost (AEB page of USA Today, blind round 928). Right after a noun, a name or a pronoun and right before
 * "that", it is the verb; its lemma is the reporting verb its spelling comes from. A new array and new tokens only
 * when a sentence has one.
 */
export function retagReportsAsAdjectives(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'ADJ' || !t.lower.endsWith('ed') || !thatAfter(tokens, i)) continue;
    if (!/^(?:NOUN|PROPN|PRON)$/.test(tokens[i - 1]!.pos) && !closesApposition(tokens, i - 1))
      continue;
    const lemma = reportingLemma(t.lower);
    if (!lemma) continue;
    out ??= [...tokens];
    out[i] = retagged(t, 'VERB', lemma);
  }
  return out ?? tokens;
}

/** The reporting verb a past form in -ed is spelled from ("alleged" → "allege", "admitted" → "admit"), or null. */
function reportingLemma(lower: string): string | null {
  return pastStems(lower).find((stem) => REPORTING_VERBS.has(stem)) ?? null;
}

/**
 * "that" right after the word at `i`, or after a short phrase of time or place: "alleged in August that" (PTC page,
 * blind round 1023).
 */
function thatAfter(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.lower === 'that') return true;
  if (tokens[i + 1]?.pos !== 'ADP') return false;
  for (let k = i + 2; k <= i + 5; k++) {
    const t = tokens[k];
    if (t?.lower === 'that') return k > i + 2;
    if (!t || !/^(?:DET|NOUN|PROPN|NUM)$/.test(t.pos)) return false;
  }
  return false;
}
