// Letter patterns the analysis tests words with, made once here. Not written inline: tsx compiles (esbuild) a pattern
// with a \p{…} escape outside brackets to `new RegExp(…)`, which builds the pattern anew every time the line runs
// (about 0.1 µs, some 800 times an article), where a constant is built once. None is global or sticky, so sharing
// one between callers carries no state from one test to the next.

/** Opens with a capital letter: "Senate", "Ł". */
export const UPPER_START = /^\p{Lu}/u;
/** Opens with a lower-case letter. */
export const LOWER_START = /^\p{Ll}/u;
/** Opens with a letter of any case. */
export const LETTER_START = /^\p{L}/u;
/** Two capitals or more and nothing else: "UN", "NATO". */
export const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
/** Holds a capital letter somewhere. */
export const ANY_CAPITAL = /\p{Lu}/u;
/** Holds a digit somewhere. */
export const ANY_DIGIT = /\p{N}/u;

const SPACE = /\s/;

/**
 * Whether the character at `at` is white space as /\s/ reads it (false past the end). ASCII is told by its code:
 * the segmenter asks this of character after character, where the pattern's test cost several comparisons.
 */
export function spaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text.charAt(at));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the character at `at` is a letter or a digit of any script (false past the end); ASCII by its code. */
export function letterOrDigitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return LETTER_OR_DIGIT.test(text.charAt(at));
}
