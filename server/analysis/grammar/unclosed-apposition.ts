import { OCCUPATIONS } from '../lexicon/occupations.ts';
import { TITLES } from '../lexicon/people.ts';
import { personName } from './names.ts';
import { npEndingAt, type Phrase } from './phrases.ts';
import type { Token } from './token.ts';

/**
 * "David Dastmalchian, an actor in the latest Marvel Studios movie Ant-Man and the Wasp wrote on Instagram, “…”": an
 * apposition opened by a comma after a person's name and left unclosed before the verb, naming what the person is
 * ("an actor", "the group's spokesman"), is stepped over to the name; the film or body it ends on says nothing.
 */
export function unclosedApposition(
  tokens: Token[],
  text: string,
  verb: number,
  floor: number,
): Phrase | null {
  let role = false;
  for (let k = verb - 1; k > floor + 1 && k >= verb - 15; k--) {
    const t = tokens[k]!;
    if (t.lower === ',') {
      if (!role || !/^(?:a|an|the)$/.test(tokens[k + 1]?.lower ?? '')) return null;
      const np = npEndingAt(tokens, k - 1, floor);
      // (not a preposition's object: "On Monday, the president said" opens with a time, no one in apposition)
      if (!np || tokens[np.from - 1]?.pos === 'ADP') return null;
      return personName(tokens, text, np) ? np : null;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON' || /^[;:"“”()]$/.test(t.lower))
      return null;
    const one = t.lower.endsWith('s') ? t.lower.slice(0, -1) : t.lower;
    if (t.pos === 'NOUN' && (OCCUPATIONS.has(one) || TITLES.has(one))) role = true;
  }
  return null;
}
