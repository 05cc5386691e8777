import { makeToken, type Token } from './token.ts';
import { WEB_DOMAIN_ENDINGS } from '../lexicon/web-domains.ts';

// a web ending after a dot, written in lower case ("….com", "….co.uk"); the address's start is found by walking back
// … or capitalised, in an address of three parts or more ("Halo.Bungie.Org"): a capitalised ending after one dot may
// be a sentence run into the next with no space ("rose 5%.Net profit …")
const ENDING = /\.([a-z]{2,4}|[A-Z][a-z]{2,3})(?![\p{L}\p{N}])/gu;
const ADDRESS_CHAR = /[\p{L}\p{N}.-]/u;

/**
 * wink-nlp cuts a web address at its dots ("Computerandvideogames" "." "com"), so "John Houlihan, editor of
 * Computerandvideogames.com told BBC News" reads a sentence's end inside the apposition and loses its speaker. The
 * pieces of an address become one proper noun, the outlet's name.
 */
export function mergeWebNames(text: string, tokens: Token[]): Token[] {
  let out = tokens;
  // (one quick scan for endings; only then is each address read back to its start: this runs on every parse)
  for (const m of text.matchAll(ENDING)) {
    const capitalised = m[1]! !== m[1]!.toLowerCase();
    if (!WEB_DOMAIN_ENDINGS.has(m[1]!.toLowerCase())) continue;
    const end = m.index + m[0].length;
    let start = m.index;
    while (start > 0 && ADDRESS_CHAR.test(text[start - 1]!)) start--;
    while (start < m.index && !/[\p{L}\p{N}]/u.test(text[start]!)) start++;
    if (start === m.index) continue;
    if (capitalised && !/[\p{L}\p{N}]\.[\p{L}\p{N}]/u.test(text.slice(start, m.index))) continue;
    const first = out.findIndex((t) => t.start === start);
    let last = first;
    while (out[last + 1] && out[last + 1]!.end <= end) last++;
    if (first < 0 || last === first || out[last]!.end !== end) continue;
    const lower = text.slice(start, end).toLowerCase();
    out = [
      ...out.slice(0, first),
      makeToken(lower, lower, 'PROPN', start, end),
      ...out.slice(last + 1),
    ];
  }
  return out;
}
