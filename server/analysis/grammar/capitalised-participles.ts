import { isPossessiveMark, retagged, startsUpper, type Token } from './token.ts';

// the verbs of saying that most often follow a firm's name opening a wire sentence
const OPENING_SAYS = new Set(['said', 'says', 'reported', 'announced', 'told']);

/**
 * "An Associated Press journalist in the area also reported …", "The Associated Press reported": after an article,
 * wink-nlp may read a capitalised participle opening a name as a verb ("Associated"), so the name loses its first
 * word and the phrase before the sentence's verb ends at the article. Between an article and a capitalised name
 * word it opens the name (AEB page of RT, blind round 917). So does one opening a sentence before names and a verb of
 * saying, and a word in -ing before a name and its possessive (`opensName`). One pass over the words; a new array and
 * new tokens only when a sentence has one.
 */
export function retagCapitalisedParticiples(tokens: Token[], text: string): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    // (the cheap tests first: most words are no capitalised verb)
    if (t.pos !== 'VERB' || !startsUpper(text, t) || !opensName(tokens, text, i)) continue;
    out ??= [...tokens];
    out[i] = retagged(t, 'PROPN', t.lower);
  }
  return out ?? tokens;
}

/** Whether the capitalised verb at `i` opens a name, in one of the three shapes `retagCapitalisedParticiples` names. */
function opensName(tokens: Token[], text: string, i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1]!;
  // "Redding Research's LaTronica said …" (Reuters-21578, round 1402): a capitalised word in -ing before a name, its
  // possessive and another name is the firm's name, not a gerund with its object
  if (t.lower.endsWith('ing')) {
    const owned = tokens[i + 3];
    return (
      !!owned &&
      next.pos === 'PROPN' &&
      isPossessiveMark(tokens[i + 2]) &&
      owned.pos === 'PROPN' &&
      startsUpper(text, next) &&
      startsUpper(text, owned)
    );
  }
  if (!t.lower.endsWith('ed')) return false;
  // (after an article: "The Associated Press reported")
  if (
    i > 0 &&
    /^(?:the|an?)$/.test(tokens[i - 1]!.lower) &&
    next.pos === 'PROPN' &&
    startsUpper(text, next)
  )
    return true;
  // "Applied Biosystems said it …", "Consolidated Freightways said" (Reuters-21578, round 1430): a capitalised
  // participle opening a sentence, then names and a verb of saying, opens the name of who says
  if (i > 0 && !/[.!?]\s*$|\n\s*$/.test(text.slice(tokens[i - 1]!.start, t.start))) return false;
  let k = i + 1;
  while (k < tokens.length && tokens[k]!.pos === 'PROPN' && startsUpper(text, tokens[k])) k++;
  return k > i + 1 && k <= i + 4 && OPENING_SAYS.has(tokens[k]?.lower ?? '');
}
