import {
  AMBIGUOUS_ABBREVIATIONS,
  LEADING_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  SENTENCE_STARTERS,
} from './abbreviations.ts';

/** What a period after a word means: always a sentence end ('word'), never ('leading'), or it depends. */
export type PeriodKind = 'word' | 'leading' | 'number' | 'ambiguous';

const INITIALISM = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u;
const INITIAL = /^\p{Lu}$/u;
const OPENERS = /^[^\p{L}\p{N}]+/u;

/** Classifies the word that stands right before a period; `word` may carry opening punctuation ("(U.S"). */
export function periodKind(word: string): PeriodKind {
  const w = word.replace(OPENERS, '');
  if (LEADING_ABBREVIATIONS.has(w)) return 'leading';
  if (NUMBER_ABBREVIATIONS.has(w)) return 'number';
  if (AMBIGUOUS_ABBREVIATIONS.has(w) || INITIALISM.test(w) || INITIAL.test(w)) return 'ambiguous';
  return 'word';
}

/** The word (letters and digits) beginning at `at`, after any opening quotes, brackets or emphasis marks. */
export function wordAt(text: string, at: number, to: number): string {
  let i = at;
  while (i < to && /[\s"'\u201c\u2018([*_]/.test(text[i]!)) i++;
  let j = i;
  while (j < to && /[\p{L}\p{N}]/u.test(text[j]!)) j++;
  return text.slice(i, j);
}

/** True when `word` plainly opens a new sentence rather than continuing a name ("The" vs "Army"). */
export function startsSentence(word: string): boolean {
  return SENTENCE_STARTERS.has(word.toLowerCase()) && /^\p{Lu}/u.test(word);
}

/** After a period following a word of this kind, is the next word the start of a new sentence? */
export function periodEnds(kind: PeriodKind, next: string, nextIsQuote: boolean): boolean {
  const first = next[0] ?? '';
  if (first === '' && !nextIsQuote) return false;
  const upper = /\p{Lu}/u.test(first);
  const digit = /\p{N}/u.test(first);
  switch (kind) {
    case 'leading':
      return false;
    case 'number':
      return !digit && (upper || nextIsQuote);
    case 'ambiguous':
      return nextIsQuote || startsSentence(next);
    case 'word':
      return upper || digit || nextIsQuote;
  }
}

const REPORTING_CLAUSE =
  /^(?:[\p{Lu}][\p{L}\p{N}'’.-]*\s+){1,5}(?:said|says|asked|asks|wrote|writes|added|adds|replied|continued|explained|declared|shouted|cried|exclaimed|tweeted|posted|insisted|noted|recalled|remarked|stated|wondered|demanded|argued|answered)(?:\s*[.,;:!?]|\s+(?:in|on|at|to|during|after|before|from|via|when|while|as|with|through|yesterday|today|later|again|last|this|of)\b)/u;

/** True when text at `at` is a capitalised reporting clause: `"Why?" Smith asked.` continues its sentence. */
export function reportingClauseAt(text: string, at: number): boolean {
  return REPORTING_CLAUSE.test(text.slice(at, at + 80));
}
