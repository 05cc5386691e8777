import type { Token } from './framing-tokens.ts';
import type { Evidence } from './types.ts';

const NOT_DIRECTIVE = new Set([
  'please',
  'thank',
  'thanks',
  'see',
  'read',
  'click',
  'watch',
  'listen',
]);

/**
 * Exhortation: a sentence opening with a bare imperative verb ("Consider the cost.", "Remember that …") tells the
 * reader what to think or do. Pointers such as "See also" or "Read more" are navigation, not exhortation.
 */
export function exhortationCues(
  text: string,
  tokens: Token[],
  masked: (start: number, end: number) => boolean,
): Evidence[] {
  const i = tokens.findIndex((t) => t.pos !== 'PUNCT');
  const verb = tokens[i];
  const next = tokens[i + 1];
  if (!verb || !next || masked(verb.start, verb.end)) return [];
  const imperative =
    verb.pos === 'VERB' &&
    verb.lower === verb.lemma &&
    !NOT_DIRECTIVE.has(verb.lower) &&
    next.pos !== 'AUX' &&
    next.pos !== 'VERB' &&
    !text.trimEnd().endsWith('?');
  return imperative
    ? [
        {
          text: text.slice(verb.start, verb.end),
          start: verb.start,
          end: verb.end,
          cue: 'scaffolding',
        },
      ]
    : [];
}
