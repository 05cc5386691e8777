import { POSSIBILITY_MODALS } from '../lexicon/auxiliaries.ts';
import { WE_WORDS, YOU_WORDS } from '../lexicon/address.ts';
import type { LabelFeature } from './feature.ts';

/** Length, figures, person and modality: words enter only as general classes from lexicon/. */
export const WORD_FEATURES: readonly LabelFeature[] = [
  {
    name: 'len:log-words',
    why: 'log of the word count: long sentences carry more clauses to report',
    value: (c) => Math.log(1 + c.wordCount),
  },
  { name: 'len:short', why: 'under eight words: a fragment or tag', value: (c) => c.wordCount < 8 },
  {
    name: 'num:any',
    why: 'figures anchor a sentence in checkable detail',
    value: (c) => /\d/.test(c.e.segment.text),
  },
  {
    name: 'num:count',
    why: 'how many numerals, at most 4: survey and result sentences',
    value: (c) => Math.min(4, c.e.tokens.filter((t) => t.pos === 'NUM').length),
  },
  {
    name: 'person:we',
    why: 'first person plural outside quotes is the writer enlisting the reader',
    value: (c) => c.words.some((t) => WE_WORDS.has(t.lower)),
  },
  {
    name: 'person:you',
    why: 'addressing the reader outside quotes',
    value: (c) => c.words.some((t) => YOU_WORDS.has(t.lower)),
  },
  {
    name: 'person:i',
    why: 'first person singular outside quotes: someone speaks unquoted',
    value: (c) => c.words.some((t) => t.lower === 'i' && t.pos === 'PRON'),
  },
  {
    name: 'modal:possible',
    why: 'might, may, could outside quotes: a guess or a reported possibility',
    value: (c) => c.words.some((t) => t.pos === 'AUX' && POSSIBILITY_MODALS.has(t.lower)),
  },
];
