import { retagged, type Token } from './token.ts';

// words the phrase a forecast puts forward may open with: an article, a number, an adjective or a participle used as
// one ("forecast improved 1987 earnings", "forecasts operating profit …"), or "that"
const OBJECT_OPENERS = /^(?:DET|NUM|ADJ|SCONJ)$/;

/**
 * "The study forecast a decline in growth", "Plexman forecasts operating profit will rise" (Reuters-21578, rounds
 * 1253, 1254 and 1264): wink-nlp reads "forecast" after its subject as the noun of "the study forecast", which hides
 * the verb of the sentence. After a name, a noun or a pronoun, and before the phrase it puts forward, it is the verb.
 * A new array and new tokens only when a sentence has one.
 */
export function retagForecastVerbs(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || (t.lower !== 'forecast' && t.lower !== 'forecasts')) continue;
    if (!/^(?:PROPN|NOUN|PRON)$/.test(tokens[i - 1]!.pos)) continue;
    const next = tokens[i + 1]!;
    const participle = next.pos === 'VERB' && /(?:ed|ing)$/.test(next.lower);
    if (!OBJECT_OPENERS.test(next.pos) && !participle && next.lower !== 'that') continue;
    out ??= [...tokens];
    out[i] = retagged(t, 'VERB', 'forecast');
  }
  return out ?? tokens;
}
