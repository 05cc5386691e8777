import type { Segment } from '../../types.ts';

// small words a name's initials may leave out or keep: "Ministry of Manpower" is MOM, "Department for Transport" DfT
const SMALL = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'to', '&']);
// how many words before the brackets a name may run to
const REACH = 12;

/**
 * The index of the first of `words[..end]` whose initials spell `letters` (the acronym up to its `n`th letter), or -1.
 * A small word may give its letter or none; a capitalised word always gives its letter.
 */
function spells(words: string[], end: number, acronym: string, n: number): number {
  if (n === 0) return end + 1;
  const word = words[end];
  if (word === undefined || words.length - end > REACH) return -1;
  const letter = acronym[n - 1]!;
  if (SMALL.has(word)) {
    if (word[0]!.toUpperCase() === letter) {
      const kept = spells(words, end - 1, acronym, n - 1);
      if (kept >= 0) return kept;
    }
    return spells(words, end - 1, acronym, n);
  }
  if (!/^\p{Lu}/u.test(word) || word[0] !== letter) return -1;
  return spells(words, end - 1, acronym, n - 1);
}

/**
 * "the Ministry of Manpower's (MOM) inspectors … MOM stated": an acronym the article spells out once, right before
 * it in brackets, is that name in full; the initials of the words before the brackets must spell it.
 * Returns the name, or null when no such spelling is found.
 */
export function spelledOutAcronym(segments: Segment[], acronym: string): string | null {
  if (!/^\p{Lu}{2,6}$/u.test(acronym)) return null;
  const bracket = `(${acronym})`;
  for (const segment of segments) {
    const at = segment.text.indexOf(bracket);
    if (at < 0) continue;
    const words = segment.text
      .slice(0, at)
      .replace(/['’]s?\s*$/u, '')
      .trim()
      .split(/\s+/);
    const from = spells(words, words.length - 1, acronym, acronym.length);
    if (from >= 0) return words.slice(from).join(' ');
  }
  return null;
}

/** True when `name`'s initials, all its words, spell `acronym` ("United Nations Educational, … Organization", UNESCO). */
export function initialsSpell(name: string, acronym: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(acronym)) return false;
  const words = name.trim().split(/\s+/);
  return words.length > 1 && spells(words, words.length - 1, acronym, acronym.length) === 0;
}
