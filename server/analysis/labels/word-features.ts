import type { Token } from '../grammar/token.ts';
import { POSSIBILITY_MODALS } from '../lexicon/auxiliaries.ts';
import { WE_WORDS, YOU_WORDS } from '../lexicon/address.ts';
import { INTENSIFIERS } from '../lexicon/intensifiers.ts';
import { REPORTING_VERBS, SPEECH_NOUNS } from '../lexicon/reporting-verbs.ts';
import { SOURCE_NOUNS, SOURCE_VERBS } from '../lexicon/source-words.ts';
import type { Quote } from '../types.ts';
import type { SentenceEvidence } from './evidence.ts';
import { setFeature } from './feature-list.ts';

/** Flags set when some word outside quotes is of the class (feature-list.ts says why each matters). */
const WORD_FLAGS: readonly [string, (t: Token) => boolean][] = [
  ['class:superlative', (t) => t.lower === 'most' || (t.pos === 'ADJ' && /[^e]est$/.test(t.lower))],
  ['class:intensifier', (t) => INTENSIFIERS.has(t.lower)],
  ['class:reporting-verb', (t) => t.pos === 'VERB' && REPORTING_VERBS.has(t.lemma)],
  [
    'class:source-word',
    (t) => SOURCE_NOUNS.has(t.lower) || (t.pos === 'VERB' && SOURCE_VERBS.has(t.lemma)),
  ],
  ['class:speech-noun', (t) => t.pos === 'NOUN' && SPEECH_NOUNS.has(t.lemma)],
  ['person:we', (t) => WE_WORDS.has(t.lower)],
  ['person:you', (t) => YOU_WORDS.has(t.lower)],
  ['person:i', (t) => t.lower === 'i' && t.pos === 'PRON'],
  ['modal:possible', (t) => t.pos === 'AUX' && POSSIBILITY_MODALS.has(t.lower)],
];

function insideQuote(t: Token, quotes: readonly Quote[]): boolean {
  return quotes.some((q) => t.start >= q.start && t.end <= q.end);
}

/** The features of the sentence's words: word classes, their shares, numerals and length. */
export function wordFeatures(x: Float64Array, e: SentenceEvidence): void {
  const out = e.tokens.filter((t) => !insideQuote(t, e.quotes));
  const words = out.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SYM' && t.pos !== 'SPACE');
  const n = Math.max(1, words.length);
  let adj = 0;
  let adv = 0;
  let propn = 0;
  for (const t of words) {
    if (t.pos === 'ADJ') adj++;
    else if (t.pos === 'ADV') adv++;
    else if (t.pos === 'PROPN') propn++;
  }
  setFeature(x, 'class:adjective', adj / n);
  setFeature(x, 'class:adverb', adv / n);
  setFeature(x, 'class:proper-share', propn / n);
  for (const [name, test] of WORD_FLAGS) setFeature(x, name, words.some(test));
  const numerals = e.tokens.filter((t) => t.pos === 'NUM').length;
  setFeature(x, 'num:count', Math.min(4, numerals));
  setFeature(x, 'class:pronoun-start', e.tokens[0]?.pos === 'PRON');
  setFeature(x, 'len:log-words', Math.log(1 + n));
  setFeature(x, 'len:short', n < 8);
}
