import type { AnalyzedSentence, Evidence, Quote } from '../analysis/index.ts';
import { isValidSpan, spanEvidence } from './evidence.ts';
import { promptPrefix } from './prompt-prefix.ts';
import { questionId } from './question-id.ts';
import { quoteList, theWordsAre } from './quote-list.ts';
import { shortQuote } from './short-quote.ts';
import { speakerCues } from './speaker-cues.ts';
import type { Choice, QuoteTypeQuestion } from './types.ts';

const CHOICES: readonly Choice[] = [
  { id: 'speech', text: 'Someone’s words, quoted (speech)' },
  { id: 'term', text: 'Scare quotes: a term or label set apart' },
];
// Only verbs, no names: a "Who said it?" question about the same quote may follow.
const VERB_CUES = new Set(['reporting-verb', 'according-to']);

function explain(quote: Quote, quoted: Evidence, cues: Evidence[]): string {
  const words = quoteList([quoted.text]);
  if (quote.type === 'term') {
    return `The quote marks around ${words} set a term or label apart rather than report a full statement: they are scare quotes, which keep a distance from the word or draw attention to it.`;
  }
  const how = cues.length ? `, reported with ${quoteList(cues.map((e) => e.text))}` : '';
  return `${theWordsAre([quoted.text])} what someone actually said, quoted${how}: this is speech, not scare quotes around a term.`;
}

/** "Speech or scare quotes?" for one quoted span; null when the quote's offsets do not fit its sentence. */
export function quoteTypeQuestion(
  sentence: AnalyzedSentence,
  quote: Quote,
): QuoteTypeQuestion | null {
  if (!isValidSpan(sentence, quote)) return null;
  const quoted = spanEvidence(
    sentence,
    quote,
    quote.type === 'speech' ? 'speech-quote' : 'scare-quote',
  );
  const cues =
    quote.type === 'speech' ? speakerCues(sentence, quote).filter((e) => VERB_CUES.has(e.cue)) : [];
  return {
    id: questionId('quote-type', sentence.text, quote.text, quote.type),
    type: 'quote-type',
    sentenceIndex: sentence.index,
    prompt: `${promptPrefix(sentence.kind)}Are the quote marks around “${shortQuote(quote.text)}” someone’s words, or scare quotes?`,
    excerpt: sentence.text,
    choices: CHOICES.map((c) => ({ ...c })),
    explanation: explain(quote, quoted, cues),
    evidence: [quoted, ...cues],
    multiple: false,
    correct: [quote.type],
    quote: quote.text,
  };
}
