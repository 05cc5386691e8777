import { NAMING_PARTICIPLES } from '../lexicon/reporting-verbs.ts';
import { isQuoteChar } from './phrases.ts';
import { startsUpper, type Token } from './token.ts';

/**
 * Whether the token at `i` gives the noun before it a name: "known as" ("Communist hitmen known as sparrows"), or
 * "called", "dubbed" or "nicknamed" right after a noun and before a capitalised name or a quotation mark ("a group
 * called Voters First"); "Police called for calm" calls for something and names nothing.
 */
export function isNamingParticiple(tokens: Token[], text: string, i: number): boolean {
  const t = tokens[i]!;
  if (t.lower === 'known') return tokens[i + 1]?.lower === 'as' && tokens[i - 1]?.pos === 'NOUN';
  if (!NAMING_PARTICIPLES.has(t.lower) || tokens[i - 1]?.pos !== 'NOUN') return false;
  const next = tokens[i + 1];
  return !!next && (startsUpper(text, next) || isQuoteChar(next.lower));
}
