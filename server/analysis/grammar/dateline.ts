import type { Token } from './token.ts';
import { isNp } from './phrases.ts';
import { isDash } from './spaced-dashes.ts';

/**
 * Where the clause starts after a wire dateline opening the sentence, else 0: "WASHINGTON (AP) -- Sen. Harry Reid of
 * Nevada won election … and said he stands ready …", "WASHINGTON - Researchers at a government nuclear laboratory …
 * say they have found …" (blind rounds 781 and 796, AP copy), "KABUL, Afghanistan — A man …", "NEW YORK, Dec 5
 * (Reuters) - …". The place (a name of up to four words, a region or a date after a comma), an agency in brackets,
 * then a dash and a noun phrase. Read as the sentence's subject, the place hid the one after the dash, and with it
 * the source of "… and said" and "…, saying". Not a name interrupted by an aside ("Smith - the chairman - said"):
 * there a second dash comes before the verb.
 */
export function datelineEnd(tokens: Token[]): number {
  let k = 0;
  while (k < 4 && tokens[k]?.pos === 'PROPN') k++;
  if (k === 0) return 0;
  if (tokens[k]?.lower === ',') {
    const region = k + 1;
    k = region;
    while (k < region + 3 && /^(?:PROPN|NUM)$/.test(tokens[k]?.pos ?? '')) k++;
    if (k === region) return 0;
  }
  if (tokens[k]?.lower === '(') {
    const close = tokens.findIndex((t, j) => j > k && t.lower === ')');
    if (close < 0 || close > k + 4) return 0;
    k = close + 1;
  }
  // (… or a colon, as Indian wire copy writes it: "New Delhi: State Bank of India (SBI) … cautioned the carrier that it
  // “will not fly”", Dragnet page of CNN-IBN, blind round 953)
  if (!(isDash(tokens[k]) || tokens[k]?.lower === ':') || !isNp(tokens[k + 1])) return 0;
  for (let j = k + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (isDash(t)) return 0;
    if (t.pos === 'VERB' || t.pos === 'AUX') return k + 1;
  }
  return 0;
}
