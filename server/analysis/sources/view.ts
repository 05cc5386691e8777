import { npEndingAt } from '../grammar/phrases.ts';
import { addSource, cue, type Sentence } from './sentence.ts';

// "The official position remained that …", "Their view is that …": a held view stated as a noun
const VIEW_NOUNS = new Set([
  'position',
  'view',
  'line',
  'stance',
  'contention',
  'belief',
  'assessment',
  'conclusion',
  'understanding',
  'argument',
]);
const THEORIES = new Set([
  'theory',
  'explanation',
  'suspicion',
  'hypothesis',
  'view',
  'guess',
  'idea',
]);
const LINKS = new Set(['is', 'was', 'remains', 'remained', 'has', 'had', 'been']);
// "These findings support the hypothesis": evidence reported as bearing on a claim
const BEARING = new Set(['support', 'back', 'contradict', 'challenge', 'undermine']);
const CLAIMS = new Set(['hypothesis', 'theory', 'idea', 'view', 'claim', 'notion', 'conclusion']);
const EVIDENCE = new Set([
  'findings',
  'results',
  'data',
  'study',
  'studies',
  'research',
  'evidence',
]);

/** Finds a view held by a source — "X's position is that …", "the findings support the theory" — in the main clause. */
export function viewCues(s: Sentence): boolean {
  let found = false;
  s.tokens.forEach((t, i) => {
    if (s.quoted[i]) return;
    // "Smith had one more theory: the ship could …": a view its holder has, spelt out after a colon
    if (t.lower === ':' && THEORIES.has(s.tokens[i - 1]?.lower ?? '')) {
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
    if (t.lower === 'that' && LINKS.has(s.tokens[i - 1]?.lower ?? '')) {
      let k = i - 1;
      while (k > 0 && LINKS.has(s.tokens[k]!.lower)) k--;
      const np = npEndingAt(s.tokens, k, 0);
      const owner = np ? s.tokens[np.from]!.lower : '';
      const head = s.tokens[k]!.lower.replace(/^counter-/, '');
      if (!np || !VIEW_NOUNS.has(head) || /^(my|our|your)$/.test(owner)) return;
      cue(s, k, i, 'reporting-verb');
      addSource(s, np);
      found = true;
    } else if ((t.pos === 'VERB' || t.pos === 'NOUN') && BEARING.has(t.lemma)) {
      // the tagger reads "findings support" as one noun phrase
      const subject = npEndingAt(s.tokens, i - 1, 0);
      const object = s.tokens.slice(i + 1, i + 4).findIndex((x) => CLAIMS.has(x.lower));
      if (!subject || object < 0 || !EVIDENCE.has(s.tokens[i - 1]!.lower)) return;
      if (subject.from > 0 && s.tokens[subject.from - 1]!.pos !== 'PUNCT') return;
      cue(s, i, i + 1 + object, 'reporting-verb');
      addSource(s, subject);
      found = true;
    }
  });
  return found;
}
