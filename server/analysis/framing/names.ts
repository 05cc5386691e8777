import { AWARD_CATEGORIES, CATEGORY_WORDS } from '../lexicon/award-categories.ts';
import { innerHyphen, type Token } from '../grammar/token.ts';
import { COMPLEMENT_VERBS } from '../lexicon/judging.ts';
import { TERM_HEADS } from '../lexicon/neutral.ts';
import { IMPACT_WORDS, RANK_SCOPES } from '../lexicon/rank-scopes.ts';
import { UPPER_START } from '../grammar/letters.ts';

/**
 * True when an adjective-tagged word closes a modified noun compound before a comma or preposition ("a giant
 * science fair,", "the county fair in"): it is the head noun. "Are teachers unhappy?", "the firm foolish enough"
 * and "found the decision fair" keep the adjective.
 */
export function compoundHead(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (tokens[i]!.pos !== 'ADJ' || tokens[i - 1]?.pos !== 'NOUN') return false;
  if (next && next.pos !== 'PUNCT' && (next.pos !== 'ADP' || next.lower === 'to')) return false;
  let k = i - 1;
  while (k > 0 && /^(?:NOUN|ADJ|DET|NUM)$/.test(tokens[k - 1]!.pos)) k--;
  return k < i - 1 && !COMPLEMENT_VERBS.test(tokens[k - 1]?.lemma ?? '');
}

/**
 * True for "best" naming a record, not praising ("a personal best time", "a season's best"), or an award's category:
 * "received best actress nominations", "won best pop act", "Best actors are …" ("best" with no determiner before
 * it, a category noun at most two words on; "the best film" still praises).
 */
export function recordName(tokens: Token[], i: number): boolean {
  if (tokens[i]!.lower !== 'best') return false;
  const prev = tokens[i - 1]?.lower ?? '';
  if (/^(?:personal|season|'s|’s)$/.test(prev)) return true;
  // "11 best-selling books", "the New York Times best-seller list": a record of sales (on the blind rounds 560–872 a
  // fact 7 times of 8, the eighth framed by "widely tipped")
  if (innerHyphen(tokens, i + 1) && /^sell/.test(tokens[i + 2]?.lower ?? '')) return true;
  // ("took the best international song title": after a determiner, only with the award named after the category)
  const determined =
    tokens[i - 1]?.pos === 'DET' || /^(?:its|his|her|their|our|my|your)$/.test(prev);
  // "the prize for best learning", "took the accolade for the best-designed website": what an award is for
  const at = determined ? i - 2 : i - 1;
  if (tokens[at]?.lower === 'for' && AWARD_WORDS.test(tokens[at - 1]?.lower ?? '')) return true;
  // "Weblogs have been nominated in 30 categories, … to the best-kept-secret blog", "are the nominees in the best
  // British weblog": in a sentence about an award's categories or nominees, "best" names a category
  if (tokens.some((t) => CATEGORY_WORDS.has(t.lemma))) return true;
  // "including best game and best online game": a bare "best" after a word that lists or wins categories
  if (!determined && /^(?:including|include|includes|won|wins|win|for|named|and)$/.test(prev)) {
    const next = tokens[i + 1];
    const after = tokens[i + 2];
    if (next?.pos === 'NOUN' || (next?.pos === 'ADJ' && after?.pos === 'NOUN')) return true;
  }
  // (a genre's name may stand between: "best male R&B-soul album")
  let words = 0;
  for (let k = i + 1; k <= i + 9 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lower === '-' || t.lower === '&') continue;
    words++;
    // "the best news and sport trophy": the award named after its category
    if (AWARD_WORDS.test(t.lower)) return true;
    if (AWARD_CATEGORIES.has(t.lower) && words <= 5)
      return !determined || AWARD_WORDS.test(tokens[k + 1]?.lower ?? '');
    if (!/^(?:NOUN|ADJ|PROPN)$/.test(t.pos) && t.lower !== 'and') return false;
  }
  return false;
}

// (and the awards known by name: "eligible for the best film Oscar")
const AWARD_WORDS =
  /^(?:award|awards|title|prize|category|nomination|nominations|gong|trophy|accolade|oscar|oscars|bafta|baftas|grammy|grammys|emmy|emmys|globe|globes)$/;

// a superlative's form (a constant, made once: measuredRank tests every adjective and adverb)
// a superlative's shape, as /(?:[^e]est|^best|^worst)$/ reads it (by its codes: asked of every adjective and adverb)
function superlativeShaped(lower: string): boolean {
  const n = lower.length;
  if (n >= 4 && lower.endsWith('est') && lower.charCodeAt(n - 4) !== 0x65) return true;
  return lower === 'best' || lower === 'worst';
}

// how far after the superlative its scope may come ("the worst storm to strike the region since 1950")
const RANK_REACH = 7;

/**
 * True for a superlative ranking against a checkable scope: "the worst storm to strike the region since 1950", "the
 * strongest recorded in Chile this year", "the deadliest on record". The ranking is a fact someone can look up, not
 * the writer's praise or blame; "the best film" with no scope still judges.
 */
export function measuredRank(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if ((t.pos !== 'ADJ' && t.pos !== 'ADV') || !superlativeShaped(t.lower)) return false;
  const impact = tokens[i + 1]?.lower === '-' ? tokens[i + 2] : tokens[i + 1];
  if (IMPACT_WORDS.has(impact?.lower ?? '')) return true;
  for (let k = i + 1; k < tokens.length && k <= i + RANK_REACH; k++) {
    const w = tokens[k]!;
    if (RANK_SCOPES.has(w.lower)) return true;
    if (w.pos === 'PUNCT' && w.lower !== '-') return false;
  }
  return false;
}

/** "a grand jury", "the supreme court", "strong winds": an adjective in an established term (`TERM_HEADS`) names, not judges. */
export function termHead(tokens: Token[], i: number): boolean {
  const heads = TERM_HEADS.get(tokens[i]!.lower);
  if (!heads) return false;
  // ("strong consumer spending": one noun may modify the head)
  const next = tokens[i + 1];
  return (
    heads.has(next?.lower ?? '') || (next?.pos === 'NOUN' && heads.has(tokens[i + 2]?.lower ?? ''))
  );
}

function capitalName(text: string, t: Token | undefined): boolean {
  return !!t && t.pos === 'PROPN' && UPPER_START.test(text.slice(t.start, t.end));
}

/**
 * True for a capitalised word inside a run of names ("Jong Woo Son", "Ana Hope Diaz", "Lake Placid Gazette"): a
 * lexicon word there is part of a name, not the writer's judgement. Not the first word, which any sentence
 * capitalises.
 */
export function insideName(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (i === 0 || !UPPER_START.test(text.slice(t.start, t.end))) return false;
  const prev = capitalName(text, tokens[i - 1]);
  const next = capitalName(text, tokens[i + 1]);
  return t.pos === 'PROPN' ? (prev && i > 1) || next : prev && next;
}
