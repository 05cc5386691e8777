import { GIVEN_NAMES_THAT_ARE_WORDS, isCommonGivenName } from '../lexicon/given-names.ts';
import { STREET_HEADS } from '../lexicon/name-shapes.ts';
import { retagged, type Token } from './token.ts';

const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
// a surname may have a capital inside it: "McIvor", "MacDonald", "O'Brien", "DeVries"
const SURNAME = /^\p{Lu}[\p{L}'’]*\p{Ll}[\p{L}'’]*$/u;
// (a number before a word is mid-sentence too: "a spokesman for 10 Downing Street")
const MID_START = /^[\p{Ll}\d]/u;
const UPPER_START = /^\p{Lu}/u;
const INFLECTED = /(?:s|ed|ing)$/;
// two or three initials run together, each with its dot: "G.I.", "J.R.R."
const GLUED_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;

/**
 * "Rob Bartlett said", "said study co-author Ted Scambos": wink-nlp tags a given name that is also an English word
 * as a verb even right before a surname. A capitalised word followed after one space by a capitalised proper noun
 * is read as the first word of a name when it is a listed given name, or when it is tagged a verb but stands after
 * a lower-case word: mid-sentence, only a name is capitalised. Other words opening a sentence keep their tag, so
 * an order before a name ("Remember Pearl Harbor") stays a verb, and so do the words of a title-case headline.
 */
export function retagGivenNames(text: string, tokens: Token[]): Token[] {
  // (a copy only once a word is read again: most articles have a few such words, and the rest stay as they are)
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const name = givenNameAt(text, tokens, i);
    if (name) (out ??= [...tokens])[i] = name;
  }
  return out ?? tokens;
}

/** The token as the text writes it. */
function written(text: string, t: Token): string {
  return text.slice(t.start, t.end);
}

/** Token `i` read as a given name (see retagGivenNames), or null when it keeps its tag. */
function givenNameAt(text: string, tokens: Token[], i: number): Token | null {
  const t = tokens[i]!;
  // cheap tests first: this runs on every token of every article (the list is looked up only for a word right
  // before a proper noun, which is all it is asked about)
  if (t.pos === 'PROPN') return null;
  if (isSurnameAsVerb(text, tokens, i)) return retagged(t, 'PROPN', t.lower);
  const next = tokens[i + 1];
  if (!next || next.pos !== 'PROPN' || next.start !== t.end + 1) return null;
  // ("G.I. Valentchits, Deputy Trade Minister …, told Reuters", Reuters-21578, round 1339: initials run together
  // before a surname, read as a verb opening the sentence, are the name's first part)
  if (GLUED_INITIALS.test(written(text, t)) && SURNAME.test(written(text, next)))
    return retagged(t, 'PROPN', t.lower);
  // ("Downing Street said": a street's name, wherever it stands)
  // (… and a common given name the tagger took for a verb, which is no English word: "Ted Gayer, one of the authors
  // of the study, welcomed …" opening a sentence, round 444)
  const listed =
    GIVEN_NAMES_THAT_ARE_WORDS.has(t.lower) ||
    STREET_HEADS.has(next.lower) ||
    (t.pos === 'VERB' && isCommonGivenName(t.lower));
  if (!listed && t.pos !== 'VERB') return null;
  if (!CAPITALISED.test(written(text, t)) || !SURNAME.test(written(text, next))) return null;
  // ("Will Labour win?": an auxiliary opening a question)
  if (t.pos === 'AUX' && asks(tokens, i)) return null;
  const prev = tokens[i - 1];
  const midSentence = t.pos === 'VERB' && prev !== undefined && MID_START.test(written(text, prev));
  if (!midSentence && !listed) return null;
  return retagged(t, 'PROPN', t.lower);
}

/**
 * "MP Yvette Cooper of the Labour Party added": a capitalised word tagged a verb right after a capitalised proper
 * noun (one space between) ends that name when a lower-case word or a mark follows it: no verb is capitalised
 * there. An inflected form ("Biden Wins", "Johnson Calls") and a word before another capital (a title-case
 * headline) keep their tag.
 */
function isSurnameAsVerb(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (t.pos !== 'VERB' || !prev || prev.pos !== 'PROPN' || prev.end + 1 !== t.start) return false;
  if (INFLECTED.test(t.lower) || (next && UPPER_START.test(text.slice(next.start, next.end))))
    return false;
  return (
    CAPITALISED.test(text.slice(t.start, t.end)) &&
    CAPITALISED.test(text.slice(prev.start, prev.end))
  );
}

/** Whether the sentence around token `i` ends in a question mark. */
function asks(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length; k++)
    if (/^[.!?]$/.test(tokens[k]!.lower)) return tokens[k]!.lower === '?';
  return false;
}
