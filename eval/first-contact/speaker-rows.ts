import { z } from 'zod';
import { loadJsonFile } from './json-file.ts';
import type { ArticleAnalysis, Quote } from '../../server/analysis/index.ts';
import {
  articleContext,
  speakerFeatures,
  SPEAKER_FEATURES,
} from '../../server/analysis/quotes/speakers/confidence-features.ts';
import {
  speakerForm,
  speakerKey,
  speakersInDoubt,
} from '../../server/analysis/quotes/speakers/confidence.ts';
import type { ArticleResult } from '../article-eval.ts';

const row = z.object({
  /** The quote's key in the form table (confidence.ts, speakerKey): what the table rates it by. */
  key: z.string(),
  /** 1 when the speaker was right. */
  right: z.union([z.literal(0), z.literal(1)]),
  /** The model's features, in the order of `features` (confidence-features.ts); empty when no speaker was found. */
  x: z.array(z.number()),
});

const rowsFile = z.object({
  about: z.string(),
  features: z.array(z.string()),
  rounds: z.array(z.object({ round: z.int().positive(), rows: z.array(row) })),
});

export type SpeakerRow = z.infer<typeof row>;
export type SpeakerRowsFile = z.infer<typeof rowsFile>;

/** Reads eval/first-contact-speakers.json; a one-line reason when absent or malformed. */
export function loadSpeakerRows(path: string): SpeakerRowsFile | string {
  return loadJsonFile(rowsFile, path);
}

/**
 * One row per speech quote of a replayed article that the eval judged (a gold speech quote the old analyzer found and
 * typed speech): its form key, whether its speaker was right, and its features read from the old analysis as the
 * analyzer reads today's (confidence-features.ts). Numbers only, no text.
 */
export function speakerRows(
  mapped: ArticleAnalysis,
  result: Pick<ArticleResult, 'speakerJudged'>,
): SpeakerRow[] {
  const context = articleContext(mapped.sentences);
  const doubtful = speakersInDoubt(mapped.sentences.flatMap((s) => s.quotes));
  const sentenceOf = new Map<object, ArticleAnalysis['sentences'][number]>();
  for (const s of mapped.sentences) for (const q of s.quotes) sentenceOf.set(q, s);
  return result.speakerJudged.map((j) => {
    const form = speakerForm(j.speaker ?? null, j.basis);
    const quote = j.quote as Quote | undefined;
    const sentence = quote ? sentenceOf.get(quote) : undefined;
    const x =
      form === 'none' || !quote || !sentence
        ? []
        : speakerFeatures(quote, sentence, context).map((v) => Math.round(v * 1000) / 1000);
    return { key: speakerKey(form, doubtful), right: j.correct ? 1 : 0, x };
  });
}

export const SPEAKER_ROWS_ABOUT =
  'Per round, one row per first-contact speech quote (the analyzer of the commit the round was recorded on, scored ' +
  "against today's gold): its form key, 1 when its speaker was right, and the speaker-confidence model's features " +
  'in the order of `features`. Written by eval/first-contact/replay.ts; numbers only, no article text.';

export const FEATURE_NAMES: readonly string[] = SPEAKER_FEATURES;
