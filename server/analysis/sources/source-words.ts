import { REPORTING_VERBS, VIEW_VERBS } from '../lexicon/reporting-verbs.ts';
import { SOURCE_NOUNS, SOURCE_VERBS } from '../lexicon/source-words.ts';
import type { Sentence } from './sentence.ts';

const isSourceVerb = (l: string) =>
  REPORTING_VERBS.has(l) || VIEW_VERBS.has(l) || SOURCE_VERBS.has(l);

/**
 * True when a word that often reports stands outside the sentence's quotes: a verb of saying, showing or finding
 * ("referred to … as", "listed", "showed") or a noun for a document, talk or spokespeople ("findings", "the
 * website", "officials"). The rules decide whether it carries the claim; this only says a report may hide here.
 */
export function hasSourceWords(s: Sentence): boolean {
  return s.tokens.some((t, i) => {
    if (s.quoted[i]) return false;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADJ') {
      // "the stated goals": a participle tagged as an adjective keeps its own form as lemma
      const lemma = t.pos === 'ADJ' ? t.lower.replace(/e?d$/, '') : t.lemma;
      // (the lemma, then the lemma with an "e": "stat" → "state"; no array made for every verb)
      return isSourceVerb(lemma) || isSourceVerb(lemma + 'e');
    }
    return (
      SOURCE_NOUNS.has(t.lower) ||
      t.lower === 'according' ||
      t.lower === 'reportedly' ||
      t.lower === 'allegedly'
    );
  });
}
