import { cue, type Sentence } from './sentence.ts';
import { PUBLICATION_NOUNS, PUT_OUT_VERBS } from '../lexicon/documents.ts';

/**
 * "In findings published Wednesday in Science Advances, researchers … reported a new mechanism": a sentence opening
 * with a publication puts what follows in its authors' mouths, however long their description before the verb.
 * Returns true when one opens the sentence.
 */
export function publicationCues(s: Sentence): boolean {
  const t = s.tokens;
  if (t[0]?.lower !== 'in') return false;
  let k = 1;
  if (t[k]?.pos === 'DET' || t[k]?.pos === 'ADJ') k++;
  if (t[k]?.pos === 'ADJ') k++;
  const noun = t[k];
  const verb = t[k + 1];
  if (!noun || !verb || !PUBLICATION_NOUNS.has(noun.lower) || !PUT_OUT_VERBS.has(verb.lemma))
    return false;
  const comma = t.findIndex((x, i) => i > k && x.lower === ',');
  // the opening phrase is closed by a comma and a clause with its own verb follows
  if (comma < 0 || comma > k + 12) return false;
  if (!t.slice(comma + 1).some((x) => x.pos === 'VERB')) return false;
  cue(s, 0, k + 1, 'reporting-verb');
  return true;
}
