// a run of text between paragraph breaks (a headline as the wire sent it: "ELECTION RESULT MAY DELAY JAPAN ECONOMIC
// STIMULUS")
const LINE = /[^\n]+/g;

/**
 * The text with each line written all in capitals (three words or more, no lower-case letter) lowered, letter for
 * letter, so that the tagger reads its words as words: in "ELECTION RESULT MAY DELAY JAPAN ECONOMIC STIMULUS"
 * (Reuters-21578, round 1138) it took "MAY" for the month and every word for a name, and the headline's forecast went
 * unseen. Only A–Z are lowered, so every offset stays where it was; the capitals the text shows are still read from the
 * text itself.
 */
export function lowerShoutedLines(text: string): string {
  if (!/[A-Z]{2}/.test(text)) return text;
  return text.replace(LINE, (line) =>
    /[a-z]/.test(line) || (line.match(/[A-Z][A-Z'’-]*/g) ?? []).length < 3
      ? line
      : line.replace(/[A-Z]/g, (c) => c.toLowerCase()),
  );
}
