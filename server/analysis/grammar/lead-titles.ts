import { OCCUPATIONS } from '../lexicon/occupations.ts';
import { TITLES } from '../lexicon/people.ts';
import { retagged, type Token } from './token.ts';

// what may stand before a "lead" that governs an object: its subject, an auxiliary, an adverb, "to"
const VERB_CONTEXT = /^(?:PRON|NOUN|PROPN|AUX|ADV|PART)$/;

/**
 * "“…,” lead author Sanne de Vries said", "the lead negotiator", "acting director Ann Lee": wink-nlp tags "lead" and
 * an -ing word before a title as verbs, so the speaker's title ends in a verb and the name after it is lost. After a
 * mark, a determiner or the start, with no subject or auxiliary before it, such a word is the adjective of a title;
 * "they lead protests", "is acting director" keep the verb. A new array and new tokens only when a sentence has one.
 */
export function retagLeadTitles(tokens: Token[]): Token[] {
  if (!tokens.some((t, i) => t.pos === 'VERB' && titleModifier(tokens, i))) return tokens;
  return tokens.map((t, i) => {
    if (t.pos !== 'VERB' || !titleModifier(tokens, i)) return t;
    const prev = tokens[i - 1];
    return prev && VERB_CONTEXT.test(prev.pos) ? t : retagged(t, 'ADJ', t.lower);
  });
}

/**
 * "lead" before any noun, or an -ing word before a title or an occupation ("acting director", "managing director",
 * "visiting professor"): a verb-like word that may modify the title after it.
 */
function titleModifier(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (next?.pos !== 'NOUN') return false;
  if (t.lower === 'lead') return true;
  if (!t.lower.endsWith('ing') || !(TITLES.has(next.lower) || OCCUPATIONS.has(next.lower)))
    return false;
  // … and only where a title stands: before a name or after a determiner ("obstructing justice" is an act)
  return tokens[i + 2]?.pos === 'PROPN' || tokens[i - 1]?.pos === 'DET';
}
