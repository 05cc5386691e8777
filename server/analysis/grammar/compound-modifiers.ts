import { retagged, type Token } from './token.ts';

/** "Chart-topping", "Cash-strapped", "Edinburgh-based": a word, a hyphen and a participle written as one. */
function participleOfCompound(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const dash = tokens[i - 1];
  const head = tokens[i - 2];
  return (
    t.pos === 'VERB' &&
    /(?:ing|ed)$/.test(t.lower) &&
    dash?.lower === '-' &&
    dash.start === head?.end &&
    dash.end === t.start
  );
}

// the kinds of business a trade in -ing names before a firm's name: "Filtering firm Clearswift", "Mining group Xstrata"
const TRADE_KINDS = new Set(['firm', 'company', 'group', 'giant', 'specialist', 'house', 'agency']);

/**
 * "Chart-topping pop band Busted have confirmed …": wink-nlp tags the participle of a hyphened modifier as a verb (and
 * may read the noun after it as an adverb, "pop/ADV band"), so the sentence's subject walk stops there and the speaker
 * comes out as "Chart-". Before a noun, such a participle is an adjective, and so is an adverb standing between it and
 * a noun; so is a trade in -ing before "firm" and a name. A new array and new tokens only when a sentence opens with
 * one.
 */
export function retagCompoundModifiers(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  // "Filtering firm Clearswift said …": a gerund naming a trade before "firm" and a name opens the subject too (the
  // tagger reads it as a verb and "firm" as an adverb)
  for (let i = 0; i + 2 < tokens.length; i++) {
    const opening = i === 0 || tokens[i - 1]!.pos === 'SPACE';
    const t = tokens[i]!;
    const kind = tokens[i + 1]!;
    if (!opening || t.pos !== 'VERB' || !t.lower.endsWith('ing') || !TRADE_KINDS.has(kind.lower))
      continue;
    if (tokens[i + 2]!.pos !== 'PROPN') continue;
    out ??= [...tokens];
    out[i] = retagged(t, 'ADJ', t.lower);
    out[i + 1] = retagged(kind, 'NOUN', kind.lower);
  }
  for (let i = 2; i < tokens.length; i++) {
    // (only opening a sentence, where the subject walk needs it: "an Academy Award-winning film" keeps its tags; a
    // parse of several sentences has a SPACE token between them)
    const opening = i === 2 || tokens[i - 3]!.pos === 'SPACE';
    if (!opening || !participleOfCompound(tokens, i)) continue;
    const next = tokens[i + 1];
    const after = tokens[i + 2];
    const adverbNoun = next?.pos === 'ADV' && (after?.pos === 'NOUN' || after?.pos === 'PROPN');
    if (!adverbNoun && next?.pos !== 'NOUN' && next?.pos !== 'PROPN' && next?.pos !== 'ADJ')
      continue;
    out ??= [...tokens];
    out[i] = retagged(tokens[i]!, 'ADJ', tokens[i]!.lower);
    if (adverbNoun) out[i + 1] = retagged(next, 'ADJ', next.lower);
  }
  return out ?? tokens;
}
