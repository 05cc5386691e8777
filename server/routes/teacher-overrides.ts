import type { ArticleAnalysis, QuoteType } from '../analysis/index.ts';
import { isLabel } from '../quiz/index.ts';
import { findPhrase } from '../quiz/teacher-words.ts';
import type { SentenceOverride } from '../store/types.ts';
import { hasControlChars } from './form-text.ts';

const QUOTE_TYPES: readonly string[] = ['speech', 'term'];
const MAX_SPEAKER = 120;
const MAX_WORDS = 8;

// "word; other words" → the phrases, each checked against the sentence; errors name the sentence and phrase.
function wordsFrom(raw: string, text: string, n: number, errors: string[]): string[] {
  const words = raw
    .split(/[;\n]/)
    .map((w) => w.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (words.length > MAX_WORDS) {
    errors.push(`Sentence ${n}: mark at most ${MAX_WORDS} deciding words or phrases.`);
    return [];
  }
  const missing = words.find((w) => findPhrase(text, w) < 0);
  if (missing !== undefined) {
    errors.push(
      `Sentence ${n}: “${missing.slice(0, 60)}” is not in the sentence. Copy the words exactly.`,
    );
    return [];
  }
  return words;
}

type Form = Record<string, unknown>;

function field(form: Form, name: string): string | undefined {
  const value = form[name];
  // A repeated field arrives as an array; the last one is what the form shows.
  const last = Array.isArray(value) ? value[value.length - 1] : value;
  return typeof last === 'string' ? last : undefined;
}

/**
 * Reads the review form into overrides that differ from the analyzer: `label-<i>`, `confirm-<i>`,
 * `qtype-<i>-<j>`, `speaker-<i>-<j>` (an empty speaker means "the article does not say"), `speaker-ok-<i>-<j>`
 * (the speaker is right) and `words-<i>` (the deciding words, separated by semicolons).
 * A sentence whose label field is absent keeps its previous override. Errors name the bad field.
 */
export function overridesFromForm(
  analysis: ArticleAnalysis,
  previous: readonly SentenceOverride[],
  form: Form,
): { overrides: SentenceOverride[]; errors: string[] } {
  const overrides: SentenceOverride[] = [];
  const errors: string[] = [];
  for (const sentence of analysis.sentences) {
    const i = sentence.index;
    const label = field(form, `label-${i}`);
    if (label === undefined) {
      overrides.push(...previous.filter((o) => o.sentenceIndex === i));
      continue;
    }
    if (!isLabel(label)) {
      errors.push(`Sentence ${i + 1}: choose fact, attributed or framing.`);
      continue;
    }
    const override: SentenceOverride = { sentenceIndex: i };
    if (label !== sentence.label) override.label = label;
    if (field(form, `confirm-${i}`) !== undefined) override.confirmed = true;
    const words = wordsFrom(field(form, `words-${i}`) ?? '', sentence.text, i + 1, errors);
    if (words.length > 0) override.words = words;
    const quotes: NonNullable<SentenceOverride['quotes']> = [];
    sentence.quotes.forEach((quote, j) => {
      const type = field(form, `qtype-${i}-${j}`);
      const speakerRaw = field(form, `speaker-${i}-${j}`);
      const fix: (typeof quotes)[number] = { quoteIndex: j };
      if (type !== undefined && !QUOTE_TYPES.includes(type)) {
        errors.push(`Sentence ${i + 1}, quote ${j + 1}: choose speech or scare quotes.`);
      } else if (type !== undefined && type !== quote.type) {
        fix.type = type as QuoteType;
      }
      if (speakerRaw !== undefined) {
        const speaker = speakerRaw.replace(/\s+/g, ' ').trim();
        if (speaker.length > MAX_SPEAKER) {
          errors.push(`Sentence ${i + 1}, quote ${j + 1}: the speaker's name is too long.`);
        } else if (hasControlChars(speaker)) {
          errors.push(
            `Sentence ${i + 1}, quote ${j + 1}: the speaker's name has a control character.`,
          );
        } else if ((speaker || null) !== quote.speaker) {
          fix.speaker = speaker || null;
        }
      }
      if (field(form, `speaker-ok-${i}-${j}`) !== undefined) fix.confirmed = true;
      if (fix.type !== undefined || fix.speaker !== undefined || fix.confirmed) quotes.push(fix);
    });
    if (quotes.length > 0) override.quotes = quotes;
    if (override.label !== undefined || override.confirmed || override.quotes || override.words)
      overrides.push(override);
  }
  return { overrides, errors };
}
