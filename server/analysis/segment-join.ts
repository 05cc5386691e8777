import { CONNECTIVES } from './abbreviations.ts';
import { its, nlp } from './nlp.ts';
import type { Range } from './segment-paragraphs.ts';
import { periodKind, startsSentence, wordAt } from './segment-words.ts';

const CLOSERS = /["'\u201d\u2019)\]*_]+$/;

/**
 * True when paragraph `q` continues the sentence left unfinished at the end of paragraph `p` — a stray
 * paragraph break. That is the case when `p` ends on a comma, dash or a word that needs more words ("of",
 * "the"); when `p` has no closing punctuation and `q` starts in lower case; or when `p` ends on an abbreviation
 * ("embedding U.S.") and `q` neither opens like a sentence nor can stand as one (it has no finite verb).
 */
export function continues(text: string, p: Range, q: Range): boolean {
  const tail = text.slice(Math.max(p.start, p.end - 40), p.end);
  const next = wordAt(text, q.start, q.end);
  const lower = /^\p{Ll}/u.test(next);
  if (/[,;\u2013\u2014-]$/.test(tail)) return true;
  const lastWord = /(\S+)$/.exec(tail)?.[1] ?? '';
  if (/[\p{L}\p{N}]$/u.test(tail.replace(CLOSERS, '')))
    return lower || (CONNECTIVES.has(lastWord.toLowerCase()) && !startsSentence(next));
  if (!/[^.]\.$/.test(tail)) return false;
  const kind = periodKind(lastWord.slice(0, -1));
  if (kind === 'leading') return true;
  if (kind !== 'ambiguous' || startsSentence(next) || !/^\p{L}/u.test(next)) return false;
  return lower || !hasFiniteVerb(firstSentence(text, q));
}

function firstSentence(text: string, q: Range): string {
  const m = /[.!?](?=\s|$)/.exec(text.slice(q.start, Math.min(q.end, q.start + 400)));
  return text.slice(q.start, m ? q.start + m.index + 1 : Math.min(q.end, q.start + 400));
}

/** A finite verb: any auxiliary, or a verb that is not an infinitive ("to conduct") or a bare "-ing" form. */
function hasFiniteVerb(sentence: string): boolean {
  const tokens = nlp.readDoc(sentence).tokens();
  const words = tokens.out(its.normal);
  const pos = tokens.out(its.pos);
  return pos.some(
    (p, i) => p === 'AUX' || (p === 'VERB' && words[i - 1] !== 'to' && !words[i]!.endsWith('ing')),
  );
}
