import type { AnalyzedSentence, Evidence } from './types.ts';

// What may close a sentence after its question mark: closing quote marks, brackets, spaces.
const AFTER_MARK = /^[\s"'”’)\]]*$/;

/**
 * The question the writer asks in their own voice, as evidence on its last word and mark ("Can Yahoo dominate next
 * decade?", "Has there been a better Six Nations match than Saturday's epic in Paris?"), or null. A question inside
 * a quotation is the speaker's, and one the rules attribute ("…, he asked?") is a report, so only a sentence left a
 * fact counts. Read within an article only: there the quote marks around it are known, where a sentence pasted on
 * its own may be a line of somebody's speech whose marks stood in another sentence.
 */
export function ownQuestion(sentence: AnalyzedSentence): Evidence | null {
  if (sentence.label !== 'fact') return null;
  const { text } = sentence;
  const mark = text.lastIndexOf('?');
  if (mark < 0 || !AFTER_MARK.test(text.slice(mark + 1))) return null;
  if (sentence.quotes.some((q) => q.start <= mark && mark <= q.end)) return null;
  const start = /[\p{L}\p{N}’'-]+$/u.exec(text.slice(0, mark))?.index ?? mark;
  return { text: text.slice(start, mark + 1), start, end: mark + 1, cue: 'rhetorical-question' };
}
