import { npEndingAt } from '../grammar/phrases.ts';
import { addSource, cue, type Sentence } from './sentence.ts';
import { BEARING_VERBS, CLAIM_NOUNS, THEORY_NOUNS, VIEW_NOUNS } from '../lexicon/views.ts';
import { EVIDENCE_NOUNS } from '../lexicon/documents.ts';
import { VIEW_LINKS } from '../lexicon/function-words.ts';
import { demandCues } from './demand.ts';

/**
 * Finds a view held by a source — "X's position is that …", "the findings support the theory", "their main demand
 * is …" — in the main clause.
 */
export function viewCues(s: Sentence): boolean {
  let found = false;
  s.tokens.forEach((t, i) => {
    if (s.quoted[i]) return;
    // "Smith had one more theory: the ship could …": a view its holder has, spelt out after a colon
    if (t.lower === ':' && THEORY_NOUNS.has(s.tokens[i - 1]?.lower ?? '')) {
      let k = i - 2;
      while (k > 0 && /^(?:DET|ADJ|NUM|ADV)$/.test(s.tokens[k]!.pos)) k--;
      if (s.tokens[k]?.lemma !== 'have' || k === 0) return;
      const holder = npEndingAt(s.tokens, k - 1, 0);
      if (!holder || holder.from !== 0) return;
      cue(s, k, i - 1, 'reporting-verb');
      addSource(s, holder);
      found = true;
      return;
    }
    if (t.lower === 'that' && VIEW_LINKS.has(s.tokens[i - 1]?.lower ?? '')) {
      let k = i - 1;
      while (k > 0 && VIEW_LINKS.has(s.tokens[k]!.lower)) k--;
      const np = npEndingAt(s.tokens, k, 0);
      const owner = np ? s.tokens[np.from]!.lower : '';
      const head = s.tokens[k]!.lower.replace(/^counter-/, '');
      if (!np || !VIEW_NOUNS.has(head) || /^(my|our|your)$/.test(owner)) return;
      cue(s, k, i, 'reporting-verb');
      addSource(s, np);
      found = true;
    } else if ((t.pos === 'VERB' || t.pos === 'NOUN') && BEARING_VERBS.has(t.lemma)) {
      // the tagger reads "findings support" as one noun phrase
      const subject = npEndingAt(s.tokens, i - 1, 0);
      const object = s.tokens.slice(i + 1, i + 4).findIndex((x) => CLAIM_NOUNS.has(x.lower));
      if (!subject || object < 0 || !EVIDENCE_NOUNS.has(s.tokens[i - 1]!.lower)) return;
      if (subject.from > 0 && s.tokens[subject.from - 1]!.pos !== 'PUNCT') return;
      cue(s, i, i + 1 + object, 'reporting-verb');
      addSource(s, subject);
      found = true;
    }
  });
  // "One of the key demands was a higher minimum wage": a group's demand is its position
  return demandCues(s) || found;
}
