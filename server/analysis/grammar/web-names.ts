import type { Token } from './token.ts';
import { WEB_DOMAIN_ENDINGS } from '../lexicon/web-domains.ts';

// words joined by dots, the last one a web ending written in lower case ("Computerandvideogames.com", "bbc.co.uk")
const ADDRESS = /[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.([a-z]{2,4})(?![\p{L}\p{N}])/gu;

/**
 * wink-nlp cuts a web address at its dots ("Computerandvideogames" "." "com"), so "John Houlihan, editor of
 * Computerandvideogames.com told BBC News" reads a sentence's end inside the apposition and loses its speaker. The
 * pieces of an address become one proper noun, the outlet's name.
 */
export function mergeWebNames(text: string, tokens: Token[]): Token[] {
  if (!text.includes('.')) return tokens;
  let out = tokens;
  for (const m of text.matchAll(ADDRESS)) {
    if (!WEB_DOMAIN_ENDINGS.has(m[1]!)) continue;
    const start = m.index;
    const end = start + m[0].length;
    const first = out.findIndex((t) => t.start === start);
    let last = first;
    while (out[last + 1] && out[last + 1]!.end <= end) last++;
    if (first < 0 || last === first || out[last]!.end !== end) continue;
    const lower = m[0].toLowerCase();
    out = [
      ...out.slice(0, first),
      { lower, lemma: lower, pos: 'PROPN', start, end },
      ...out.slice(last + 1),
    ];
  }
  return out;
}
