import { TITLES } from '../lexicon/people.ts';
import { OCCUPATIONS } from '../lexicon/occupations.ts';
import { inList, retagged, type Token } from './token.ts';
import { InList } from '../lexicon/word-lists.ts';

// words that may stand between "acting" and the title it qualifies: "acting head coach", "acting chief executive"
const TITLE_LEADS = new Set(['head', 'chief', 'deputy', 'general', 'vice', 'assistant', 'senior']);

/**
 * "England's acting head coach Andy Robinson said": wink-nlp reads "acting" as a verb, so the subject walk stops at
 * it and the possessive before it is taken for the speaker. Right before a title, on its own or after one of the
 * words that open a title, "acting" says how the title is held: an adjective. A new array and new tokens only when a
 * sentence has one. So do the other participles of holding a title ("managing director Chris Panayis said"; lexicon/
 * title-participles.ts).
 */
export function retagActingTitles(tokens: Token[]): Token[] {
  if (!tokens.some((_, i) => actingTitle(tokens, i))) return tokens;
  return tokens.map((t, i) => (actingTitle(tokens, i) ? retagged(t, 'ADJ', t.lower) : t));
}

function actingTitle(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!inList(t, InList.TITLE_PARTICIPLE) || t.pos === 'ADJ') return false;
  let k = i + 1;
  // (… past a body's name too: "acting OPEC Secretary General Fadhil al-Chalabi said", Reuters-21578, round 1524)
  while (tokens[k]?.pos === 'PROPN' && !TITLES.has(tokens[k]!.lower) && k < i + 3) k++;
  while (TITLE_LEADS.has(tokens[k]?.lower ?? '') && k < i + 3) k++;
  const title = tokens[k]?.lower ?? '';
  return TITLES.has(title) || OCCUPATIONS.has(title);
}
