import { cue, type Sentence } from './sentence.ts';
import { HEARSAY_NOUNS, SPREAD_VERBS } from '../lexicon/hearsay.ts';

const CLAUSE_START = new Set(['PRON', 'DET', 'PROPN', 'NOUN', 'NUM']);

/**
 * Finds talk without a named speaker as the subject of a verb that spreads it, before the clause it carries —
 * "Soon after, rumours circulated he was preparing his wife", "Reports emerged that the ship had sunk" — and returns
 * true when one carries the sentence. "Amid reports of fraud" is a side phrase: a preposition before the noun.
 */
export function rumourCues(s: Sentence): boolean {
  let found = existentialTalk(s);
  s.tokens.forEach((t, i) => {
    // the tagger reads a capitalised first word as a name ("Reports emerged …")
    const noun = t.pos === 'NOUN' || (i === 0 && t.pos === 'PROPN');
    if (s.quoted[i] || !noun) return;
    const lemma = t.pos === 'NOUN' ? t.lemma : t.lower.replace(/s$/, '');
    if (!HEARSAY_NOUNS.has(lemma)) return;
    // a singular "report" is one document (its verbs are reporting verbs); only talk in the plural spreads
    if (lemma !== 'speculation' && lemma !== 'word' && t.lower === lemma) return;
    const before = s.tokens[i - 1];
    if (before && (before.pos === 'ADP' || before.pos === 'VERB')) return;
    let k = i + 1;
    while (s.tokens[k]?.pos === 'ADV' || s.tokens[k]?.pos === 'AUX') k++;
    const verb = s.tokens[k];
    if (!verb || verb.pos !== 'VERB' || !SPREAD_VERBS.has(verb.lemma)) return;
    const next = s.tokens[k + 1];
    if (!next || (next.lower !== 'that' && !CLAUSE_START.has(next.pos))) return;
    // a clause follows: a subject and its own verb within a few words
    const clause = s.tokens
      .slice(k + 1, k + 8)
      .some((x, n) => n > 0 && (x.pos === 'VERB' || x.pos === 'AUX'));
    if (!clause) return;
    cue(s, i, k, 'reporting-verb');
    found = true;
  });
  return found;
}

// talk that "there is": the hearsay nouns and a warning ("There have been warnings that the market may fall")
const EXISTENTIAL_TALK = new Set([...HEARSAY_NOUNS, 'warning']);

/**
 * "There is also speculation that the bank will …", "There have been a number of warnings that prices may fall":
 * talk said to exist, with the clause it carries, is someone's claim though nobody is named.
 */
function existentialTalk(s: Sentence): boolean {
  const tk = s.tokens;
  const there = tk.findIndex((t, i) => t.lower === 'there' && !s.quoted[i]);
  if (there < 0 || tk[there + 1]?.pos !== 'AUX') return false;
  for (let k = there + 2; k < tk.length - 1 && k <= there + 9; k++) {
    const t = tk[k]!;
    if (t.pos === 'NOUN' && EXISTENTIAL_TALK.has(t.lemma) && t.lemma !== 'word') {
      // (a clause after "that", not a relative clause on the noun: "a report that shows …")
      const next = tk[k + 2];
      if (tk[k + 1]?.lower !== 'that' || s.quoted[k] || !next || /^(?:VERB|AUX)$/.test(next.pos))
        return false;
      cue(s, there, k + 1, 'reporting-verb');
      return true;
    }
    // ("There is no claim that …" denies the talk)
    if (t.lower === 'no' || !/^(?:AUX|ADV|DET|ADJ|ADP|NOUN)$/.test(t.pos)) return false;
  }
  return false;
}
