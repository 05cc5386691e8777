import type { Token } from './quote-tokens.ts';
import { ORG_WORDS, isTitle } from './speaker-words.ts';

/** A run of tokens [from, to] (inclusive) forming a noun phrase. */
export interface Phrase {
  from: number;
  to: number;
}

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PRON']);
const WH = new Set(['which', 'who', 'whom', 'whose', 'that', 'what', 'where', 'when', 'there']);
const SKIP_BEFORE_VERB = new Set([
  'yesterday',
  'today',
  'tonight',
  'tomorrow',
  'both',
  'also',
  'later',
  'earlier',
  'then',
  'now',
  'again',
  'all',
  'however',
  'not',
  'never',
]);
const PLACE_START = new Set([
  'new',
  'san',
  'santa',
  'los',
  'las',
  'north',
  'south',
  'east',
  'west',
  'united',
  'saint',
  'fort',
  'port',
  'lake',
  'mount',
  'cape',
]);
const QUOTE_CHARS = /^["“”‘’'«»]$/;

function isNp(t: Token | undefined): boolean {
  if (!t) return false;
  if (WH.has(t.lower) || QUOTE_CHARS.test(t.lower)) return false;
  if (NP_POS.has(t.pos)) return true;
  return (
    t.lower === 'of' || t.lower === "'s" || t.lower === '’s' || t.lower === '-' || t.lower === '&'
  );
}

/** Whether a token may start a clause: sentence start, comma, colon, dash, quote mark, wh-word or conjunction. */
function isBoundary(t: Token | undefined): boolean {
  if (!t) return true;
  return (
    t.pos === 'PUNCT' ||
    t.pos === 'SCONJ' ||
    t.pos === 'CCONJ' ||
    WH.has(t.lower) ||
    QUOTE_CHARS.test(t.lower)
  );
}

function npEndingAt(tokens: Token[], i: number, floor: number): Phrase | null {
  if (i < floor || !isNp(tokens[i])) return null;
  let from = i;
  while (from > floor && isNp(tokens[from - 1])) from--;
  while (from <= i && (tokens[from]!.lower === 'of' || tokens[from]!.pos === 'CCONJ')) from++;
  return from <= i ? { from, to: i } : null;
}

/**
 * The subject of the verb at `verb`: walks back over adverbs and auxiliaries, then over up to three
 * comma-separated pieces ("Nancy Pelosi, the Speaker of the House, said"), preferring one that holds a name.
 */
export function subjectBefore(
  tokens: Token[],
  text: string,
  verb: number,
  floor = 0,
): Phrase | null {
  let i = verb - 1;
  let passedTo = false;
  while (i >= floor) {
    const t = tokens[i]!;
    if (t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'PART' || SKIP_BEFORE_VERB.has(t.lower)) {
      if (t.lower === 'to') passedTo = true;
      i--;
    } else if (passedTo && (t.pos === 'VERB' || t.pos === 'ADP')) i--;
    else if (t.lower === ')') {
      while (i >= floor && tokens[i]!.lower !== '(') i--;
      i--;
    } else break;
  }
  let fallback: Phrase | null = null;
  for (let piece = 0; piece < 3 && i >= floor; piece++) {
    if (tokens[i]?.lower === ',') i--;
    if (tokens[i]?.lower === ')') {
      while (i >= floor && tokens[i]!.lower !== '(') i--;
      i--;
    }
    let np = npEndingAt(tokens, i, floor);
    // "Dick Durbin and … Adam Schiff both questioned": a coordinated subject is kept whole
    const and =
      np && tokens[np.from - 1]?.lower === 'and' ? npEndingAt(tokens, np.from - 2, floor) : null;
    if (np && and) np = { from: and.from, to: np.to };
    // "People familiar with the matter said": one prepositional phrase may hang on the subject
    const adp = np ? tokens[np.from - 1] : undefined;
    const head =
      adp?.pos === 'ADP' && adp.lower !== 'of' ? npEndingAt(tokens, np!.from - 2, floor) : null;
    if (
      np &&
      head &&
      (head.from === floor || isBoundary(tokens[head.from - 1])) &&
      tokens[head.to]!.pos !== 'PROPN'
    )
      np = { from: head.from, to: np.to };
    const before = np ? tokens[np.from - 1] : undefined;
    const clause = before?.pos !== 'CCONJ' || tokens[np!.from - 2]?.lower === ',';
    if (np && (np.from === floor || (isBoundary(before) && clause))) {
      if (personName(tokens, text, np)) return np;
      fallback ??= np;
    }
    // a piece that is a prepositional phrase ("in its March 8 media release") is stepped over whole
    let j = np ? np.from - 1 : i;
    while (j >= floor && tokens[j]!.lower !== ',') {
      const t = tokens[j]!;
      if (
        t.pos === 'VERB' ||
        t.pos === 'SCONJ' ||
        t.pos === 'CCONJ' ||
        WH.has(t.lower) ||
        QUOTE_CHARS.test(t.lower)
      )
        return fallback;
      j--;
    }
    if (j < floor) break;
    i = j;
  }
  return fallback;
}

/** The owner before a possessive "’s" at `s` ("the president’s insistence" → "the president"). */
export function possessor(tokens: Token[], s: number): Phrase | null {
  return npEndingAt(tokens, s - 1, 0);
}

/** The noun phrase right after `at` ("said Santa Barbara County Sheriff Bill Brown"). */
export function phraseAfter(tokens: Token[], at: number): Phrase | null {
  let to = at;
  while (isNp(tokens[to + 1])) to++;
  while (to > at && (tokens[to]!.lower === 'of' || tokens[to]!.lower === '-')) to--;
  return to > at ? { from: at + 1, to } : null;
}

const TIME_WORDS =
  /^(week|weeks|year|years|month|months|day|days|morning|evening|night|time|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/**
 * The subject at the start of the sentence: the first comma-separated piece that is a noun phrase followed by a
 * verb or, unless it names a time, by a comma ("Trump, in an interview, …"); adverbial pieces are stepped over
 * ("Earlier this week, an official account made …").
 */
export function sentenceSubject(tokens: Token[]): Phrase | null {
  let from = 0;
  for (let piece = 0; piece < 3 && from < tokens.length; piece++) {
    while (tokens[from] && (tokens[from]!.pos === 'ADV' || tokens[from]!.pos === 'SCONJ')) from++;
    let to = from - 1;
    while (isNp(tokens[to + 1])) to++;
    let after = to + 1;
    if (tokens[after]?.lower === '(')
      while (tokens[after] && tokens[after - 1]!.lower !== ')') after++;
    const next = tokens[after];
    if (to >= from && next && (next.pos === 'VERB' || next.pos === 'AUX')) return { from, to };
    if (to >= from && next?.lower === ',' && !TIME_WORDS.test(tokens[to]!.lower))
      return { from, to };
    while (tokens[from] && tokens[from]!.lower !== ',') from++;
    from++;
  }
  return null;
}

function isCapitalised(text: string, t: Token): boolean {
  const c = text[t.start] ?? '';
  return c !== c.toLowerCase();
}

/** The person's name at the end of a phrase, titles stripped ("House Judiciary Chairman Jim Jordan" → "Jim Jordan"). */
export function personName(
  tokens: Token[],
  text: string,
  np: Phrase,
): { from: number; to: number; titled: string | null } | null {
  let from = np.to + 1;
  for (let k = np.to; k >= np.from; k--) {
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    const joined =
      (tokens[k + 1] && tokens[k + 1]!.start === t.end && tokens[k + 1]!.lower === '-') ||
      (t.lower === '-' && k < np.to) ||
      (prev?.lower === '-' && prev.end === t.start);
    const ok = joined || (isCapitalised(text, t) && (t.pos === 'PROPN' || k > 0));
    if (!ok || t.pos === 'DET' || t.lower === '’s' || t.lower === "'s") break;
    from = k;
  }
  if (from > np.to) return null;
  const last = tokens[np.to]!;
  const lastWord = text.slice(last.start, last.end);
  // an acronym ("UNICEF", "U.S.") names a body or a place
  if (ORG_WORDS.has(last.lower) || (lastWord === lastWord.toUpperCase() && lastWord !== last.lower))
    return null;
  let titled: string | null = null;
  for (let k = np.to; k >= from; k--) {
    const lower = tokens[k]!.lower;
    if (isTitle(lower) || ORG_WORDS.has(lower)) {
      titled = lower;
      from = k + 1;
      break;
    }
  }
  if (from > np.to || PLACE_START.has(tokens[from]!.lower)) return null;
  // "the chief executive of Hong Kong": a name right after "of" is what the person belongs to, not who they are
  if (!titled && tokens[from - 1]?.lower === 'of') return null;
  if (from === np.to && !titled && !isCapitalised(text, tokens[from]!)) return null;
  return { from, to: np.to, titled };
}

/** The phrase's text as written in the sentence. */
export function phraseText(tokens: Token[], text: string, np: Phrase): string {
  return text.slice(tokens[np.from]!.start, tokens[np.to]!.end);
}
