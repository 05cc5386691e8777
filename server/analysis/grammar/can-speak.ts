import type { Token } from './token.ts';
import type { Phrase } from './phrases.ts';
import { ANONYMOUS_HEADS, ORG_WORDS, THING_KINDS, TITLES } from '../lexicon/people.ts';
import { OCCUPATIONS } from '../lexicon/occupations.ts';
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
    // ("the council revealed" speaks as a common noun; "games" or "the road" only as a name, tagged PROPN above)
    (ORG_WORDS.has(head.lower) && !THING_KINDS.has(head.lower)) ||
    DOCUMENT_NOUNS.has(head.lower) ||
    holdsRole(head.lower)
  );
}

/** "The organisers revealed that …": people named by what they do, one or many, speak for themselves. */
function holdsRole(word: string): boolean {
  const one = word.endsWith('s') ? word.slice(0, -1) : word;
  return TITLES.has(one) || OCCUPATIONS.has(one);
}
