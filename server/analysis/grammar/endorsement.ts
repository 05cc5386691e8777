import type { Span } from '../types.ts';
import { spaceAt } from './letters.ts';

// "…, and it is.", "…, but it is not.": a closing copula that only affirms or denies the description
const VERDICT =
  /,?\s+(and|but)\s+(?:it|they|he|she|this|that)\s+(?:is|are|was|were)(?:n[’']t|\s+not)?(?:\s+(?:indeed|too|truly|really|certainly))?\s*[.!]?\s*$/i;

// the words a verdict can end on, before its stop: tested on the last few letters before the pattern runs
const VERDICT_END = /(?:is|are|was|were|n[’']t|not|indeed|too|truly|really|certainly)$/i;

/**
 * The writer's own verdict after a reported view — "The blurb calls it a classic, and it is." — which makes the
 * claim the writer's: the framing wins over the attribution.
 */
export function endorsement(text: string): (Span & { text: string }) | null {
  // most sentences end on another word: the pattern, which tries every position, need not run on them
  let e = text.length;
  while (e > 0 && spaceAt(text, e - 1)) e--;
  if (text[e - 1] === '.' || text[e - 1] === '!') e--;
  while (e > 0 && spaceAt(text, e - 1)) e--;
  if (!VERDICT_END.test(text.slice(Math.max(0, e - 9), e))) return null;
  const m = VERDICT.exec(text);
  if (!m) return null;
  const start = m.index + m[0].indexOf(m[1]!);
  const end = m.index + m[0].trimEnd().replace(/[.!]$/, '').length;
  return { text: text.slice(start, end), start, end };
}
