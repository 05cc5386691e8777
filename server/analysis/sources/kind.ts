import { isPossessiveMark, type Token } from '../grammar/token.ts';
import { phraseText, type Phrase } from '../grammar/phrases.ts';
import { personName } from '../grammar/names.ts';
import { ANONYMOUS_HEADS, ORG_WORDS } from '../lexicon/people.ts';
import type { Source } from '../types.ts';
import { INSTITUTION_NOUNS, VAGUE_PRONOUNS } from '../lexicon/source-kinds.ts';
import { UPPER_START } from '../grammar/letters.ts';

/**
 * The source a phrase names, as a span of the sentence, and whether it is named: a person's or a body's name
 * ("Jim Jordan", "The White House", "Thames Valley Police") is named; a description that leaves it unknown
 * ("U.S. officials", "critics", "some", "a Woolworths spokesperson", "people familiar with …") is anonymous.
 */
export function sourceOf(tokens: Token[], text: string, np: Phrase): Source {
  let of = -1;
  for (let k = np.from + 1; k < np.to && of < 0; k++) if (tokens[k]!.pos === 'ADP') of = k;
  const headAt = of > 0 ? of - 1 : np.to;
  const head = tokens[headAt]!;
  const name =
    personName(tokens, text, of > 0 ? { from: np.from, to: of - 1 } : np) ??
    personName(tokens, text, np);
  const personal = name && !ANONYMOUS_HEADS.has(head.lower) && tokens[name.from - 1]?.pos !== 'DET';
  const span = personal ? name : np;
  const start = tokens[span.from]!.start;
  const end = tokens[span.to]!.end;
  return {
    text: text.slice(start, end),
    start,
    end,
    named: !!personal || isNamed(tokens, text, np, headAt),
  };
}

function isNamed(tokens: Token[], text: string, np: Phrase, headAt: number): boolean {
  const head = tokens[headAt]!;
  if (np.from === np.to && head.pos === 'PRON') return head.lower === 'he' || head.lower === 'she';
  if (ANONYMOUS_HEADS.has(head.lower) || VAGUE_PRONOUNS.has(head.lower)) return false;
  if (UPPER_START.test(text.slice(head.start, head.end)) && head.pos === 'PROPN') return true;
  if (INSTITUTION_NOUNS.has(head.lower) || ORG_WORDS.has(head.lower)) return true;
  // "Sheinbaum’s administration": a named owner names the source
  return tokens
    .slice(np.from, headAt)
    .some((t, k) => t.pos === 'PROPN' && isPossessiveMark(tokens[np.from + k + 1]));
}

/** The phrase as written, for evidence text. */
export function phraseSpan(
  tokens: Token[],
  text: string,
  np: Phrase,
): { start: number; end: number; text: string } {
  return {
    start: tokens[np.from]!.start,
    end: tokens[np.to]!.end,
    text: phraseText(tokens, text, np),
  };
}
