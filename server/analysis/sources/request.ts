import type { Token } from '../grammar/token.ts';
import type { Phrase } from '../grammar/phrases.ts';
import { ADVICE_TEXTS, DATE_PREPOSITIONS, REQUEST_VERBS } from '../lexicon/requests.ts';
import { DOCUMENT_NOUNS } from '../lexicon/documents.ts';

// what may stand in the addressee between the verb and its infinitive: "asked U.S. citizens", "advised the two men",
// "asked a US banker and former International Monetary Fund director"
const ADDRESSEE = /^(?:DET|ADJ|NOUN|PROPN|PRON|NUM|CCONJ)$/;

// what a date is made of: "on April 9, 2009", "in March", "last week"
const DATE_PIECES = /^(?:PROPN|NUM|NOUN|PUNCT|DET)$/;

const isVerb = (t: Token | undefined) => t?.pos === 'VERB' || t?.pos === 'AUX';

/**
 * "The council asked residents to stay indoors", "advised travellers not to use the bridge": a request put to an
 * addressee is an act the sentence records, not a claim it relays, so the verb reports nothing. A text's advice
 * ("the website advises readers to …") is what the text says and stays a report.
 */
export function isRequest(tokens: Token[], i: number, subject: Phrase): boolean {
  if (!REQUEST_VERBS.has(tokens[i]!.lemma)) return false;
  const head = tokens[subject.to]!.lower;
  if (ADVICE_TEXTS.has(head) || DOCUMENT_NOUNS.has(head)) return false;
  // "Prosecutors had asked for 15 years in jail", "He asked for five days": asking for a thing is a request, an act
  // (a fact six times of seven on blind rounds 560-940, where no other cue decided the sentence)
  if (tokens[i]!.lemma === 'ask' && tokens[i + 1]?.lower === 'for') return true;
  let k = i + 1;
  while (k <= i + 10 && ADDRESSEE.test(tokens[k]?.pos ?? '')) k++;
  if (k === i + 1) return false;
  // "advised the lower court on 9 April to drop the charge": a date between the addressee and the request
  if (DATE_PREPOSITIONS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.pos !== 'VERB') {
    let j = k + 1;
    while (j <= k + 6 && DATE_PIECES.test(tokens[j]?.pos ?? '')) j++;
    if (j > k + 1 && tokens[j]?.lower === 'to') k = j;
  }
  const negated = tokens[k]?.lower === 'not';
  const to = negated ? k + 1 : k;
  if (tokens[to]?.lower === 'to') return isVerb(tokens[to + 1]);
  // "Reporters asked the mayor about the fire": a question put to someone records an act, not a claim
  // (… and so does asking someone for a thing: "Turkey asked NATO for an emergency meeting", "Ars is asking Mojang for
  // comment", blind rounds 583 and 813)
  if ((tokens[to]?.lower === 'about' || tokens[to]?.lower === 'for') && tokens[i]!.lemma === 'ask')
    return true;
  // "asked citizens not approach the gate": the "to" is sometimes dropped after "not" (and the verb read as a noun)
  return (
    negated && (isVerb(tokens[to]) || (tokens[to]?.pos === 'NOUN' && tokens[to + 1]?.pos === 'DET'))
  );
}

/**
 * "People on holiday have been advised by the Department of Transport to follow the local rules", "were asked by
 * police to stay indoors": in the passive the asker stands after "by" (`agent`) and the request follows it, an act all
 * the same (WMT news test set, round 1723).
 */
export function isPassiveRequest(tokens: Token[], i: number, agent: Phrase): boolean {
  if (!REQUEST_VERBS.has(tokens[i]!.lemma)) return false;
  const to = tokens[agent.to + 1]?.lower === 'not' ? agent.to + 2 : agent.to + 1;
  // (… and a question put to the subject: "He was asked by reporters about the fire", as in `isRequest`)
  if (tokens[i]!.lemma === 'ask' && /^(?:about|for)$/.test(tokens[to]?.lower ?? '')) return true;
  return tokens[to]?.lower === 'to' && isVerb(tokens[to + 1]);
}
