import { DEMAND_LINKS, DEMAND_NOUNS } from '../lexicon/demand-nouns.ts';
import { POSSESSIVES } from '../lexicon/function-words.ts';
import { cue, type Sentence } from './sentence.ts';

/**
 * "One of the key demands was a higher minimum wage", "Their main demand is …", "Among their demands are …": what a
 * group demands, stated as the content of its demand, is that group's position, not the writer's claim. A demand
 * in the singular counts only with an owner ("the demand for housing rose" is a market's).
 */
export function demandCues(s: Sentence): boolean {
  const tokens = s.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (s.quoted[i] || t.pos !== 'NOUN' || !DEMAND_NOUNS.has(t.lemma)) continue;
    const plural = t.lower !== t.lemma;
    let k = i - 1;
    while (k >= 0 && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'ADV')) k--;
    const owned = POSSESSIVES.has(tokens[k]?.lower ?? '');
    if (!plural && !owned) continue;
    const among =
      tokens[k - (owned ? 0 : 1)]?.lower === 'among' || tokens[k - 1]?.lower === 'among';
    const link = tokens[i + 1];
    // (a copula, not a passive's auxiliary: "The union demands were rejected" states what became of them)
    const linked =
      !!link &&
      DEMAND_LINKS.has(link.lemma) &&
      (link.pos === 'AUX' || link.pos === 'VERB') &&
      tokens[i + 2]?.pos !== 'VERB';
    if (!among && !linked) continue;
    cue(s, i, i, 'reporting-verb');
    return true;
  }
  return false;
}
