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
      // (… or the role itself, maybe after an adjective: "Sara Cobacho, secretary of human rights for Buenos Aires
      // said", "Maria Vedio, 47, legal chairwoman for the Permanent Assembly … said")
      // (… or where the person works: "Paul Newman, of leisure and hospitality analysts RSM said: “…”", WMT news
      // test set, round 1721)
      const works = /^(?:of|from|at)$/.test(tokens[k + 1]?.lower ?? '') && k + 2 < verb;
      const named =
        role && (/^(?:a|an|the)$/.test(tokens[k + 1]?.lower ?? '') || roleFirst(tokens, k + 1));
      if (!works && !named) return null;
      // (an age set off by commas between the name and the apposition)
      const end = tokens[k - 1]?.pos === 'NUM' && tokens[k - 2]?.lower === ',' ? k - 3 : k - 1;
      const np = npEndingAt(tokens, end, floor);
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

/** Whether a role word ("secretary", "chairwoman") opens the phrase at `k`, at most one adjective before it. */
function roleFirst(tokens: Token[], k: number): boolean {
  const at = tokens[k]?.pos === 'ADJ' ? k + 1 : k;
  const t = tokens[at];
  return (
    !!t &&
    (t.pos === 'NOUN' || t.pos === 'PROPN') &&
    (OCCUPATIONS.has(t.lower) || TITLES.has(t.lower))
  );
}
