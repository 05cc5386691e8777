import { collapse } from './metrics.ts';
import { initialsSpell } from '../server/analysis/quotes/speakers/acronym.ts';

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
 * Speakers compare by name, ignoring case, spacing, a leading "the" ("The Jakarta Post" is "Jakarta Post") and a
 * knight's "Sir" before a whole name (labellers write "Sir John Bourn" and "Menzies Campbell" alike), and an
 * acronym matches the name its initials spell ("UNESCO", "United Nations Educational, Scientific and Cultural
 * Organization"; labellers write either): forms of one name, nothing more — a shorter or longer name ("Constitution",
 * "United States Constitution") still differs. A curly apostrophe is a straight one ("Moody’s", "Moody's"): the same
 * name typed two ways. Null only matches null.
 */
export function sameSpeaker(gold: string | null, pred: string | null): boolean {
  if (gold === null || pred === null) return gold === pred;
  const form = (name: string) =>
    collapse(name)
      .replace(/^the\s+/i, '')
      // a knight's or a dame's style before a whole name: "Sir John Bourn" is "John Bourn" ("Lord Alli" is a peer's
      // whole name and stays)
      .replace(/^(?:sir|dame)\s+(?=\S+\s+\S)/i, '')
      .replace(/[,.]/g, '')
      .replace(/\u2019/g, "'");
  const [g, p] = [form(gold), form(pred)];
  return g.toLowerCase() === p.toLowerCase() || initialsSpell(g, p) || initialsSpell(p, g);
}
