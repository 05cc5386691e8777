import type { Document } from 'wink-nlp';
import { tagger } from './nlp.ts';

// An empty document lends the look-up of its instance's cache: `isOOV` answers from the model's own lexicon,
// whatever words earlier parses added to the cache.
let empty: Document | undefined;

/**
 * True when wink-nlp's English lexicon holds `lower` as a word ("clerk", "unison", "angel"); false for a word it does
 * not know in lower case, as most given names and surnames ("owen", "carrie", "dempsey", even "john").
 */
export function isLexiconWord(lower: string): boolean {
  return !(empty ??= tagger.readDoc('')).isOOV(lower);
}
