import { retagged, type Token } from './token.ts';

// determiners no verb follows: an article or a possessive ("her" is left out: "made her resign")
const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'its', 'their', 'our', 'my', 'your']);

// a participle's ending, -ed or -ing (by endsWith: this is asked of every verb of every sentence)
function participleEnding(lower: string): boolean {
  return lower.endsWith('ed') || lower.endsWith('ing');
}

/**
 * "The minister in his address said taxes would rise", "Akihito in a televised address said": wink-nlp may read a
 * word that is both a noun and a verb ("address", "report", "claim") as the verb right after an article or a
 * possessive, which breaks the phrase it ends and hides the subject before it. Such a word, not a participle in -ed or
 * -ing (which modifies the noun after it: "a televised address"), is the noun. A new array and new tokens only when a
 * sentence has one.
 */
export function retagDeterminedNouns(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "The daily said price increases …" (Reuters-21578, round 1227): a word the tagger read as an adverb between an
    // article and the verb is the noun the article opens ("it said" after it had become "The")
    if (
      t.pos === 'ADV' &&
      /^(?:the|a|an)$/.test(tokens[i - 1]!.lower) &&
      /^(?:VERB|AUX)$/.test(tokens[i + 1]?.pos ?? '')
    ) {
      out ??= [...tokens];
      out[i] = retagged(t, 'NOUN');
      continue;
    }
    // "he recalled in a 2009 retelling of the story" (Wikinews, blind round 1659): a form in -ing after a determiner,
    // maybe a number or adjectives, and before "of" is the noun it forms, no second verb in the clause
    if (t.pos === 'VERB' && t.lower.endsWith('ing') && tokens[i + 1]?.lower === 'of') {
      let k = i - 1;
      while (k > 0 && (tokens[k]!.pos === 'NUM' || tokens[k]!.pos === 'ADJ')) k--;
      if (NOUN_DETERMINERS.has(tokens[k]!.lower)) {
        out ??= [...tokens];
        out[i] = retagged(t, 'NOUN');
      }
      continue;
    }
    if (t.pos !== 'VERB' || participleEnding(t.lower)) continue;
    // "The official twitter handle of The Cranberries posted …": a plain form after a singular noun, before "of", is
    // the noun closing the phrase (a verb after that noun would take -s)
    if (headBeforeOf(tokens, i)) {
      out ??= [...tokens];
      out[i] = retagged(t, 'NOUN');
      continue;
    }
    const before = tokens[i - 1]!;
    // ("a televised address": past a participle right after the determiner)
    const det = participleEnding(before.lower) && before.pos === 'VERB' ? tokens[i - 2] : before;
    if (!det || !NOUN_DETERMINERS.has(det.lower)) continue;
    out ??= [...tokens];
    out[i] = retagged(t, 'NOUN');
  }
  return out ?? tokens;
}

/** Whether the plain verb at `i` follows an article, maybe adjectives and a singular noun, and precedes "of". */
function headBeforeOf(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.lower !== t.lemma || tokens[i + 1]?.lower !== 'of') return false;
  const noun = tokens[i - 1];
  if (noun?.pos !== 'NOUN' || noun.lower.endsWith('s')) return false;
  let k = i - 2;
  while (k >= 0 && tokens[k]!.pos === 'ADJ') k--;
  return /^(?:a|an|the)$/.test(tokens[k]?.lower ?? '');
}
