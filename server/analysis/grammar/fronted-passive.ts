import { isPastParticiple, type Token } from './token.ts';

/**
 * Whether the pronoun at `at` follows a passive clause opening the sentence ("When challenged by Bollinger for …
 * he stated"): a word of time or a participle first, then a participle and "by" before the pronoun, with no verb of
 * the sentence's own between.
 */
export function frontedPassive(tokens: Token[], at: number): boolean {
  const first = tokens[0];
  if (!first || at < 3) return false;
  const opener = /^(?:when|after|once|while|if|though|although)$/.test(first.lower);
  const start = opener ? 1 : 0;
  if (!isPastParticiple(tokens[start]) || tokens[start + 1]?.lower !== 'by') return false;
  for (let k = start + 2; k < at; k++) if (/^(?:AUX)$/.test(tokens[k]!.pos)) return false;
  return true;
}
