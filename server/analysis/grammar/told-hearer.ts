import type { Token } from './token.ts';
import { TELLING_VERBS } from '../lexicon/reporting-verbs.ts';

const HEARER = /^(?:DET|ADJ|NOUN|PROPN|PRON|PART|NUM)$/;

/**
 * "…, telling ABC's This Week that there is a weird deal going on", "after telling holdouts for the Vermont senator
 * that they were “being ridiculous”" (PolNeAR rounds 1742 and 1746): a verb of telling at `i`, a short phrase of the
 * one told, then "that" or a quotation mark: what was told follows, so the telling reports, where "telling reporters"
 * alone, or "telling them to leave", does not.
 */
export function toldHearerThenClause(tokens: Token[], i: number): boolean {
  if (!TELLING_VERBS.has(tokens[i]?.lemma ?? '')) return false;
  let k = i + 1;
  // (the hearer may run on through a short "of"/"for" phrase: "holdouts for the Vermont senator")
  while (
    k <= i + 8 &&
    tokens[k]?.lower !== 'that' &&
    (HEARER.test(tokens[k]?.pos ?? '') || /^(?:of|for)$/.test(tokens[k]?.lower ?? ''))
  )
    k++;
  if (k === i + 1) return false;
  // ("telling her in a debate that she should burn at the stake", round 1754: a phrase of where or when may follow)
  if (tokens[k]?.pos === 'ADP' && tokens[k]!.lower !== 'that') {
    let j = k + 1;
    while (j <= k + 4 && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[j]?.pos ?? '')) j++;
    if (j > k + 1) k = j;
  }
  const next = tokens[k];
  return (
    // ("that they were": the tagger may read this "that" as a pronoun; a subject after it shows the clause)
    (next?.lower === 'that' &&
      (next.pos === 'SCONJ' || /^(?:PRON|DET|PROPN)$/.test(tokens[k + 1]?.pos ?? ''))) ||
    next?.lower === ':' ||
    /^["“]$/.test(next?.lower ?? '')
  );
}
