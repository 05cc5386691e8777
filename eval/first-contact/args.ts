import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where a round kept outside the project is: its gold files and the articles they point to. */
export interface OutsideRound {
  dir: string;
  gold: string;
  articles: string;
}

/**
 * Reads replay.ts's arguments: each `--outside ROUND=DIR` names the directory holding a round's `gold/` and
 * `articles/` (round 10: `--outside 10=/data/round10`). A round may be given once, and only one that commits.ts
 * lists as kept outside; anything else is a one-line error naming the bad value.
 */
export function parseReplayArgs(
  args: readonly string[],
  outsideRounds: readonly number[],
): Map<number, OutsideRound> | { error: string } {
  const outside = new Map<number, OutsideRound>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg !== '--outside') return { error: `replay: unknown argument "${arg}"` };
    const value = args[++i] ?? '';
    const match = /^(\d+)=(.+)$/.exec(value);
    if (!match) return { error: `replay: --outside needs ROUND=DIR, got "${value}"` };
    const round = Number(match[1]);
    if (!outsideRounds.includes(round))
      return {
        error: `replay: round ${round} is not kept outside (commits.ts lists ${outsideRounds.join(', ')})`,
      };
    if (outside.has(round)) return { error: `replay: round ${round} given twice` };
    const dir = match[2]!;
    outside.set(round, { dir, gold: join(dir, 'gold'), articles: join(dir, 'articles') });
  }
  return outside;
}

/**
 * Where to replay a round from: a pool round from eval/gold and the pool, a round kept outside from the directory
 * given for it; or, when that is not given or lacks gold/ or articles/ (a clone has none of them), why its recorded
 * counts are kept instead.
 */
export function roundSource(
  round: { round: number; outside?: true },
  outside: ReadonlyMap<number, OutsideRound>,
  pool: { gold: string; articles: string },
): { gold: string; articles: string } | { keep: string } {
  const given = round.outside ? outside.get(round.round) : pool;
  if (!given) return { keep: `no --outside ${round.round}=DIR` };
  if (!existsSync(given.gold) || !existsSync(given.articles))
    return { keep: `${given.gold} or ${given.articles} absent` };
  return { gold: given.gold, articles: given.articles };
}
