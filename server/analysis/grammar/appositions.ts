import { isPossessiveMark, type Token } from './token.ts';
import { OFFICE_MODIFIERS, TITLES } from '../lexicon/people.ts';

const DETS = new Set(['the', 'a', 'an', 'its', 'their']);

/**
 * Titles given to a name in apposition — "The minister, John Abel, …", "John Abel, the minister, …" — so a later
 * "the minister said" points back to him.
 */
export function appositiveTitles(tokens: Token[], from: number, to: number): string[] {
  const out: string[] = [];
  // stacked titles: "archbishop Monsenor Jorge Scheinig" is also "the archbishop"
  let start = from;
  // … but "Vice President Jane Cole" is the vice president, not "the president"
  while (start > 0 && TITLES.has(tokens[start - 1]!.lower)) {
    const title = tokens[--start]!.lower;
    const modifier = tokens[start - 1]?.lower ?? '';
    if (OFFICE_MODIFIERS.has(modifier)) {
      out.push(`${modifier} ${title}`);
      break;
    }
    if (OFFICE_MODIFIERS.has(title)) break;
    out.push(title);
  }
  // "The minister, John Abel," / "The father of a patient, Peter Marsh,": a clause-initial "the <title> …"
  for (let k = start - 2; tokens[start - 1]?.lower === ',' && k >= 1 && k >= start - 8; k--) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' || t.pos === 'VERB') break;
    const start = tokens[k - 2];
    if (
      TITLES.has(t.lower) &&
      DETS.has(tokens[k - 1]!.lower) &&
      (!start || start.pos === 'PUNCT')
    ) {
      out.push(t.lower);
      break;
    }
  }
  // "Japan's trade minister, Kenji Watanabe,", "The family's lawyer, Carla Mendes,": a title closing the phrase right
  // before a name set off by commas on both sides, whatever stands before the title
  const before = tokens[start - 2];
  if (
    tokens[start - 1]?.lower === ',' &&
    tokens[to + 1]?.lower === ',' &&
    before?.pos === 'NOUN' &&
    TITLES.has(before.lower) &&
    !out.includes(before.lower)
  )
    out.push(before.lower);
  if (tokens[to + 1]?.lower === ',' && DETS.has(tokens[to + 2]?.lower ?? '')) {
    // "John Abel, the health minister," — the title is the last word of a short phrase, which may have an owner
    // ("Ana Ruiz, the state's attorney general,")
    for (let k = to + 3; k <= to + 7 && tokens[k]; k++) {
      const t = tokens[k]!;
      if (isPossessiveMark(t)) continue;
      if (t.pos === 'PUNCT' || t.pos === 'ADP' || t.pos === 'VERB') break;
      if (TITLES.has(t.lower) && !TITLES.has(tokens[k + 1]?.lower ?? '')) out.push(t.lower);
    }
  }
  return out;
}
