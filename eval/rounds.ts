import { readdirSync } from 'node:fs';
import type { ArticleCounts } from './counts.ts';
import { frac } from './format.ts';
import type { FirstContact, Gold } from './gold.ts';

/** A scored gold file: what the rounds report needs of it. */
export interface ScoredGold {
  file: string;
  gold: Gold;
  counts: ArticleCounts;
}

/** The three first-contact figures of one article's counts, as [correct, total]. */
export function firstContactOf(c: ArticleCounts, date: string): FirstContact {
  return {
    date,
    labels: [c.labelCorrect, c.sentences],
    segmentation: [c.segmentation.exact, c.segmentation.gold],
    speakers: [c.speakerCorrect, c.speech],
  };
}

type Figures = Omit<FirstContact, 'date'>;

function zero(): Figures {
  return { labels: [0, 0], segmentation: [0, 0], speakers: [0, 0] };
}

function add(a: Figures, b: Figures): Figures {
  const sum = (x: [number, number], y: [number, number]): [number, number] => [
    x[0] + y[0],
    x[1] + y[1],
  ];
  return {
    labels: sum(a.labels, b.labels),
    segmentation: sum(a.segmentation, b.segmentation),
    speakers: sum(a.speakers, b.speakers),
  };
}

function figures(f: Figures): string {
  const [l, s, k] = [f.labels, f.segmentation, f.speakers];
  return `labels ${frac(l[0], l[1])}   segmentation exact ${frac(s[0], s[1])}   speakers ${frac(k[0], k[1])}`;
}

/**
 * Per round: the first-contact figures recorded when its articles were labelled (the honest measure on unseen
 * text), then the same figures now (after fixes drawn from those errors, so no longer unseen).
 */
export function roundLines(scored: readonly ScoredGold[]): string[] {
  const rounds = [...new Set(scored.flatMap((s) => s.gold.round ?? []))].sort((a, b) => a - b);
  if (rounds.length === 0) return [];
  const out = ['', 'Pool rounds (first contact = recorded before any fix drawn from that round)'];
  for (const round of rounds) {
    const members = scored.filter((s) => s.gold.round === round);
    let first = zero();
    let now = zero();
    let recorded = 0;
    for (const m of members) {
      now = add(now, firstContactOf(m.counts, ''));
      if (!m.gold.firstContact) continue;
      recorded++;
      first = add(first, m.gold.firstContact);
    }
    const names = members.map((m) => m.gold.article.replace(/\.txt$/, '')).join(', ');
    out.push(`  round ${round}: ${members.length} article(s): ${names}`);
    if (recorded < members.length)
      out.push(`    first contact: not recorded for ${members.length - recorded} article(s)`);
    if (recorded > 0) out.push(`    first contact ${figures(first)}`);
    out.push(`    now           ${figures(now)}`);
  }
  return out;
}

/** Which pool articles are in the gold, and how many of the pool that is. */
export function poolLines(scored: readonly ScoredGold[], poolDir: string): string[] {
  const labelled = scored.filter((s) => s.gold.dir === 'pool').map((s) => s.gold.article);
  let total: number | null = null;
  try {
    total = readdirSync(poolDir).filter((f) => f.endsWith('.txt')).length;
  } catch {
    // The pool is only needed for the count; its absence is said in the line below.
  }
  return [
    '',
    `Pool articles labelled: ${labelled.length} of ${total ?? `? (${poolDir} absent)`}`,
    ...labelled.map((a) => `  ${a.replace(/\.txt$/, '')}`),
  ];
}
