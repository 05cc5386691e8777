import type { Token } from '../grammar/token.ts';

// Nouns whose "that"-clause states someone's proposition: its modal is theirs, not the writer's speculation.
const PROPOSITIONS = new Set([
  'idea',
  'ideas',
  'hypothesis',
  'hypotheses',
  'theory',
  'theories',
  'notion',
  'claim',
  'claims',
  'belief',
  'assumption',
  'suggestion',
  'suggestions',
  'allegation',
  'allegations',
  'argument',
]);

/**
 * True when token `i` stands in the "that"-clause of a proposition noun in the same clause ("the idea that stripes
 * may confuse predators"), so a modal there is the proposition's own hedge.
 */
export function heldContent(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j > 0 && j >= i - 12; j--) {
    const t = tokens[j]!;
    if (t.lower === '.' || t.lower === ';' || t.lower === ':') return false;
    if (t.lower === 'that' && PROPOSITIONS.has(tokens[j - 1]!.lower)) return true;
  }
  return false;
}
