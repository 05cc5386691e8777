import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../../server/analysis/index.ts';
import type { ArticleAnalysis, Segment } from '../../server/analysis/index.ts';
import {
  FEATURES,
  FEATURE_INDEX as F,
  RULE_FEATURES,
} from '../../server/analysis/quotes/speakers/learned/features.ts';
import { family, speakerKey } from '../../server/analysis/quotes/speakers/learned/candidates.ts';
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
  /**
   * The same quotation as the rules read it at FIRST CONTACT (the analyzer of the commit its round was measured on):
   * whether they were right, and the candidates with the rule-pick features moved to that first-contact answer.
   */
  first?: { ruleRight: boolean; features?: Float64Array[]; positive?: boolean[]; rule?: number };
}

/** A first-contact analysis of one gold file, by gold file name. */
export type FirstContactOf = (file: string) => ArticleAnalysis | undefined;

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
  firstContact: FirstContactOf = () => undefined,
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
    const fc = firstContact(entry.file)?.sentences;
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
      const then = fc
        ? matchQuotes(
            goldQuotes,
            overlapping(g, fc).flatMap((k) => fc[k]!.quotes),
          )
        : [];
      goldQuotes.forEach((q, k) => {
        if (q.type !== 'speech') return;
        const hit = said[k];
        const ruleRight = !!hit && sameSpeaker(q.speaker, hit.speaker);
        const part = mine[k];
        const old = then[k];
        const first = fc ? { ruleRight: !!old && sameSpeaker(q.speaker, old.speaker) } : undefined;
        if (!part) return void list.push({ ruleRight, ...(first ? { first } : {}) });
        const cands = part.quote.candidates;
        const example: Example = {
          ruleRight,
          features: cands.map((c) => c.features),
          positive: cands.map((c) => sameSpeaker(q.speaker, c.speaker)),
          rule: part.quote.rule,
        };
        if (first) example.first = { ...first, ...asFirstContact(example, cands, q.speaker, old) };
        list.push(example);
      });
    }
  }
  return [...groups].map(([name, examples]) => ({ name, examples }));
}

/**
 * The candidates with the rule-pick features moved from today's answer to the first-contact one (a candidate of its
 * own when no phrase around gave it; a quotation first contact typed as a term had no speaker).
 */
function asFirstContact(
  today: Example,
  cands: readonly { speaker: string | null }[],
  gold: string | null,
  old: { speaker: string | null; type: string; speakerBasis?: string } | null | undefined,
): { features: Float64Array[]; positive: boolean[]; rule: number } {
  const features = today.features!.map((f) => {
    const copy = Float64Array.from(f);
    for (const j of RULE_FEATURES) copy[j] = 0;
    return copy;
  });
  const positive = [...today.positive!];
  const speaker = old && old.type === 'speech' ? old.speaker : null;
  let rule = cands.findIndex((c) => speakerKey(c.speaker) === speakerKey(speaker));
  if (rule < 0) {
    rule = features.length;
    features.push(new Float64Array(FEATURES.length));
    positive.push(sameSpeaker(gold, speaker));
  }
  const v = features[rule]!;
  v[F.rulePick] = 1;
  if (speaker) v[family(old?.speakerBasis ?? '')] = 1;
  else {
    const none = cands.findIndex((c) => c.speaker === null);
    if (none >= 0) features[none]![F.noneRuleNone] = 1;
  }
  return { features, positive, rule };
}
