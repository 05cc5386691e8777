import { collapse } from './metrics.ts';

/** Pairs gold and predicted quotes whose collapsed texts are equal, each predicted quote used once. */
export function matchQuotes<Q extends { text: string }>(
  gold: readonly Q[],
  pred: readonly Q[],
): (Q | null)[] {
  const used = new Set<number>();
  return gold.map((g) => {
    const i = pred.findIndex((p, k) => !used.has(k) && collapse(p.text) === collapse(g.text));
    if (i < 0) return null;
    used.add(i);
    return pred[i] ?? null;
  });
}

/**
 * Speakers compare by name, ignoring case, spacing and a leading "the" ("The Jakarta Post" is "Jakarta Post"): forms
 * of one name, nothing more — a shorter or longer name ("Constitution", "United States Constitution") still
 * differs. Null only matches null.
 */
export function sameSpeaker(gold: string | null, pred: string | null): boolean {
  if (gold === null || pred === null) return gold === pred;
  const form = (name: string) =>
    collapse(name)
      .toLowerCase()
      .replace(/^the\s+/, '');
  return form(gold) === form(pred);
}
