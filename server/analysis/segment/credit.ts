import type { Range } from './paragraphs.ts';

// "Image: Jane Doe.", "Photo credit: NASA", "(Photo: City of Springfield)": a picture's credit, a label naming the
// medium and a colon. Wikinews closes every picture's caption with one ("The bridge during repairs. Image: Jane
// Doe."), and papers print them the same way; nothing in body prose opens a sentence so.
const CREDIT =
  /^\(?(?:image|photo|photograph|picture|illustration|graphic|map|video|file photo)s?(?: credits?)?\s*:\s*\S|^\(?(?:photo |image )?credits?\s*:\s*\S/i;
// a caption with its credit is still a short paragraph; a longer one is prose that happens to end so
const MAX_CREDITED_SENTENCES = 3;
const MAX_CREDITED_WORDS = 60;
// a caption standing before its credit's own line: shorter still, as a body paragraph may precede a lone credit
const MAX_CAPTION_SENTENCES = 2;
const MAX_CAPTION_WORDS = 40;

/** True when the sentence is a picture's credit ("Image: Jane Doe."). */
export function isPictureCredit(sentence: string): boolean {
  return CREDIT.test(sentence.trimStart());
}

/**
 * True when a paragraph closes with a picture's credit and is short: a caption with a closing stop ("The bridge
 * during repairs in March. Image: Jane Doe."), or a credit standing alone. `ends` are the paragraph's sentence
 * ends before its last sentence, as the segmenter found them.
 */
export function endsWithCredit(text: string, unit: Range, ends: readonly number[]): boolean {
  if (ends.length + 1 > MAX_CREDITED_SENTENCES) return false;
  const lastStart = ends.length > 0 ? ends[ends.length - 1]! : unit.start;
  if (!isPictureCredit(text.slice(lastStart, unit.end))) return false;
  return text.slice(unit.start, unit.end).split(/\s+/).length <= MAX_CREDITED_WORDS;
}

/**
 * True when a short paragraph of one or two sentences stands right before a credit standing alone: the caption of
 * the picture the credit is for, its stop kept ("The crew before the train left on Thursday." then "Image:
 * Mysore Division."), as Wikinews pages print caption and credit on lines of their own.
 */
export function captionsCredit(
  text: string,
  unit: Range,
  ends: readonly number[],
  next: Range | undefined,
  nextEnds: readonly number[] | undefined,
): boolean {
  if (!next || nextEnds?.length !== 0 || ends.length + 1 > MAX_CAPTION_SENTENCES) return false;
  if (!isPictureCredit(text.slice(next.start, next.end))) return false;
  return text.slice(unit.start, unit.end).split(/\s+/).length <= MAX_CAPTION_WORDS;
}
