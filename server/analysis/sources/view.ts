import { npEndingAt } from '../grammar/phrases.ts';
import { addSource, cue, type Sentence } from './sentence.ts';
import {
  CENTRING_VERBS,
  CLAIM_NOUNS,
  REMARK_NOUNS,
  THEORY_NOUNS,
  VIEW_NOUNS,
} from '../lexicon/views.ts';
import { inList, isPossessiveMark } from '../grammar/token.ts';
import { InList } from '../lexicon/word-lists.ts';
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
    } else if ((t.pos === 'VERB' || t.pos === 'NOUN') && inList(t, InList.BEARING_VERB_LEMMA)) {
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
  return demandCues(s) || remarkCentred(s) || found;
}

/**
 * "His criticism centered on inadequate radiation measurement methods", "The minister's complaint focused on the
 * cost": someone's remarks, owned at the start of the sentence, and what they centred on, which is their content.
 */
function remarkCentred(s: Sentence): boolean {
  const tk = s.tokens;
  let k = 0;
  // the owner: a possessive determiner, or a name and its "'s"
  if (/^(?:his|her|their|its)$/.test(tk[0]?.lower ?? '')) k = 1;
  else {
    while (k < 5 && tk[k] && !isPossessiveMark(tk[k])) k++;
    if (!isPossessiveMark(tk[k])) return false;
    k++;
  }
  while (tk[k]?.pos === 'ADJ') k++;
  const noun = tk[k];
  const verb = tk[k + 1];
  if (!noun || !REMARK_NOUNS.has(noun.lower) || !verb || !CENTRING_VERBS.has(verb.lemma))
    return false;
  if (!/^(?:on|upon|around)$/.test(tk[k + 2]?.lower ?? '') || s.quoted[k + 1]) return false;
  cue(s, k, k + 2, 'reporting-verb');
  return true;
}
