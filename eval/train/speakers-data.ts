import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../../server/analysis/index.ts';
import type { Segment } from '../../server/analysis/index.ts';
import type { QuoteCandidates } from '../../server/analysis/quotes/speakers/learned/candidates.ts';
import { recordSpeakerCandidates } from '../../server/analysis/quotes/speakers/learned/record.ts';
import { loadGold } from '../gold.ts';
import { collapse, overlapping } from '../metrics.ts';
import { matchQuotes, sameSpeaker } from '../quote-metrics.ts';
import { contentDir, poolDir } from '../paths.ts';

/** One gold speech quotation: whether the rules were right, and its candidates with which of them is the gold speaker. */
export interface Example {
  ruleRight: boolean;
  /** Absent when the quotation was not found as a speech quotation, so the model has nothing to choose from. */
  features?: Float64Array[];
  positive?: boolean[];
  rule?: number;
}

/** The examples of one group of articles (a round, or a round of the project's gold). */
export interface Group {
  name: string;
  examples: Example[];
}

interface Part {
  seg: number;
  text: string;
  quote: QuoteCandidates;
}

/** Reads every gold file of `goldDir`, runs the analyzer on its article and pairs gold speech quotes with candidates. */
export function collectGroups(
  goldDir: string,
  articlesDir: string,
  groupOf: (round: number | undefined) => string,
): Group[] {
  const groups = new Map<string, Example[]>();
  for (const entry of loadGold(goldDir)) {
    if ('error' in entry) throw new Error(`train:speakers: ${entry.file}: ${entry.error}`);
    const gold = entry.gold;
    const dir = gold.dir === 'content' ? contentDir : gold.dir === 'pool' ? poolDir : articlesDir;
    const text = readFileSync(join(dir, gold.article), 'utf8');
    let segments: readonly Segment[] = [];
    let quotes: QuoteCandidates[] = [];
    recordSpeakerCandidates((s, q) => ([segments, quotes] = [s, q]));
    let analysis;
    try {
      analysis = analyzeArticle(text);
    } finally {
      recordSpeakerCandidates(null);
    }
    const parts: Part[] = quotes.flatMap((quote) =>
      quote.found.unit.parts.map((p) => ({
        seg: p.seg,
        text: collapse(segments[p.seg]!.text.slice(p.start, p.end)),
        quote,
      })),
    );
    const name = groupOf(gold.round);
    const list = groups.get(name) ?? [];
    groups.set(name, list);
    const pred = analysis.sentences;
    for (const g of gold.sentences) {
      const near = overlapping(g, pred);
      const goldQuotes = g.quotes.map((q) => ({
        ...q,
        text: collapse(text.slice(q.start, q.end)),
      }));
      const said = matchQuotes(
        goldQuotes,
        near.flatMap((k) => pred[k]!.quotes),
      );
      // (each of the analyzer's parts matched once, as the eval pairs quotes)
      const free = parts.filter((p) => near.includes(p.seg));
      const mine = goldQuotes.map((q) => {
        const i = free.findIndex((p) => p.text === q.text);
        return i < 0 ? undefined : free.splice(i, 1)[0];
      });
      goldQuotes.forEach((q, k) => {
        if (q.type !== 'speech') return;
        const hit = said[k];
        const ruleRight = !!hit && sameSpeaker(q.speaker, hit.speaker);
        const part = mine[k];
        if (!part) return void list.push({ ruleRight });
        const cands = part.quote.candidates;
        list.push({
          ruleRight,
          features: cands.map((c) => c.features),
          positive: cands.map((c) => sameSpeaker(q.speaker, c.speaker)),
          rule: part.quote.rule,
        });
      });
    }
  }
  return [...groups].map(([name, examples]) => ({ name, examples }));
}
