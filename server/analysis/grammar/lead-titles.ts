import type { Token } from './token.ts';

// what may stand before a "lead" that governs an object: its subject, an auxiliary, an adverb, "to"
const VERB_CONTEXT = /^(?:PRON|NOUN|PROPN|AUX|ADV|PART)$/;

/**
 * "“…,” lead author Sanne de Vries said", "the lead negotiator": wink-nlp tags "lead" before a noun as a verb, so
 * the speaker's title ends in a verb and the name after it is lost. Before a noun and after a mark, a determiner or
 * the start, with no subject or auxiliary before it, it is the adjective of a title; "they lead protests", "to lead
 * efforts" keep the verb. A new array and new tokens only when a sentence has such a "lead".
 */
export function retagLeadTitles(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.lower === 'lead' && t.pos === 'VERB')) return tokens;
  return tokens.map((t, i) => {
    if (t.lower !== 'lead' || t.pos !== 'VERB' || tokens[i + 1]?.pos !== 'NOUN') return t;
    const prev = tokens[i - 1];
    return prev && VERB_CONTEXT.test(prev.pos) ? t : { ...t, pos: 'ADJ', lemma: 'lead' };
  });
}
