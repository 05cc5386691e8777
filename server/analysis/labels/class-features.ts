import type { Token } from '../grammar/token.ts';
import { INTENSIFIERS } from '../lexicon/intensifiers.ts';
import { REPORTING_VERBS, SPEECH_NOUNS } from '../lexicon/reporting-verbs.ts';
import { SOURCE_NOUNS, SOURCE_VERBS } from '../lexicon/source-words.ts';
import type { SentenceContext } from './context.ts';
import type { LabelFeature } from './feature.ts';

const share = (c: SentenceContext, pos: Token['pos']) =>
  c.words.filter((t) => t.pos === pos).length / c.wordCount;

/** Word classes outside quotes, whether or not a rule weighed them. */
export const CLASS_FEATURES: readonly LabelFeature[] = [
  {
    name: 'class:adjective',
    why: 'share of adjectives outside quotes: description and degree',
    value: (c) => share(c, 'ADJ'),
  },
  {
    name: 'class:adverb',
    why: 'share of adverbs outside quotes: manner and degree',
    value: (c) => share(c, 'ADV'),
  },
  {
    name: 'class:superlative',
    why: 'a superlative ("largest", "most") outside quotes ranks things',
    value: (c) =>
      c.words.some((t) => t.lower === 'most' || (t.pos === 'ADJ' && /[^e]est$/.test(t.lower))),
  },
  {
    name: 'class:intensifier',
    why: 'a degree word outside quotes, whether or not a rule weighed it',
    value: (c) => c.words.some((t) => INTENSIFIERS.has(t.lower)),
  },
  {
    name: 'class:reporting-verb',
    why: 'a verb of saying outside quotes, whether or not a rule found its source',
    value: (c) => c.words.some((t) => t.pos === 'VERB' && REPORTING_VERBS.has(t.lemma)),
  },
  {
    name: 'class:source-word',
    why: 'a noun or verb that often names a source or document',
    value: (c) =>
      c.words.some(
        (t) => SOURCE_NOUNS.has(t.lower) || (t.pos === 'VERB' && SOURCE_VERBS.has(t.lemma)),
      ),
  },
  {
    name: 'class:speech-noun',
    why: 'a noun of speech ("statement", "remarks") outside quotes',
    value: (c) => c.words.some((t) => t.pos === 'NOUN' && SPEECH_NOUNS.has(t.lemma)),
  },
  {
    name: 'class:pronoun-start',
    why: 'opens with a pronoun: continues someone just named',
    value: (c) => c.e.tokens[0]?.pos === 'PRON',
  },
  {
    name: 'class:proper-share',
    why: 'share of proper nouns: names, places, organisations',
    value: (c) => share(c, 'PROPN'),
  },
];
