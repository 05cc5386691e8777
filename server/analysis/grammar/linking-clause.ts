import type { Token } from './token.ts';

// What may measure the gap between the two events: "a day after", "two weeks after", "shortly after", "just as".
const GAP_WORDS =
  /^(?:a|an|one|two|three|few|several|just|shortly|soon|only|hours?|days?|weeks?|months?|minutes?)$/;

/**
 * "The fall came as Indonesia said it expected …", "It comes after Pakistan's High Commissioner said …": the
 * sentence's own verb is "come", and all it tells is that something came as or after a report; the report is what
 * the sentence carries. True when the word at `k` ("as" or "after") so follows the sentence's first verb, a form
 * of "come" after a short subject. On BBC rounds 47–227 (labelled by hand before the rules saw them) the
 * labellers read every such sentence whose clause reports words ("said", "told", "reported") as attributed, where
 * the rules had left 6 of them facts; one whose clause tells an act ("came after Yukos accused Gazprom", "after
 * France and Germany vowed") they read as a fact, 5 of 5, so sources/cues.ts asks for words. With another main
 * verb ("Shares fell 6% after the firm said …") the clause is a side detail, and the sentence a fact, 9 of 10.
 */
export function linksToReport(tokens: readonly Token[], k: number): boolean {
  if (!/^(?:as|after)$/.test(tokens[k]?.lower ?? '')) return false;
  let j = k - 1;
  while (j > 0 && GAP_WORDS.test(tokens[j]!.lower) && tokens[j]!.pos !== 'VERB') j--;
  const verb = tokens[j];
  if (!verb || verb.lemma !== 'come' || j > 6) return false;
  return tokens.slice(0, j).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && t.lower !== ',');
}
