import type { Token } from './token.ts';
import type { Phrase } from './phrases.ts';

// "one thinks", "nobody can answer", "few journalists thought", "you yourself said": nobody in particular
const GENERIC = new Set(['nobody', 'anyone', 'anybody', 'few', 'none', 'no', 'whoever', 'you']);

/** Whether a subject is generic, negated, hypothetical or the reader, so no source of what follows. */
export function isGenericSubject(tokens: Token[], np: Phrase): boolean {
  const first = tokens[np.from]!.lower;
  const head = tokens[np.to]!.lower;
  if (head === 'one')
    return tokens[np.to + 1]?.lower !== 'of' && tokens[np.to - 1]?.lower !== 'the';
  // "what they believe to be": a view held inside a free relative, not a report
  if (tokens[np.from - 1]?.lower === 'what') return true;
  return GENERIC.has(first) && tokens[np.from + 1]?.lower !== 'of';
}
