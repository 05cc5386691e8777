import { startsUpper, type Token } from '../grammar/token.ts';
import { WORK_NOUNS } from '../lexicon/rules.ts';
import type { Span } from '../types.ts';

// a title is a few words: longer runs are more likely the sentence itself
const MAX_TITLE = 8;

/** A form of "be" or "have" used as a verb ends a title ("… Anyone was released"); "don't" inside it does not. */
function endsTitle(t: Token): boolean {
  return (
    (t.pos === 'PUNCT' && t.lower !== '-') || (t.pos === 'AUX' && /^(?:be|have)$/.test(t.lemma))
  );
}

/** "the documentary Never Tell Anyone was released": the capitalised words after a work noun, up to its verb. */
function afterWorkNoun(text: string, tokens: Token[], k: number): Span | null {
  if (!WORK_NOUNS.has(tokens[k]!.lower) || !startsUpper(text, tokens[k + 1])) return null;
  let end = k + 1;
  while (end + 1 < tokens.length && end - k < MAX_TITLE && !endsTitle(tokens[end + 1]!)) end++;
  return { start: tokens[k + 1]!.start, end: tokens[end]!.end };
}

/** "Never Tell Anyone is a documentary by …": a title opening the sentence before "is a <work>". */
function openingTitle(text: string, tokens: Token[]): Span | null {
  if (!startsUpper(text, tokens[0])) return null;
  const be = tokens.findIndex((t) => t.pos === 'AUX' && t.lemma === 'be');
  if (be < 1 || be > MAX_TITLE || tokens.slice(0, be).some((t) => t.pos === 'PUNCT')) return null;
  let k = be + 1;
  if (tokens[k]?.pos !== 'DET') return null;
  k++;
  while (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'NOUN') {
    if (WORK_NOUNS.has(tokens[k]!.lower)) return { start: 0, end: tokens[be - 1]!.end };
    k++;
  }
  return null;
}

/**
 * The spans of a sentence that name a creative work by its title, so that the title's words ("Never Tell Anyone")
 * are not read as the writer's exhortation or sweep: the capitalised words after a work noun, or before "is a
 * <work noun>" at the start of the sentence.
 */
export function titleSpans(text: string, tokens: Token[]): Span[] {
  const spans: Span[] = [];
  const opening = openingTitle(text, tokens);
  if (opening) spans.push(opening);
  tokens.forEach((t, k) => {
    if (t.pos !== 'NOUN') return;
    const span = afterWorkNoun(text, tokens, k);
    if (span) spans.push(span);
  });
  return spans;
}
