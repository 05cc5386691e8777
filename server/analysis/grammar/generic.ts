import type { Token } from './token.ts';
import type { Phrase } from './phrases.ts';

// "one thinks", "nobody can answer", "few journalists thought", "you yourself said": nobody in particular; "Neither
// regulator estimated how much money might be needed" (Reuters-21578, round 1159): a report nobody made
const GENERIC = new Set([
  'nobody',
  'anyone',
  'anybody',
  'few',
  'none',
  'no',
  'neither',
  'whoever',
  'you',
]);

/** Whether a subject is generic, negated, hypothetical or the reader, so no source of what follows. */
export function isGenericSubject(tokens: Token[], np: Phrase): boolean {
  const first = tokens[np.from]!.lower;
  const head = tokens[np.to]!.lower;
  // ("Although no witness saw it, one stated that …": one of those just named, telling in the past, is someone)
  if (head === 'one')
    return (
      tokens[np.to + 1]?.lower !== 'of' &&
      tokens[np.to - 1]?.lower !== 'the' &&
      !(np.from === np.to && pastVerb(tokens[np.to + 1]))
    );
  // "what they believe to be": a view held inside a free relative, not a report
  if (tokens[np.from - 1]?.lower === 'what') return true;
  return GENERIC.has(first) && tokens[np.from + 1]?.lower !== 'of';
}

/** Whether a word is a verb in the past tense ("stated", "told"), not its present ("thinks") or base ("can say"). */
function pastVerb(t: Token | undefined): boolean {
  return !!t && t.pos === 'VERB' && t.lower !== t.lemma && !/(?:s|ing)$/.test(t.lower);
}
