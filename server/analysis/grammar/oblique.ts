import type { Token } from './token.ts';
import { isReportingVerb } from './verbs.ts';

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
  // "the first time Flynn made a speech": a name right before its verb is that clause's subject
  let end = from;
  while (tokens[end + 1]?.pos === 'PROPN') end++;
  if (tokens[end + 1]?.pos === 'VERB' && !/ing$/.test(tokens[end + 1]!.lower)) return false;
  let k = from - 1;
  while (k >= 0 && DESCRIBERS.has(tokens[k]!.pos) && tokens[k]!.lower !== 'and') k--;
  const before = tokens[k];
  if (!before) return false;
  if (before.pos === 'ADP') return before.lower !== 'according' && !isByAgent(tokens, k);
  return (before.pos === 'VERB' || before.pos === 'AUX') && !isReportingVerb(tokens, k);
}

// "was praised by Jane Doe": the agent of a passive is who acted, not who was talked about
// … but in "since he was pardoned by Trump" the pronoun subject is the one talked about
function isByAgent(tokens: Token[], k: number): boolean {
  if (tokens[k]!.lower !== 'by') return false;
  let a = k - 1;
  while (a >= 0 && (tokens[a]!.pos === 'VERB' || tokens[a]!.pos === 'ADV')) a--;
  while (a >= 0 && tokens[a]!.pos === 'AUX') a--;
  return !/^(he|she)$/.test(tokens[a]?.lower ?? '');
}
