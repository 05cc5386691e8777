import type { AnalyzedSentence, Evidence, Quote } from '../analysis/types.ts';
import { isValidSpan, sentenceEvidence, spanEvidence } from './evidence.ts';
import { promptPrefix } from './prompt-prefix.ts';
import { questionId } from './question-id.ts';
import { quoteList } from './quote-list.ts';
import { shortQuote } from './short-quote.ts';
import type { Choice, QuoteTypeQuestion } from './types.ts';

const CHOICES: readonly Choice[] = [
  { id: 'speech', text: 'Someone’s words, quoted (speech)' },
  { id: 'term', text: 'Scare quotes: a term or label set apart' },
];
const REPORTING_CUES = new Set([
  'reporting-verb',
  'according-to',
  'named-source',
  'anonymous-source',
]);

function explain(quote: Quote, quoted: Evidence, cues: Evidence[]): string {
  const words = quoteList([quoted.text]);
  if (quote.type === 'term') {
    return `The quote marks around ${words} set a term or label apart rather than report a full statement: they are scare quotes, which keep a distance from the word or draw attention to it.`;
  }
  const who = quote.speaker ? `${quote.speaker}’s` : 'someone’s';
  const how = cues.length ? `, as ${quoteList(cues.map((e) => e.text))} shows` : '';
  return `The words ${words} are ${who} own words, quoted${how}: this is speech.`;
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
    quote.type === 'speech' ? sentenceEvidence(sentence, (cue) => REPORTING_CUES.has(cue)) : [];
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
