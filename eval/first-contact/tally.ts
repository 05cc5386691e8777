import type { ArticleAnalysis } from '../../server/analysis/index.ts';
import {
  speakerForm,
  speakerKey,
  speakersInDoubt,
} from '../../server/analysis/quotes/speakers/confidence.ts';
import type { ArticleResult } from '../article-eval.ts';
import type { RoundRecord } from './record.ts';

function tally(map: Record<string, [number, number]>, basis: string, right: boolean): void {
  const [n, k] = map[basis] ?? [0, 0];
  map[basis] = [n + 1, k + (right ? 1 : 0)];
}

/**
 * Adds one replayed article to its round's counts: each gold sentence under its basis, each speech quote under how
 * its speaker was found and under its form — a pronoun's form in the article's context, read as the analyzer reads
 * it (rateSpeakersInArticle): from every speech quote the old analyzer found in `mapped`, not only the gold's.
 */
export function tallyArticle(
  record: RoundRecord,
  mapped: ArticleAnalysis,
  result: Pick<ArticleResult, 'judged' | 'speakerJudged'>,
): void {
  const doubtful = speakersInDoubt(mapped.sentences.flatMap((s) => s.quotes));
  for (const j of result.judged) tally(record.labels, j.basis, j.correct);
  for (const j of result.speakerJudged) {
    tally(record.speakers, j.basis, j.correct);
    tally(
      record.speakerForms,
      speakerKey(speakerForm(j.speaker ?? null, j.basis), doubtful),
      j.correct,
    );
  }
}
