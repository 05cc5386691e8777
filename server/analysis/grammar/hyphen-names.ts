import { makeToken, retagged, startsUpper, type Token } from './token.ts';

// words that close a hyphened modifier after a name ("Blair-led", "Cup-era"), not a syllable of the name
const MODIFIER_ENDS = new Set(
  'led run era age way free born made like type wide long day old year based'.split(' '),
);
const SYLLABLE = /^\p{Ll}{1,4}$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}*$/u;

const word = (text: string, t: Token) => text.slice(t.start, t.end);

/**
 * "Laah Chong-gyu", "Kim Dae-jung": a given name of two syllables joined by a hyphen, the second in lower case, is cut
 * by the tagger into a name, a hyphen and a common noun, so the name seems to end at the hyphen. After a capitalised
 * name, a capitalised word, a hyphen and a short lower-case syllable with no space between are one name; a name
 * going on after it ("Oscar-winner Andrea Arnold") or a modifier's ending ("Blair-led") is left alone.
 */
export function mergeHyphenNames(text: string, tokens: Token[]): Token[] {
  if (!text.includes('-')) return tokens;
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const left = tokens[i]!;
    // (by the hyphen first: most tokens have none after them)
    const hyphen = tokens[i + 1];
    // ("Kim In-seok", "Moon Jae-in": the tagger may read the syllable before the hyphen as a preposition, and a family
    // name that is also a word as a noun; the capitals tell the name)
    if (hyphen?.lower !== '-' || left.end !== hyphen.start || !CAPITALISED.test(word(text, left))) {
      out?.push(left);
      continue;
    }
    const before = out ? out[out.length - 1] : tokens[i - 1];
    const right = tokens[i + 2];
    const after = tokens[i + 3];
    const merge =
      // (… or, inside the sentence, as a verb: "Later Moon Jae-in said")
      (before?.pos === 'PROPN' ||
        before?.pos === 'NOUN' ||
        (before?.pos === 'VERB' && before.start > tokens[0]!.start)) &&
      (left.pos === 'PROPN' || before.pos === 'PROPN') &&
      before.end + 1 === left.start &&
      CAPITALISED.test(word(text, before)) &&
      CAPITALISED.test(word(text, left)) &&
      !!right &&
      hyphen.end === right.start &&
      SYLLABLE.test(word(text, right)) &&
      !MODIFIER_ENDS.has(right.lower) &&
      !(after && after.start === right.end + 1 && startsUpper(text, after)) &&
      // ("Minister-in-waiting": a hyphened phrase going on is no name)
      !(after?.lower === '-' && after.start === right.end);
    if (!merge) {
      out?.push(left);
      continue;
    }
    out ??= tokens.slice(0, i);
    // ("Moon Jae-in": the family name read as a noun or a verb is a name too)
    if (before.pos !== 'PROPN') out[out.length - 1] = retagged(before, 'PROPN', before.lower);
    const lower = text.slice(left.start, right.end).toLowerCase();
    out.push(makeToken(lower, lower, 'PROPN', left.start, right.end));
    i += 2;
  }
  return out ?? tokens;
}
