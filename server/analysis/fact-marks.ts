// A quotation mark opening quoted words: straight or curly double marks, a guillemet, or a curly single mark at a
// word's start (a closing ’ is also an apostrophe, so only the opening one counts).
const QUOTATION = /[“"«]|(?:^|[\s(])‘/;

// Connectives that set the sentence's claim against another ("but", "however", "nevertheless"): what Martin and
// White call countering, the writer's own voice disclaiming an expectation. "But also" adds, it does not counter;
// "yet" counters only opening a clause ("Yet the plan …", "…, yet it failed"), not in "has not yet".
const COUNTER = /\b(?:however|nevertheless|nonetheless)\b|\bbut\b(?!\s+also\b)|(?:^|[,;]\s*)yet\b/i;

/**
 * True when a sentence the rules call a clean fact shows a mark of another voice than a neutral report's: it holds
 * quoted words (someone's words with no source found, or the writer's scare quote), it is a headline (a headline
 * drops "says" and compresses a judgement into a few words: "Mayor hails bridge as a triumph"), or it counters
 * with "but" or "however" ("The port has, however, kept its old cranes"; "… opened in 1990 but has never paid its way"). On first
 * contact, rounds 1–16, clean and long facts with one of these marks were right 96 of 118 times, with misses in
 * eleven rounds; the others 640 of 684 (calibration.ts, `fact:marked`; docs/labels.md, "Session 8: calibration").
 */
export function isMarkedFact(text: string, headline: boolean): boolean {
  return headline || QUOTATION.test(text) || COUNTER.test(text);
}
