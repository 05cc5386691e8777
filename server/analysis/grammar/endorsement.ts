import type { Span } from '../types.ts';

// "…, and it is.", "…, but it is not.": a closing copula that only affirms or denies the description
const VERDICT =
  /,?\s+(and|but)\s+(?:it|they|he|she|this|that)\s+(?:is|are|was|were)(?:n[’']t|\s+not)?(?:\s+(?:indeed|too|truly|really|certainly))?\s*[.!]?\s*$/i;

/**
 * The writer's own verdict after a reported view — "The blurb calls it a classic, and it is." — which makes the
 * claim the writer's: the framing wins over the attribution.
 */
export function endorsement(text: string): (Span & { text: string }) | null {
  const m = VERDICT.exec(text);
  if (!m) return null;
  const start = m.index + m[0].indexOf(m[1]!);
  const end = m.index + m[0].trimEnd().replace(/[.!]$/, '').length;
  return { text: text.slice(start, end), start, end };
}
