import type { Token } from '../../grammar/token.ts';
import { isPossessiveMark, startsUpper } from '../../grammar/token.ts';
import { personName } from '../../grammar/names.ts';
import { isReportingVerb } from '../../grammar/verbs.ts';
import { UTTERED_WORDS } from '../../lexicon/uttered-words.ts';
import { BE_FORMS, DEMONSTRATIVES, POSSESSIVES } from '../../lexicon/function-words.ts';
import type { SpeakerContext } from './context.ts';

// "That's how …": the contracted "is" too
const isBe = (t: Token) => BE_FORMS.has(t.lower) || t.lower === "'s" || t.lower === '’s';

/**
 * True when the sentence opens by pointing back at words just quoted: "Those were the words of …", "That was how
 * … put it", "That is the view of …", "The warning came from …", "So said …". A pointer alone is not enough:
 * "That afternoon, Tom Reyes left." points at a time.
 */
function pointsBack(tokens: Token[]): boolean {
  const [first, second, third, fourth] = tokens;
  if (!first || !second) return false;
  if (first.lower === 'so') return isReportingVerb(tokens, 1);
  if (first.lower === 'the') return UTTERED_WORDS.has(second.lemma);
  if (!DEMONSTRATIVES.has(first.lower)) return false;
  if (UTTERED_WORDS.has(second.lemma)) return true;
  // "That was how …", "Those were the words of …", "That was his message": not "That is why …", "This is a city …"
  if (!isBe(second) || !third) return false;
  // (not "That was his message to Tom Reyes": the words are his, whoever he is, and Reyes hears them)
  if (POSSESSIVES.has(third.lower)) return false;
  return (
    third.lower === 'how' || (!!fourth && third.pos !== 'ADJ' && UTTERED_WORDS.has(fourth.lemma))
  );
}

/** The first person the sentence names: the longest run of capitalised names that `personName` reads as one. */
function firstPerson(tokens: Token[], text: string): { from: number; to: number } | null {
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k]!.pos !== 'PROPN' || !startsUpper(text, tokens[k])) continue;
    // "… from Mayor Ana Ruiz to Tom Reyes": whom the words went to is no speaker
    if (tokens[k - 1]!.lower === 'to') break;
    let to = k;
    while (tokens[to + 1]?.pos === 'PROPN' && startsUpper(text, tokens[to + 1])) to++;
    // ("the words of Mehta's deputy, Carol Finn": a name that owns the speaker's title is not the speaker)
    if (isPossessiveMark(tokens[to + 1])) {
      k = to;
      continue;
    }
    const name = personName(tokens, text, { from: k, to });
    if (name) return { from: name.from, to };
    k = to;
  }
  return null;
}

/**
 * "“This is a dark day for the town.” Those were the words of Mayor Tom Reyes on Monday.": the speaker of a
 * quotation that fills its sentence, named by the next sentence pointing back at it, or null.
 */
export function pointedBackSpeaker(ctx: SpeakerContext, seg: number): string | null {
  const tokens = ctx.tokens[seg];
  const text = ctx.segments[seg]?.text;
  if (!tokens || text === undefined || !pointsBack(tokens)) return null;
  const name = firstPerson(tokens, text);
  if (!name) return null;
  return ctx.people.spelledOut(text.slice(tokens[name.from]!.start, tokens[name.to]!.end));
}
