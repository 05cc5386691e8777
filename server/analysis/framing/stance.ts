import { isPossessiveMark, type Token } from '../grammar/token.ts';
import type { Evidence } from '../types.ts';
import {
  IMPERATIVE_LINKS,
  NEGATIVE_IMPERATIVE,
  NOT_DIRECTIVE,
  SOCIAL_FOLLOW,
} from '../lexicon/address.ts';
import { PICTURE_NOUNS } from '../lexicon/pictures.ts';
import { UPPER_START } from '../grammar/letters.ts';

/** The first and last word of the imperative opening the sentence ("Consider", "Don't be"), if any. */
function imperativeAt(text: string, tokens: Token[]): [Token, Token] | null {
  let i = tokens.findIndex((t) => t.pos !== 'PUNCT');
  if (IMPERATIVE_LINKS.has(tokens[i]?.lower ?? '')) i += tokens[i + 1]?.pos === 'PUNCT' ? 2 : 1;
  const first = tokens[i];
  if (!first) return null;
  const twoWords = `${first.lower} ${tokens[i + 1]?.lower ?? ''}`.replace(/ n[’']t$/, 'n’t');
  if (first.lower === 'never' || NEGATIVE_IMPERATIVE.test(twoWords)) {
    const verb = tokens[first.lower === 'never' ? i + 1 : i + 2];
    return verb && verb.lower === verb.lemma && (verb.pos === 'VERB' || verb.pos === 'AUX')
      ? [first, verb]
      : null;
  }
  const next = tokens[i + 1];
  // "Let us be clear", "Let it be asked": the tagger may not read "Let" as a verb.
  if (first.lower === 'let' && next && /^(?:us|it|me|[’']s)$/.test(next.lower))
    return [first, first];
  // "Escape rooms see participants …", "Escape room fire kills …": a verb-like word opening a bare noun run that a
  // verb follows is that noun phrase's first word, not an imperative
  let k = i + 1;
  while (tokens[k]?.pos === 'NOUN') k++;
  const modifier = k > i + 1 && (tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX');
  // "File photo of the mayor in 2018": a verb-like word before a picture's noun names the picture a caption sits
  // under, it tells the reader nothing
  const pictured = PICTURE_NOUNS.has(next?.lemma ?? '');
  // "Update: the council met again.", "Note: figures are rounded": a word before a colon labels what follows
  // ("Go-ahead for new internet names": a verb glued by a hyphen to the next word is a compound noun's first part)
  const label = next?.lower === ':' || (next?.lower === '-' && next.start === first.end);
  // "Build America Bonds were created …": a verb-like word before a capitalised name is that name's first word (not
  // before a possessive: "Follow Trump's impact on …" tells the reader where to look); "Harp previously was director
  // …": before an adverb and a verb, a surname
  const named =
    (next?.pos === 'PROPN' &&
      UPPER_START.test(text.slice(next.start)) &&
      nameIsSubject(tokens, i + 1)) ||
    (next?.pos === 'ADV' && /^(?:AUX|VERB)$/.test(tokens[i + 2]?.pos ?? ''));
  // "Parry's statements are clever", "Ford, which has sold 4,000 …": a word that owns something or that a relative
  // clause describes is a noun, a name the tagger read as a verb
  const owner =
    isPossessiveMark(next) ||
    (next?.lower === ',' && /^(?:which|who|whose)$/.test(tokens[i + 2]?.lower ?? ''));
  const imperative =
    !modifier &&
    !owner &&
    !named &&
    !pictured &&
    !label &&
    first.pos === 'VERB' &&
    first.lower === first.lemma &&
    !NOT_DIRECTIVE.has(first.lower) &&
    !SOCIAL_FOLLOW.test(text.slice(first.start)) &&
    next !== undefined &&
    next.pos !== 'AUX' &&
    next.pos !== 'VERB' &&
    !text.trimEnd().endsWith('?');
  return imperative ? [first, first] : null;
}

// whether the run of names from `k` is a clause's subject: a verb follows it, maybe after a bracket ("Build America
// Bonds (BABs) were created"), where an order's object goes on otherwise ("Remember Pearl Harbor and what it cost")
function nameIsSubject(tokens: Token[], k: number): boolean {
  while (tokens[k]?.pos === 'PROPN') k++;
  if (tokens[k]?.lower === '(') while (tokens[k] && tokens[k - 1]?.lower !== ')') k++;
  // (… maybe after an adverb: "Stack Overflow also measured the demand", blind round 813)
  while (tokens[k]?.pos === 'ADV') k++;
  return /^(?:AUX|VERB)$/.test(tokens[k]?.pos ?? '');
}

/**
 * Exhortation: a sentence opening with a bare imperative verb ("Consider the cost.", "And remember that …", "Don't
 * be fooled") tells the reader what to think or do. Pointers such as "See also" or "Read more" are navigation.
 */
export function exhortationCues(
  text: string,
  tokens: Token[],
  masked: (start: number, end: number) => boolean,
): Evidence[] {
  const found = imperativeAt(text, tokens);
  if (!found) return [];
  const [{ start }, { end }] = found;
  if (masked(start, end)) return [];
  return [{ text: text.slice(start, end), start, end, cue: 'scaffolding' }];
}
