import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstContactOf, type ScoredGold } from './rounds.ts';

/**
 * Writes the analyzer's current figures into each gold file of `round` as its first contact. Run once, right
 * after a round is labelled and before anything is changed because of it; a recorded figure is never overwritten.
 */
export function recordFirstContact(
  goldDir: string,
  scored: readonly ScoredGold[],
  round: number,
  date: string,
): string[] {
  const members = scored.filter((s) => s.gold.round === round);
  if (members.length === 0) return [`eval: no scored gold file has round ${round}`];
  return members.map((m) => {
    if (m.gold.firstContact) return `eval: ${m.file}: first contact already recorded, kept`;
    const path = join(goldDir, m.file);
    const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    const { sentences, ...head } = raw;
    const updated = { ...head, firstContact: firstContactOf(m.counts, date), sentences };
    writeFileSync(path, JSON.stringify(updated, null, 2) + '\n');
    return `eval: ${m.file}: first contact recorded`;
  });
}
