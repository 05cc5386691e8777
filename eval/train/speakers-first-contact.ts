import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleAnalysis } from '../../server/analysis/index.ts';
import type { FirstContactOf } from './speakers-examples.ts';

/**
 * The first-contact analyses of the replay's cache (`eval/first-contact/replay.ts --cache DIR`: round-N-COMMIT.json,
 * a list of { file, analysis }) for round `round`, or for a gold file's own pool round; none without a cache.
 */
export function firstContactOf(firstDir: string | undefined, round?: string): FirstContactOf {
  if (!firstDir) return () => undefined;
  const byRound = new Map<string, Map<string, ArticleAnalysis>>();
  for (const name of readdirSync(firstDir)) {
    const m = /^round-(\d+)-[0-9a-f]+\.json$/.exec(name);
    if (!m) continue;
    const list = JSON.parse(readFileSync(join(firstDir, name), 'utf8')) as {
      file: string;
      analysis: ArticleAnalysis;
    }[];
    byRound.set(m[1]!, new Map(list.map((x) => [x.file, x.analysis])));
  }
  return (file) => {
    if (round) return byRound.get(round)?.get(file);
    for (const files of byRound.values()) if (files.has(file)) return files.get(file);
    return undefined;
  };
}
