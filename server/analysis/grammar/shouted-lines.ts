import { MODAL_VERBS } from '../lexicon/auxiliaries.ts';
import { ENGLISH_FUNCTION_WORDS } from '../lexicon/function-words.ts';

// a run of text between paragraph breaks (a headline as the wire sent it: "ELECTION RESULT MAY DELAY JAPAN ECONOMIC
// STIMULUS")
const LINE = /[^\n]+/g;
// a word written with a capital inside a sentence (after a word or a comma and a space), as names are
const NAMED_WORD = /(?<=[\p{Ll},] )\p{Lu}\p{Ll}+(?![\p{L}\d])/gu;
// a word of letters in a line
const WORD = /[A-Za-z]+/g;
// a word in lower case
const LOWER_WORD = /\b\p{Ll}+\b/gu;
// words a headline uses as words whatever the story capitalises ("HARCOURT DEBENTURES MAY TRIGGER SUIT" over a story
// of "in May", Reuters-21578, round 1436): the modals and the commonest function words, and "march"
const COMMON_WORDS: ReadonlySet<string> = new Set([
  ...MODAL_VERBS,
  ...ENGLISH_FUNCTION_WORDS,
  'march',
]);

/**
 * The text with each line written all in capitals (three words or more, no lower-case letter) lowered, letter for
 * letter, so that the tagger reads its words as words: in "ELECTION RESULT MAY DELAY JAPAN ECONOMIC STIMULUS"
 * (Reuters-21578, round 1138) it took "MAY" for the month and every word for a name, and the headline's forecast went
 * unseen. Only A–Z are lowered, so every offset stays where it was; the capitals the text shows are still read from the
 * text itself.
 *
 * A word the rest of the text writes only as a name, capitalised inside its sentences and never in lower case, keeps
 * its capital: "KEATING SEES LOWER AUSTRALIAN CURRENT DEFICIT" over a story of "Treasurer Paul Keating said" is read
 * "Keating sees lower Australian current deficit", so its subject is a name (Reuters-21578, rounds 1469 and 1477:
 * lowered whole, "keating" was tagged a verb and "shultz welcomes …" a plain noun, and the headline's source went
 * unseen). Modals and function words stay lowered: "MAY" is the verb, whatever months the story names.
 */
export function lowerShoutedLines(text: string): string {
  if (!/[A-Z]{2}/.test(text)) return text;
  let names: Set<string> | null = null;
  return text.replace(LINE, (line) => {
    if (/[a-z]/.test(line) || (line.match(/[A-Z][A-Z'’-]*/g) ?? []).length < 3) return line;
    names ??= wordsWrittenAsNames(text);
    return line.replace(WORD, (word) => {
      const lower = word.toLowerCase();
      return names!.has(lower) && !COMMON_WORDS.has(lower) ? word[0] + lower.slice(1) : lower;
    });
  });
}

/**
 * The words, lower-cased, that the text writes capitalised inside a sentence and never in lower case: the words it
 * writes only as names ("Keating", "Weizsaecker").
 */
export function wordsWrittenAsNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(NAMED_WORD)) names.add(m[0].toLowerCase());
  if (names.size === 0) return names;
  for (const m of text.matchAll(LOWER_WORD)) names.delete(m[0]);
  return names;
}
