import { npEndingAt, type Phrase, isQuoteChar } from './phrases.ts';
import type { Token } from './token.ts';

// how far back from a participle its clause may open
const REACH = 20;

/**
 * "None of their counterparts have seen fit to confirm this, and Israeli ambassador Ron Dermer wrote to The New York
 * Times expressing “full confidence”": a participle in a clause coordinated after ", and" goes on from that clause's
 * own subject, not from the sentence's first one. The subject before the clause's finite verb, or null.
 */
export function coordinateSubject(tokens: Token[], verb: number, floor: number): Phrase | null {
  if (!tokens[verb]!.lower.endsWith('ing')) return null;
  for (let k = verb - 1; k > floor && k >= verb - REACH; k--) {
    const t = tokens[k]!;
    if (isQuoteChar(t.lower)) return null;
    if (!((t.lower === 'and' || t.lower === 'but') && tokens[k - 1]?.lower === ',')) continue;
    let finite = k + 1;
    while (
      finite < verb &&
      !(tokens[finite]!.pos === 'VERB' && !tokens[finite]!.lower.endsWith('ing'))
    )
      finite++;
    if (finite >= verb || finite === k + 1) return null;
    const np = npEndingAt(tokens, finite - 1, k + 1);
    return np;
  }
  return null;
}
