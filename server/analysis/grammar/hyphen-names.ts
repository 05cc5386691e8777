import type { Token } from './token.ts';

// words that close a hyphened modifier after a name ("Blair-led", "Cup-era"), not a syllable of the name
const MODIFIER_ENDS = new Set(
  'led run era age way free born made like type wide long day old year based'.split(' '),
);
const SYLLABLE = /^\p{Ll}{1,4}$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}*$/u;

/**
 * "Laah Chong-gyu", "Kim Dae-jung": a given name of two syllables joined by a hyphen, the second in lower case, is cut
 * by the tagger into a name, a hyphen and a common noun, so the name seems to end at the hyphen. After a capitalised
 * name, a capitalised word, a hyphen and a short lower-case syllable with no space between are one name; a name
 * going on after it ("Oscar-winner Andrea Arnold") or a modifier's ending ("Blair-led") is left alone.
 */
export function mergeHyphenNames(text: string, tokens: Token[]): Token[] {
  if (!text.includes('-')) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const [before, left, hyphen, right, after] = [
      out[out.length - 1],
      tokens[i]!,
      tokens[i + 1],
      tokens[i + 2],
      tokens[i + 3],
    ];
    const word = (t: Token) => text.slice(t.start, t.end);
    if (
      before?.pos === 'PROPN' &&
      CAPITALISED.test(word(before)) &&
      before.end + 1 === left.start &&
      left.pos === 'PROPN' &&
      CAPITALISED.test(word(left)) &&
      hyphen?.lower === '-' &&
      left.end === hyphen.start &&
      right &&
      hyphen.end === right.start &&
      SYLLABLE.test(word(right)) &&
      !MODIFIER_ENDS.has(right.lower) &&
      !(after && after.start === right.end + 1 && /^\p{Lu}/u.test(word(after)))
    ) {
      const lower = text.slice(left.start, right.end).toLowerCase();
      out.push({ lower, lemma: lower, pos: 'PROPN', start: left.start, end: right.end });
      i += 2;
    } else out.push(left);
  }
  return out;
}
