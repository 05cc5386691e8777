import type { Token } from './token.ts';
import type { Phrase } from './phrases.ts';
import { ANONYMOUS_HEADS, ORG_WORDS } from '../lexicon/people.ts';
import { DOCUMENT_NOUNS } from '../lexicon/documents.ts';

/** Whether a subject can be a source for an inference verb: a name, a person, a group, a body or a document. */
export function canSpeak(tokens: Token[], np: Phrase): boolean {
  // ("A survey for the charity suggests": the head stands before a phrase hanging on it)
  let end = np.to;
  for (let k = np.from + 1; k < np.to; k++)
    if (tokens[k]!.pos === 'ADP' && tokens[k]!.lower !== 'of') {
      end = k - 1;
      break;
    }
  if (end < np.to && canSpeak(tokens, { from: np.from, to: end })) return true;
  // ("Minutes of the December meeting showed that …": a document before "of" is the head the phrase hangs on)
  for (let k = np.from + 1; k < np.to; k++)
    if (tokens[k]!.lower === 'of' && DOCUMENT_NOUNS.has(tokens[k - 1]!.lower)) return true;
  const head = tokens[np.to]!;
  return (
    head.pos === 'PROPN' ||
    head.pos === 'PRON' ||
    ANONYMOUS_HEADS.has(head.lower) ||
    ORG_WORDS.has(head.lower) ||
    DOCUMENT_NOUNS.has(head.lower)
  );
}
