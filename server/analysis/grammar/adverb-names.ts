import { retagged, startsUpper, type Token } from './token.ts';
import { OCCUPATIONS } from '../lexicon/occupations.ts';
import { TITLES } from '../lexicon/people.ts';

/**
 * `"…," said Home Office Minister Hazel Blears`: wink-nlp reads "Home" after a verb as the adverb of "went home", so
 * the title and the name after it are lost to the tag. Inside a sentence, after a word or a comma, a capitalised
 * word read as an adverb right before another capitalised noun or name is part of that name. A new array and new
 * tokens only when a sentence has one.
 */
// time words that close the names of news outlets and programmes: "USA Today", "Russia Today"
const NAME_CLOSERS = /^(?:today|tonight)$/;

export function retagAdverbNames(text: string, tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    // ("Russia Today goes on to say", "USA Today reported": a capitalised "Today" right after a name closes it)
    // (the capital first: most words have none, and this runs on every word of the article)
    if (t.pos !== 'PROPN' && startsUpper(text, t) && NAME_CLOSERS.test(t.lower)) {
      const prev = tokens[i - 1]!;
      if (prev.pos === 'PROPN' && prev.end + 1 === t.start) {
        out ??= [...tokens];
        out[i] = retagged(t, 'PROPN', t.lower);
        continue;
      }
    }
    if (t.pos !== 'ADV' || !startsUpper(text, t)) continue;
    const prev = tokens[i - 1]!;
    // (an article is parsed whole: a sentence's first word comes after the gap between sentences)
    if (prev.pos === 'SPACE' || (prev.pos === 'PUNCT' && prev.lower !== ',')) continue;
    const next = tokens[i + 1]!;
    // (… or a lower-case occupation and a name after it: "said Sideways producer Michael London", a film's title)
    const role =
      next.pos === 'NOUN' &&
      (OCCUPATIONS.has(next.lower) || TITLES.has(next.lower)) &&
      tokens[i + 2]?.pos === 'PROPN';
    if (!role && ((next.pos !== 'PROPN' && next.pos !== 'NOUN') || !startsUpper(text, next)))
      continue;
    out ??= [...tokens];
    out[i] = retagged(t, 'PROPN', t.lower);
  }
  return out ?? tokens;
}
