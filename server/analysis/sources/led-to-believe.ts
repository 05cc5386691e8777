import type { Sentence } from './sentence.ts';
import { phraseAfter, type Phrase } from '../grammar/phrases.ts';
import { clauseOpensAfter } from '../grammar/clause-opens.ts';
import { BELIEVING, CONCLUDING } from '../lexicon/verb-classes.ts';
import { subordinate } from './clause.ts';

const HELD_VIEWS: ReadonlySet<string> = new Set([...BELIEVING, ...CONCLUDING]);

/**
 * "The findings have led the researchers to believe that the site was a temple", "The clues led police to conclude
 * the fire was set": evidence that leads someone to a belief tells that person's view, so the one led is the source.
 * The one led and the verb of believing, or null.
 */
export function ledToBelieve(s: Sentence, i: number): { np: Phrase; verb: number } | null {
  const t = s.tokens[i]!;
  if (t.lemma !== 'lead' || t.pos !== 'VERB' || t.lower.endsWith('ing')) return null;
  const np = phraseAfter(s.tokens, i);
  if (!np || s.tokens[np.to + 1]?.lower !== 'to') return null;
  const verb = np.to + 2;
  if (!HELD_VIEWS.has(s.tokens[verb]?.lemma ?? '') || s.quoted[verb]) return null;
  if (!clauseOpensAfter(s.tokens, verb) || subordinate(s.tokens, i)) return null;
  return { np, verb };
}
