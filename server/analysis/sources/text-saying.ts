import type { Sentence } from './sentence.ts';
import { QUOTE_TOKEN } from './sentence.ts';
import { subordinate } from './clause.ts';
import { phraseAfter, type Phrase } from '../grammar/phrases.ts';
import { clauseOpensAfter } from '../grammar/clause-opens.ts';
import { isReportingVerb } from '../grammar/verbs.ts';
import { sentenceSubject } from '../grammar/subjects.ts';
import { SENT_TEXTS } from '../lexicon/speaking-texts.ts';
import { JUDGING } from '../lexicon/verb-classes.ts';

/** What the participle at i tells: a clause, a quotation, or a phrase with its "that" clause ("their concern that"). */
function toldAfter(s: Sentence, i: number): boolean {
  const next = s.tokens[i + 1];
  if (!next) return false;
  if (QUOTE_TOKEN.test(next.lower) || s.quoted[i + 1] || clauseOpensAfter(s.tokens, i)) return true;
  const np = phraseAfter(s.tokens, i);
  const after = np ? s.tokens[np.to + 1] : undefined;
  return !!after && (after.lower === 'that' || QUOTE_TOKEN.test(after.lower));
}

/** The sent text whose content the participle at i gives: a few plain words back, no verb between. Else -1. */
function sentTextBefore(s: Sentence, i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 14; k--) {
    const t = s.tokens[k]!;
    if (SENT_TEXTS.has(t.lower) && t.pos === 'NOUN') return k;
    if (
      t.pos === 'VERB' ||
      t.pos === 'AUX' ||
      s.quoted[k] ||
      (t.pos === 'PUNCT' && t.lower !== ',')
    )
      return -1;
  }
  return -1;
}

/**
 * "Eight Catholic Democrats signed a letter to the Cardinal expressing their concern that the Cardinal is playing
 * politics", "The club issued a statement saying the coach had resigned", "released a note repudiating the visit": a
 * participle of saying or judging after a text that someone signs or sends gives that text's content, so the sentence
 * reports its writers' words. The writers (the
 * sentence's subject, before the text), or else the text itself; null when there is no such participle.
 */
export function sentTextSaying(s: Sentence, i: number): Phrase | null {
  const t = s.tokens[i]!;
  if (!t.lower.endsWith('ing') || s.quoted[i]) return null;
  // ("Renato Rabelo released a note repudiating the visit": a text judging what it names holds its writers' view)
  const judged = JUDGING.includes(t.lemma) && !!phraseAfter(s.tokens, i);
  if (!judged && !isReportingVerb(s.tokens, i)) return null;
  const text = sentTextBefore(s, i);
  if (text < 0 || !(judged || toldAfter(s, i)) || subordinate(s.tokens, text)) return null;
  const subject = sentenceSubject(s.tokens);
  return subject && subject.to < text ? subject : { from: text, to: text };
}
