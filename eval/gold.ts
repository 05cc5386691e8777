import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const quote = z.object({
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  type: z.enum(['speech', 'term']),
  speaker: z.string().nullable(),
});

const sentence = z.object({
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  kind: z.enum(['headline', 'caption', 'body']),
  label: z.enum(['fact', 'attributed', 'framing']),
  quotes: z.array(quote).default([]),
});

const count = z.tuple([z.int().nonnegative(), z.int().nonnegative()]);

/** Figures of the analyzer on an article the first time it saw it, recorded once and never updated. */
const firstContact = z.object({
  date: z.string(),
  labels: count,
  segmentation: count,
  speakers: count,
});

const goldFile = z.object({
  article: z.string().regex(/^[^/\\]+\.txt$/, 'a file name in the articles directory'),
  /** "content": the article is bundled in the project's content/ folder; "pool": it is in ../shared/data/articles-pool. */
  dir: z.enum(['content', 'pool']).optional(),
  /** Pool articles are labelled in rounds, each by hand before the analyzer was run on it. */
  round: z.int().positive().optional(),
  firstContact: firstContact.optional(),
  labeller: z.string().optional(),
  sentences: z.array(sentence).min(1),
});

export type Gold = z.infer<typeof goldFile>;
export type FirstContact = z.infer<typeof firstContact>;
export type GoldSentence = z.infer<typeof sentence>;

export type GoldResult = { file: string; gold: Gold } | { file: string; error: string };

/** Reads every eval/gold/*.json; a file that does not parse is reported, not fatal. */
export function loadGold(dir: string): GoldResult[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return files.map((file) => {
    try {
      const parsed = goldFile.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      if (parsed.success) return { file, gold: parsed.data };
      const issue = parsed.error.issues[0];
      return { file, error: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}` };
    } catch (err) {
      return { file, error: err instanceof Error ? err.message : String(err) };
    }
  });
}

/** Offsets that fall outside the article or are inverted: the gold was made against another text. */
export function offsetProblem(gold: Gold, text: string): string | null {
  for (const [i, s] of gold.sentences.entries()) {
    if (!(s.start < s.end && s.end <= text.length))
      return `sentence ${i}: offsets ${s.start}-${s.end} outside the article`;
    for (const q of s.quotes) {
      if (!(q.start <= q.end && q.end <= text.length))
        return `sentence ${i}: quote offsets ${q.start}-${q.end} outside the article`;
    }
  }
  return null;
}
