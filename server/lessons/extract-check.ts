/** Longer texts would make the analysis slow and the quiz unwieldy; a news article is far shorter. */
export const MAX_TEXT_CHARS = 100_000;

/** Quotation marks allowed in one lesson: a long interview has a few hundred, 4,000 is 2,000 quotes. */
export const MAX_QUOTE_MARKS = 4_000;
// Opening-or-neutral marks only: the closing single quote is also the apostrophe.
const QUOTE_MARKS = /["\u201C\u201D\u201E\u201F\u00AB\u00BB\uFF02\u2018]/g;

/** No word, address or number in an article runs this long without a space. */
const MAX_RUN = 300;
const MIN_WORDS = 5;

export interface TextProblem {
  status: 400 | 413 | 422;
  message: string;
}

/** Why a text cannot become a lesson, or null when it can. Checked before the (costly) analysis. */
export function articleTextProblem(text: string): TextProblem | null {
  if (text.trim() === '') return { status: 400, message: 'Paste the article text.' };
  if (text.length > MAX_TEXT_CHARS) {
    return {
      status: 413,
      message: `The article is too long: at most ${MAX_TEXT_CHARS} characters.`,
    };
  }
  if (new RegExp(`\\S{${MAX_RUN + 1}}`).test(text)) {
    return {
      status: 422,
      message:
        'That text has a very long run of characters without spaces: it does not look like an article.',
    };
  }
  const quoteMarks = (text.match(QUOTE_MARKS) ?? []).length;
  if (quoteMarks > MAX_QUOTE_MARKS) {
    return {
      status: 422,
      message: `That text has ${quoteMarks.toLocaleString('en')} quotation marks; a lesson takes at most ${MAX_QUOTE_MARKS.toLocaleString('en')}. Split the article and make two lessons.`,
    };
  }
  if ((text.match(/\p{L}+/gu) ?? []).length < MIN_WORDS) {
    return {
      status: 422,
      message: `That text is too short for a lesson: give at least a few sentences.`,
    };
  }
  return null;
}
