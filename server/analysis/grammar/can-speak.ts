import type { Token } from './token.ts';
import type { Phrase } from './phrases.ts';
import { ANONYMOUS_HEADS, ORG_WORDS } from '../lexicon/people.ts';
import { DOCUMENT_NOUNS } from '../lexicon/documents.ts';

/** Whether a subject can be a source for an inference verb: a name, a person, a group, a body or a document. */
export function canSpeak(tokens: Token[], np: Phrase): boolean {
  const head = tokens[np.to]!;
  return (
    head.pos === 'PROPN' ||
    head.pos === 'PRON' ||
    ANONYMOUS_HEADS.has(head.lower) ||
    ORG_WORDS.has(head.lower) ||
    DOCUMENT_NOUNS.has(head.lower)
  );
}
