import { phraseAfter } from '../grammar/phrases.ts';
import { addSource, cue, type Sentence } from './sentence.ts';
import { inOpenRelative } from './clause.ts';
import { STANCE_NOUNS, UNDER_ATTACK } from '../lexicon/views.ts';
import { canSpeak } from '../grammar/can-speak.ts';

/** Nouns that report a stance held by others: "met with opposition from X", "draws criticism from X". */

/**
 * Finds a stance reported from a source in the main clause — "has been met with firm opposition from Sheinbaum",
 * "continue to draw sharp criticism from analysts", "There has been skepticism among academics" — and returns
 * true when one carries the sentence.
 */
export function stanceCues(s: Sentence): boolean {
  let found = underAttack(s);
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
    // "has faced a major backlash from this decision": a stance drawn by a thing pointed back to is no one's
    if (/^(?:this|that|these|those)$/.test(s.tokens[np.from]!.lower) && !canSpeak(s.tokens, np))
      return;
    // "are continuing to be held, despite objections from the Iranian government": a stance met in a phrase of
    // concession or circumstance is a side detail of the sentence's claim
    if (concessive(s, i)) return;
    // "support from neighbours in securing the roads" is help given, not a view held
    const after = s.tokens[np.to + 1];
    if (after?.lower === 'in' && (s.tokens[np.to + 2]?.lower ?? '').endsWith('ing')) return;
    // "has agreed to take the job subject to approval from parliament": a condition still to be met, no view held yet
    if (s.tokens[i - 1]?.lower === 'to' && s.tokens[i - 2]?.lower === 'subject') return;
    cue(s, i, i + 1, 'reporting-verb');
    addSource(s, np);
    found = true;
  });
  return found;
}

/** "despite objections", "amid growing criticism", "in spite of strong opposition": the noun at `i` heads such a phrase. */
function concessive(s: Sentence, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && /^(?:DET|ADJ|ADV)$/.test(s.tokens[k]!.pos)) k--;
  const word = s.tokens[k]?.lower;
  return (
    word === 'despite' || word === 'amid' || (word === 'of' && s.tokens[k - 1]?.lower === 'spite')
  );
}

/**
 * "The screensaver came under fire for encouraging vigilantes", "Standard Life came in for criticism", "it has
 * received criticism that it has become commercial": others' attack on the subject, named or not, is their stance.
 * Only a finite "come" or "receive" of the main clause.
 */
function underAttack(s: Sentence): boolean {
  const tk = s.tokens;
  for (let i = 1; i < tk.length - 2; i++) {
    const t = tk[i]!;
    if (s.quoted[i] || t.pos !== 'VERB' || t.lower.endsWith('ing')) continue;
    let k = i + 1;
    if (t.lemma === 'come' && /^(?:under|in)$/.test(tk[k]!.lower)) {
      k++;
      if (tk[k]?.lower === 'for') k++;
    } else if (t.lemma !== 'receive') continue;
    while (tk[k] && /^(?:ADJ|DET)$/.test(tk[k]!.pos)) k++;
    const noun = tk[k];
    if (!noun || !UNDER_ATTACK.has(noun.lower)) continue;
    // ("received criticism" reports it only with what it said: "that …", or "for"/"from" what or whom; "came under
    // fire" is an attack in words only for or over something: "troops came under fire near the border" were shot at)
    const after = tk[k + 1]?.lower ?? '';
    if (t.lemma === 'receive' && !/^(?:that|for|from|over)$/.test(after)) continue;
    if (noun.lower !== 'criticism' && noun.lower !== 'criticisms' && !/^(?:for|over)$/.test(after))
      continue;
    if (inOpenRelative(tk, i, false)) continue;
    cue(s, i, k, 'reporting-verb');
    return true;
  }
  return false;
}
