import type { Token } from './quote-tokens.ts';
import { isReportingVerb } from './speaker-verbs.ts';

const DESCRIBERS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'his', 'hers', 'himself', 'herself']);

/**
 * Whether the name starting at token `from` stands after a preposition or a non-reporting verb ("the murder of
 * journalist Jamal Khashoggi", "speaking to Martin Smith", "sentenced David Turpin"): such a person is talked about,
 * so a later "he said" prefers someone named as a subject.
 */
export function isOblique(tokens: Token[], from: number): boolean {
  const t = tokens[from];
  if (t?.pos === 'PRON') return OBJECT_PRONOUNS.has(t.lower);
  let k = from - 1;
  while (k >= 0 && DESCRIBERS.has(tokens[k]!.pos) && tokens[k]!.lower !== 'and') k--;
  const before = tokens[k];
  if (!before) return false;
  if (before.pos === 'ADP') return before.lower !== 'according' && !isByAgent(tokens, k);
  return (before.pos === 'VERB' || before.pos === 'AUX') && !isReportingVerb(tokens, k);
}

// "was praised by Jane Doe": the agent of a passive is who acted, not who was talked about
function isByAgent(tokens: Token[], k: number): boolean {
  return tokens[k]!.lower === 'by';
}
