import {
  innerHyphen,
  isPossessiveMark,
  participleOrGerundShaped,
  participleShaped,
  startsUpper,
  type Token,
} from './token.ts';
import { isPartyTag } from './names.ts';
import { isQuoteChar, WH, isNp } from './phrases.ts';
import { quotedNameClose } from './quoted-name.ts';
import {
  BETWEEN_SUBJECT_AND_VERB,
  INNER_LINKS,
  RELATIVE_WORDS,
  TIME_LEAD,
  TIME_WORD,
} from '../lexicon/subject-pieces.ts';

/** What a comma piece before a reporting verb is: part of its subject, a modifier to step over, or clause material. */
export type PieceKind = 'np' | 'modifier' | 'clause';

/** Whether [from, to] is a time phrase: "Monday", "last week", "on Tuesday", "earlier this year". */
function isTimePhrase(tokens: Token[], from: number, to: number): boolean {
  if (!TIME_WORD.test(tokens[to]!.lower)) return false;
  for (let k = from; k < to; k++)
    if (!TIME_LEAD.has(tokens[k]!.lower) && tokens[k]!.pos !== 'NUM') return false;
  return true;
}

/**
 * Classifies the comma piece [from, to] between a subject and its verb: "the head of the Fraud Unit" is a noun
 * phrase; "who spoke on condition of anonymity", "speaking to reporters", "backed by the union", "in a statement",
 * "on Monday", "R-Texas", "45" are modifiers; anything holding a finite verb is clause material.
 */
export function pieceKind(tokens: Token[], text: string, from: number, to: number): PieceKind {
  let first = from;
  while (first < to && tokens[first]!.pos === 'ADV') first++;
  const t = tokens[first]!;
  if (RELATIVE_WORDS.has(t.lower)) return 'modifier';
  // (a capitalised word is a participle only opening the sentence: "Speaking to reporters, she said", "Asked the
  // reason for the sale, Evans said"; elsewhere it may be a name the tagger read as a verb, and so may a past
  // participle's shape before another capitalised word: "Ted Hale, …")
  const opening =
    from === 0 &&
    (t.lower.endsWith('ing') ||
      (participleShaped(t.lower) && !startsUpper(text, tokens[first + 1])));
  if (t.pos === 'VERB' && participleOrGerundShaped(t.lower) && (opening || !startsUpper(text, t)))
    return 'modifier';
  if (t.pos === 'ADP' && t.lower !== 'of') return 'modifier';
  // "Of the new plan, she said": an "of" phrase opening the sentence names the topic ("Tom Hale, of Dover, said"
  // keeps its place in the subject)
  if (t.lower === 'of' && first === 0) return 'modifier';
  if (isPartyTag(tokens, text, first)) return 'modifier';
  if (from === to && t.pos === 'NUM') return 'modifier';
  if (isTimePhrase(tokens, first, to)) return 'modifier';
  for (let k = from; k <= to; k++) {
    const w = tokens[k]!;
    // "Anna Berg of “Voters First”": a quoted name joined by "of" stays in the noun phrase
    const close = isQuoteChar(w.lower) ? quotedNameClose(tokens, text, k) : -1;
    // (the piece may end at a comma inside the closing mark)
    if (close > 0 && close <= to + 2) {
      k = close;
      continue;
    }
    // "a Democrat who represents a district in El Paso": an unpunctuated relative clause ends the noun phrase
    if (k > from && RELATIVE_WORDS.has(w.lower)) return 'np';
    // … and so does a participle after its noun: "the State Department official tasked with leading the QDDR"
    if (k > from + 1 && reducedRelativeAt(tokens, text, k)) return 'np';
    if (WH.has(w.lower) || isQuoteChar(w.lower)) return 'clause';
    // ("one of the firm's creditors": a possessive ending stays inside its noun phrase)
    if (isNp(w) || INNER_LINKS.has(w.lower) || isPossessiveMark(w)) continue;
    // a capitalised word the tagger read as a verb belongs to a name ("Grant", "Herald")
    if (w.pos === 'VERB' && startsUpper(text, w)) continue;
    // "a widely respected aviation expert": an adverb in -ly grading the modifier after it
    if (
      w.pos === 'ADV' &&
      w.lower.endsWith('ly') &&
      k < to &&
      /^(?:ADJ|VERB)$/.test(tokens[k + 1]!.pos)
    )
      continue;
    // "president of Palo Alto, Calif.-based Adobe", "a state-owned bank": in a description (a lower-case word opens
    // it) a participle hyphened to the word before it is a modifier, the hyphen part of it, and so is the comma
    // between a city and its state (Reuters-21578, round 1190, where "Adobe" had spoken; "Asked if he preferred
    // Calgary, Alberta-based TransCanada to Chicago-based Amoco, James replied" is no apposition, round 1162)
    const described = !startsUpper(text, tokens[from]);
    if (described && (innerHyphen(tokens, k) || (w.pos === 'VERB' && innerHyphen(tokens, k - 1))))
      continue;
    if (described && placeComma(tokens, text, k)) continue;
    // "the Brookings think tank": a lower-case verb-tagged word between two nouns of a compound
    if (w.pos === 'VERB' && k > from && k < to && tokens[k + 1]!.pos === 'NOUN') continue;
    return 'clause';
  }
  return 'np';
}

/**
 * "president of Palo Alto, Calif.-based Adobe", "Calgary, Alberta-based TransCanada": the comma between a city and its
 * state or province, hyphened to a participle after it, is inside the phrase (Reuters-21578, rounds 1162 and 1190).
 */
export function placeComma(tokens: Token[], text: string, s: number): boolean {
  return (
    tokens[s]!.lower === ',' &&
    startsUpper(text, tokens[s - 1]) &&
    startsUpper(text, tokens[s + 1]) &&
    innerHyphen(tokens, s + 2) &&
    (tokens[s + 3]?.lower.endsWith('ed') ?? false)
  );
}

/** The last token before the verb at `verb` once adverbs, auxiliaries and a time phrase are stepped over. */
export function verbLead(tokens: Token[], verb: number, floor: number): number {
  let i = verb - 1;
  while (i >= floor) {
    const t = tokens[i]!;
    if (
      t.pos === 'ADV' ||
      t.pos === 'AUX' ||
      t.pos === 'PART' ||
      BETWEEN_SUBJECT_AND_VERB.has(t.lower)
    ) {
      i--;
      continue;
    }
    if (TIME_WORD.test(t.lower)) {
      let k = i - 1;
      while (k >= floor && (tokens[k]!.pos === 'DET' || tokens[k]!.lower === 'last')) k--;
      if (k >= floor && tokens[k]!.pos === 'ADP' && k > floor && tokens[k - 1]!.lower !== ',') {
        i = k - 1;
        continue;
      }
    }
    return i;
  }
  return i;
}

/**
 * Whether token `k` opens a participle clause after the noun before it ("the official tasked with leading the
 * review", "a group known for its rallies"): a lower-case verb in -ed or -n right after a noun, a preposition after it.
 */
export function reducedRelativeAt(tokens: Token[], text: string, k: number): boolean {
  const w = tokens[k];
  return (
    !!w &&
    w.pos === 'VERB' &&
    (participleShaped(w.lower) || w.lower.endsWith('wn')) &&
    !startsUpper(text, w) &&
    tokens[k - 1]?.pos === 'NOUN' &&
    tokens[k + 1]?.pos === 'ADP'
  );
}
