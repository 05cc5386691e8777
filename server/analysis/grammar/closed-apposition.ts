import type { Token } from './token.ts';

/**
 * Whether the comma at `k` closes a piece set off by commas after a noun: "Ellison's ex-girlfriend, Karen Monahan,
 * alleged …", "Saucier's lawyer, Ronald Daigle, told Fox News …" (PTC pages, blind rounds 1023 and 1045), where the
 * verb after the comma is the sentence's own and its subject the noun before the piece.
 */
export function closesApposition(tokens: readonly Token[], k: number): boolean {
  // (the piece may end on a hyphened title the tagger half reads as an adjective: "deputy director-general")
  const last = tokens[k - 1];
  const hyphened = last?.pos === 'ADJ' && tokens[k - 2]?.lower === '-';
  if (tokens[k]?.lower !== ',' || (!/^(?:NOUN|PROPN)$/.test(last?.pos ?? '') && !hyphened))
    return false;
  for (let j = k - 2; j > 0 && j >= k - 10; j--) {
    const t = tokens[j]!;
    if (t.lower === ',') return /^(?:NOUN|PROPN)$/.test(tokens[j - 1]!.pos);
    // (a hyphen inside a title is part of it: "the WHO's deputy director-general")
    if (!/^(?:DET|ADJ|NOUN|PROPN|NUM|ADP|PART|CCONJ)$/.test(t.pos) && t.lower !== '-') return false;
  }
  return false;
}
