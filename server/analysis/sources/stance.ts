import { phraseAfter } from '../grammar/phrases.ts';
import { addSource, cue, type Sentence } from './sentence.ts';
import { inOpenRelative } from './clause.ts';
import { STANCE_NOUNS } from '../lexicon/views.ts';

/** Nouns that report a stance held by others: "met with opposition from X", "draws criticism from X". */

/**
 * Finds a stance reported from a source in the main clause — "has been met with firm opposition from Sheinbaum",
 * "continue to draw sharp criticism from analysts", "There has been skepticism among academics" — and returns
 * true when one carries the sentence.
 */
export function stanceCues(s: Sentence): boolean {
  let found = false;
  s.tokens.forEach((t, i) => {
    if (s.quoted[i] || t.pos !== 'NOUN' || !STANCE_NOUNS.has(t.lower)) return;
    const prep = s.tokens[i + 1];
    const by = prep?.lower === 'by' && t.lower === 'calls'; // "joined the calls by officials"
    if (
      !prep ||
      (prep.lower !== 'from' && prep.lower !== 'among' && !by) ||
      inOpenRelative(s.tokens, i, false)
    )
      return;
    const np = phraseAfter(s.tokens, i + 1);
    if (!np) return;
    // "support from neighbours in securing the roads" is help given, not a view held
    const after = s.tokens[np.to + 1];
    if (after?.lower === 'in' && /ing$/.test(s.tokens[np.to + 2]?.lower ?? '')) return;
    cue(s, i, i + 1, 'reporting-verb');
    addSource(s, np);
    found = true;
  });
  return found;
}
