import { startsUpper, type Token } from './token.ts';
import { isPartyTag, isPostNominal, personName } from './names.ts';
import { isQuoteChar, isBoundary, isNp, npEndingAt, phraseAfter, type Phrase } from './phrases.ts';
import { pieceKind, placeComma, reducedRelativeAt, verbLead } from './reporter-pieces.ts';
import { INNER_LINKS } from '../lexicon/subject-pieces.ts';
import { HONORIFICS } from '../lexicon/name-shapes.ts';
import { SUBJECT_PRONOUNS } from '../lexicon/function-words.ts';
import { subjectBefore } from './subjects.ts';
import { quotedNameClose, quotedNameOpen } from './quoted-name.ts';
import { isDash } from './spaced-dashes.ts';

/**
 * The subject of a reporting verb read as grammar: its head noun phrase and the appositions set beside it, in reading
 * order, and whether a modifier (relative clause, participial phrase with its object, parenthetical, prepositional or
 * time phrase, party tag) stood between them and the verb.
 */
export interface SubjectParts {
  phrases: Phrase[];
  stepped: boolean;
}

const MAX_PIECES = 6;
const CLOSERS = new Set([',', ')', '—', '–']);

function opensPiece(t: Token): boolean {
  return t.lower === ',' || isDash(t) || /^[:;(]$/.test(t.lower) || isQuoteChar(t.lower);
}

// The pieces walked so far, or null for none. (A function of its own, not a closure: tsx names every closure it makes,
// a property set on each call.)
function partsOf(phrases: Phrase[], stepped: boolean): SubjectParts | null {
  return phrases.length > 0 ? { phrases, stepped } : null;
}

/**
 * "Ana Ruiz, the head of the State Police Fraud Unit, said", "Tom Hale speaking to the Brookings think tank called":
 * walks back from the verb at `verb` piece by piece (commas, dashes, brackets), keeping noun phrases and stepping over
 * modifiers, until the clause opens. Null when the walk meets clause material before any noun phrase.
 */
export function subjectParts(
  tokens: Token[],
  text: string,
  verb: number,
  floor = 0,
): SubjectParts | null {
  let i = verbLead(tokens, verb, floor);
  const phrases: Phrase[] = [];
  let stepped = false;
  for (let n = 0; n < MAX_PIECES && i >= floor; n++) {
    const t = tokens[i]!;
    if (!CLOSERS.has(t.lower)) {
      // the noun phrase right before the verb (or before a bracket), maybe after a participle with its object
      if (phrases.length > 0) return partsOf(phrases, stepped);
      const np = npEndingAt(tokens, i, floor);
      if (!np) return null;
      const participle = participleBefore(tokens, np, floor);
      const subject = participle >= 0 ? npEndingAt(tokens, participle - 1, floor) : null;
      if (subject && speaksAlone(tokens, text, subject, floor)) {
        stepped = true;
        phrases.push(subject);
      } else phrases.push(np);
      // ("… “patching up” the system, he added": a subject pronoun before the verb is the whole subject)
      if (np.from === np.to && SUBJECT_PRONOUNS.has(tokens[np.from]!.lower))
        return partsOf(phrases, stepped);
      i = phrases[0]!.from - 1;
      // "Maria Lopez of “Voters First,” a watchdog, said": the comma inside the name's closing mark
      if (i > floor && tokens[i - 1]!.lower === ',' && quotedNameOpen(tokens, text, i) >= 0) i--;
      if (i < floor || tokens[i]!.lower !== ',') return partsOf(phrases, stepped);
      continue;
    }
    // ("Huneida Ghanem, the general director of the … Forum for Israeli Studies (MADAR), told Salon": a body's acronym
    // in brackets closing the piece is part of its noun phrase, which ends before the bracket)
    const end = t.lower === ',' ? beforeAcronym(tokens, text, i - 1) : i - 1;
    let s = end;
    if (t.lower === ')') while (s >= floor && tokens[s]!.lower !== '(') s--;
    else s = pieceOpener(tokens, text, s, floor);
    // the piece after a name's closing mark opens after the mark, not at it
    let from =
      s >= floor && tokens[s]!.lower === ',' && isQuoteChar(tokens[s + 1]!.lower) ? s + 2 : s + 1;
    // ("But Ian Shepherdson, chief economist at …, said": a conjunction opening the sentence is no part of its subject)
    if (from === floor && tokens[from]!.pos === 'CCONJ') from++;
    if (from > end) return partsOf(phrases, stepped);
    const paren = t.lower === ')';
    // a parenthetical is stepped over whatever it holds: "Sen. Jo Roe (D-Ore.) said"
    if (paren) {
      if (s < floor) return partsOf(phrases, stepped);
      stepped = true;
      i = s - 1;
      continue;
    }
    const kind = pieceKind(tokens, text, from, end);
    if (kind === 'clause') return partsOf(phrases, stepped);
    // the piece opens the clause ("On Monday, Tom Hale said") or follows a quotation or colon: the walk ends there
    const last = s < floor || !(tokens[s]!.lower === ',' || isDash(tokens[s]));
    if (kind === 'modifier') {
      if (phrases.length > 0 && last) return partsOf(phrases, stepped);
      stepped = true;
      if (last) return partsOf(phrases, stepped);
      i = s;
      continue;
    }
    phrases.unshift(bareNp(tokens, text, { from, to: end }));
    if (last) return partsOf(phrases, stepped);
    i = s;
  }
  return partsOf(phrases, stepped);
}

/**
 * Where the comma piece ending at `s` opens, walking back to a comma, dash, bracket, colon or quote mark; a quoted
 * name inside the piece ("Anna Berg of “Voters First”") is part of it, not its edge.
 */
function pieceOpener(tokens: Token[], text: string, s: number, floor: number): number {
  for (; s >= floor; s--) {
    if (!opensPiece(tokens[s]!) || placeComma(tokens, text, s)) continue;
    if (!isQuoteChar(tokens[s]!.lower)) break;
    const open = quotedNameOpen(tokens, text, s);
    // (a comma inside the closing mark ends the name's piece: "of “Voters First,” a watchdog")
    if (open > floor && tokens[s - 1]!.lower === ',') return s - 1;
    if (open > floor) s = open;
    // the opening mark of a name whose closing mark stands after a comma inside it ("of “Voters First,” a …")
    else if (quotedNameClose(tokens, text, s) < 0) break;
  }
  return s;
}

/** A noun phrase that may speak with a participle after it: a name, a pronoun, or a description opening its clause. */
function speaksAlone(tokens: Token[], text: string, np: Phrase, floor: number): boolean {
  if (personName(tokens, text, np)) return true;
  const first = tokens[np.from]!;
  return (
    (first.pos === 'PRON' && np.from === np.to) ||
    (first.pos === 'DET' && (np.from === floor || isBoundary(tokens[np.from - 1])))
  );
}

/**
 * The noun phrase of a comma piece, cut before an unpunctuated relative or participle clause ("a Democrat who
 * represents …").
 */
function bareNp(tokens: Token[], text: string, piece: Phrase): Phrase {
  for (let k = piece.from + 1; k <= piece.to; k++)
    if (
      /^(?:who|whom|whose|which)$/.test(tokens[k]!.lower) ||
      (k > piece.from + 1 && reducedRelativeAt(tokens, text, k))
    )
      return { from: piece.from, to: k - 1 };
  return piece;
}

/**
 * "Tom Hale speaking to the Brookings Institution think tank called": where a participle stands before the noun
 * phrase `np` next to the verb, with at most a preposition between them, else -1. A lower-case verb-tagged word inside
 * a compound noun ("think tank") is read as part of the object.
 */
function participleBefore(tokens: Token[], np: Phrase, floor: number): number {
  let k = np.from - 1;
  for (let guard = 0; guard < 3 && k >= floor && isCompoundVerb(tokens, k); guard++) {
    const before = npEndingAt(tokens, k - 1, floor);
    if (!before) return -1;
    k = before.from - 1;
  }
  if (k >= floor && tokens[k]!.pos === 'ADP' && tokens[k]!.lower !== 'of') k--;
  const t = tokens[k];
  if (!t || k <= floor || t.pos !== 'VERB' || !t.lower.endsWith('ing')) return -1;
  return isNp(tokens[k - 1]) && !isBoundary(tokens[k - 1]) ? k : -1;
}

// "think tank", "press release": a lower-case word tagged as a verb between two nouns
function isCompoundVerb(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  return t.pos === 'VERB' && !/(?:ing|ed)$/.test(t.lower) && tokens[k + 1]?.pos === 'NOUN';
}

/** The phrase's words before its first complement: "the head of the Fraud Unit" → "the head". */
function ownWords(tokens: Token[], np: Phrase): Phrase {
  for (let k = np.from + 1; k < np.to; k++)
    if (tokens[k]!.pos === 'ADP' && INNER_LINKS.has(tokens[k]!.lower) && tokens[k]!.lower !== 'and')
      return { from: np.from, to: k - 1 };
  return np;
}

/**
 * The phrase that names who speaks among a subject's head and appositions: the first whose own words (before any
 * "of"/"for"/"at" complement) end in a person's name, cut to those words; else the head. So "Ana Ruiz, the head of
 * the State Police Fraud Unit" is Ana Ruiz, not the unit, and "The delegate to the House, Ana Ruiz" is Ana Ruiz.
 */
export function speakingPhrase(tokens: Token[], text: string, parts: SubjectParts): Phrase {
  const { phrases } = parts;
  for (let p = 0; p < phrases.length; p++) {
    const own = ownWords(tokens, phrases[p]!);
    const name = personName(tokens, text, own);
    // ("Guy Mansfield QC": the letters after the name close the phrase)
    const end = isPostNominal(text, tokens[own.to]) ? own.to - 1 : own.to;
    if (!name || name.to !== end || isPartyTag(tokens, text, own.from)) continue;
    // "A Republican Assemblywoman, Jill Tolles,": an indefinite description names no one, capitalised or not
    if (/^an?$/.test(tokens[own.from]!.lower)) continue;
    // "Officials in Paris, France": one capitalised word after a phrase ending in a place continues the place
    if (p > 0 && own.from === own.to && ownWords(tokens, phrases[p - 1]!).to < phrases[p - 1]!.to)
      continue;
    return own;
  }
  // "One of these groups, the Northern Forces (NF),": a description named by a proper name set beside it
  const head = phrases[0]!;
  const named = phrases.length > 1 && DESCRIPTION_HEADS.has(tokens[head.from]!.lower);
  for (let p = 1; named && p < phrases.length; p++)
    if (isProperName(tokens, text, phrases[p]!)) return phrases[p]!;
  return head;
}

// words opening a description that leaves its referent unnamed: "One of these groups", "another party"
const DESCRIPTION_HEADS = new Set(['one', 'another', 'a', 'an']);

/** "the Northern Forces": an optional "the" and capitalised words only. */
function isProperName(tokens: Token[], text: string, np: Phrase): boolean {
  const from = tokens[np.from]!.lower === 'the' ? np.from + 1 : np.from;
  if (from > np.to) return false;
  for (let k = from; k <= np.to; k++) if (!startsUpper(text, tokens[k]!)) return false;
  return true;
}

/**
 * The phrase naming who speaks through the reporting verb at `verb`: read as subject and appositions when a modifier
 * or an apposition stands before the verb, else by the subject walk of `subjects.ts`.
 */
export function reportingSubject(
  tokens: Token[],
  text: string,
  verb: number,
  floor = 0,
): Phrase | null {
  if (afterPlace(tokens, text, verb, floor)) return null;
  const as = asClauseSubject(tokens, verb, floor);
  if (as) return as;
  const of =
    nameBeforeOfPiece(tokens, text, verb, floor) ??
    nameBeforePartyOfPlace(tokens, text, verb, floor);
  if (of) return of;
  const parts = subjectParts(tokens, text, verb, floor);
  // "Morality, Müller explained, is rooted in Grace" (PTC page, blind round 1039): a tag set off inside the clause,
  // whose own verb goes on after it, has its subject right before its verb, not the clause's head
  if (parts && parts.phrases.length > 1 && parenthetical(tokens, verb)) {
    const near = subjectBefore(tokens, text, verb, floor);
    if (near) return near;
  }
  if (parts && (parts.stepped || parts.phrases.length > 1)) {
    // "After beating Amy Winehouse, Jamelia, … to the prize, Joss Stone said": a full name right before the verb, no
    // comma between, is its subject, whatever pieces set off by commas stand before it
    const before = parts.phrases.length > 1 ? subjectBefore(tokens, text, verb, floor) : null;
    if (before && fullNameAt(tokens, text, before, verb)) return before;
    return speakingPhrase(tokens, text, parts);
  }
  const np = subjectBefore(tokens, text, verb, floor) ?? titledNameBefore(tokens, text, parts);
  return (np && namedBeforeDescription(tokens, text, np, floor)) ?? np;
}

/** Whether the verb at `verb` closes a tag set off by commas inside a clause that goes on with its own verb. */
function parenthetical(tokens: Token[], verb: number): boolean {
  if (tokens[verb + 1]?.lower !== ',') return false;
  let k = verb + 2;
  while (tokens[k]?.pos === 'ADV') k++;
  return (
    tokens[k]?.pos === 'AUX' || (tokens[k]?.pos === 'VERB' && !tokens[k]!.lower.endsWith('ing'))
  );
}

/**
 * "Jonathan Baume, of the top civil servants' union, spoke of …": a piece set off by commas that opens with "of" or
 * "from" tells where the person named before it belongs, so that name is the subject. The name, or null.
 */
function nameBeforeOfPiece(
  tokens: Token[],
  text: string,
  verb: number,
  floor: number,
): Phrase | null {
  let close = verb - 1;
  while (close > floor && (tokens[close]!.pos === 'ADV' || tokens[close]!.pos === 'AUX')) close--;
  if (tokens[close]?.lower !== ',') return null;
  let open = close - 1;
  while (open > floor && tokens[open]!.lower !== ',' && close - open < 12) open--;
  if (tokens[open]?.lower !== ',' || !/^(?:of|from)$/.test(tokens[open + 1]?.lower ?? ''))
    return null;
  const np = npEndingAt(tokens, open - 1, floor);
  const name = np && personName(tokens, text, np);
  return name && name.to === np!.to && name.to > name.from ? name : null;
}

/**
 * "Rep. Harold Rogers (R) of Kentucky told a scrum of reporters", "Rep. Peter King (R) of New York, told the Post": a
 * party's letter in brackets and the member's state after "of" close the name, so the name before the bracket is
 * the subject. The name, or null.
 */
function nameBeforePartyOfPlace(
  tokens: Token[],
  text: string,
  verb: number,
  floor: number,
): Phrase | null {
  let k = verb - 1;
  while (
    k > floor &&
    (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX' || tokens[k]!.lower === ',')
  )
    k--;
  while (k > floor && tokens[k]!.pos === 'PROPN') k--;
  if (tokens[k]?.lower !== 'of' || tokens[k - 1]?.lower !== ')') return null;
  let open = k - 2;
  while (open > floor && open > k - 6 && tokens[open]!.lower !== '(') open--;
  if (tokens[open]?.lower !== '(' || open === k - 2) return null;
  const np = npEndingAt(tokens, open - 1, floor);
  const name = np && personName(tokens, text, np);
  return name && name.to === np!.to && name.to > name.from ? name : null;
}

/** Whether the phrase is a person's name of two words or more ending right before the verb (adverbs aside). */
function fullNameAt(tokens: Token[], text: string, np: Phrase, verb: number): boolean {
  let k = verb - 1;
  while (k > np.to && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX')) k--;
  if (k !== np.to) return false;
  const name = personName(tokens, text, np);
  if (!name || name.to !== np.to) return false;
  // ("Speaking from a cafe in Brick Lane, east London, Mr Galloway said": an honorific and a surname name a person
  // as surely as a full name)
  if (name.titled && HONORIFICS.test(name.titled)) return name.from - 1 >= np.from;
  return name.to > name.from && !name.titled;
}

/**
 * "Matt Williams, a fund manager at Perpetual Trustees said …": with the apposition's closing comma missing, the walk
 * back from the verb finds only the description; an indefinite one names no one, so the person's name before its
 * comma is who speaks.
 */
function namedBeforeDescription(
  tokens: Token[],
  text: string,
  np: Phrase,
  floor: number,
): Phrase | null {
  if (tokens[np.from - 1]?.lower !== ',') return null;
  // (… or a title in lower case, the wire having left out the comma closing it: '"…," Lowell Moholt, director of
  // investor relations at Weyerhaeuser Co said', Reuters-21578, rounds 1172 and 1181)
  const first = tokens[np.from]!;
  const title = first.pos === 'NOUN' && !startsUpper(text, first);
  if (!/^an?$/.test(first.lower) && !title) return null;
  const before = npEndingAt(tokens, np.from - 2, floor);
  if (!before || !isBoundary(tokens[before.from - 1])) return null;
  const name = personName(tokens, text, before);
  return name && name.to === before.to && (!title || name.to > name.from) ? name : null;
}

/**
 * "Senior adviser at the Lime Group and former deputy minister for home affairs Ann R. Berg wrote, …": when the
 * subject walk finds no subject (a long, coordinated description before the name), a full person's name of two words
 * or more, with a title or description set before it in the same phrase, ending right before the verb, is who speaks.
 */
function titledNameBefore(
  tokens: Token[],
  text: string,
  parts: SubjectParts | null,
): Phrase | null {
  if (!parts || parts.phrases.length !== 1) return null;
  const np = parts.phrases[0]!;
  const name = personName(tokens, text, np);
  return name && name.to === np.to && name.from > np.from && name.to > name.from ? name : null;
}

const MAX_AS_SUBJECT = 8;

/**
 * "As lead author Mira Chen told the Guardian, “…”", "…, as the agency said.": a reporting clause opened by "as" (at
 * a clause's start) has the words between "as" and its verb for subject; the subject walk reads "as" as a
 * preposition and its noun phrase as an object. Null when no such "as" stands before the verb.
 */
export function asClauseSubject(tokens: Token[], verb: number, floor = 0): Phrase | null {
  let to = verb - 1;
  while (to > floor && tokens[to]!.pos === 'ADV') to--;
  for (let k = to; k > floor && to - k < MAX_AS_SUBJECT; k--) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.pos === 'AUX') return null;
    const as = tokens[k - 1]!;
    if (as.lower !== 'as') continue;
    const before = tokens[k - 2];
    return k - 1 === floor || !before || isBoundary(before) ? { from: k, to } : null;
  }
  return null;
}

/**
 * "drafted by Alex Greenwich who said", "bus driver Tom Reyes, 31, who cited …": the phrase a "who" right before the
 * verb at `verb` stands for, stepping over an age set off by commas (the number is no one); null without "who".
 */
export function whoAntecedent(tokens: Token[], verb: number, floor: number): Phrase | null {
  // ("…, Professor Chris Woodhead, who has said": auxiliaries may stand between)
  let rel = verb - 1;
  while (rel > floor && (tokens[rel]!.pos === 'AUX' || tokens[rel]!.pos === 'ADV')) rel--;
  // "… given each year by the Lantern Society, which praised her “tireless work”": a body's ", which" too
  const which = tokens[rel]?.lower === 'which' && tokens[rel - 1]?.lower === ',';
  if (tokens[rel]?.lower !== 'who' && !which) return null;
  let end = rel - 1;
  if (tokens[end]?.lower === ',') end--;
  const t = tokens[end];
  if (t?.pos === 'NUM' && tokens[end - 1]?.lower === ',' && end - 2 >= floor) end -= 2;
  const np = npEndingAt(tokens, end, floor);
  // "the United Nations High Commissioner for Refugees, which said": a body's name joined by "for", "of" or "on" is
  // one name, not its last piece
  const link = np ? tokens[np.from - 1] : undefined;
  if (
    np &&
    tokens[np.from]!.pos === 'PROPN' &&
    /^(?:for|of|on)$/.test(link?.lower ?? '') &&
    tokens[np.from - 2]?.pos === 'PROPN'
  ) {
    const head = npEndingAt(tokens, np.from - 2, floor);
    if (head) return { from: head.from, to: np.to };
  }
  return np;
}

/**
 * "AFP spoke to Terence Fan, an air industry expert from Singapore Management University, who said": a "who" after a
 * description set off by a comma stands for the person the description is about, named before the comma, not for
 * the body at the description's end. The name, or null when the phrase before the description names no person.
 */
export function describedByWho(
  tokens: Token[],
  text: string,
  np: Phrase,
  floor: number,
): Phrase | null {
  if (personName(tokens, text, np)) return null;
  // the description: plain words back to its comma, a determiner opening it ("an … expert from …")
  let comma = np.from - 1;
  while (comma > floor && comma >= np.from - 12) {
    const t = tokens[comma]!;
    if (t.lower === ',') break;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || isQuoteChar(t.lower))
      return null;
    comma--;
  }
  // (… or a title joined to the body by a preposition: "said David Lomax, Group Economics Adviser at National
  // Westminster Bank Plc, who described …", Reuters-21578, round 1188)
  const titled = tokens.slice(comma + 2, np.from).some((t) => t.pos === 'ADP');
  if (tokens[comma]?.lower !== ',' || (tokens[comma + 1]?.pos !== 'DET' && !titled)) return null;
  const name = npEndingAt(tokens, comma - 1, floor);
  return name && personName(tokens, text, name) ? name : null;
}

/**
 * "She spoke at a rally in Dayton, Ohio saying …": a participle with no comma before it, right after a place that
 * is the object of a preposition ("in Dayton", "outside Austin, Texas"), reports for the clause's subject; the place
 * is never its speaker. True when the walk should leave the subject to the sentence.
 */
function afterPlace(tokens: Token[], text: string, verb: number, floor: number): boolean {
  const v = tokens[verb]!;
  if (v.pos !== 'VERB' || !v.lower.endsWith('ing') || tokens[verb - 1]?.lower === ',') return false;
  let np = npEndingAt(tokens, verb - 1, floor);
  if (!np || !startsUpper(text, tokens[np.from]!)) return false;
  // "Austin, Texas": a place named with its state or country after a comma
  if (tokens[np.from - 1]?.lower === ',') {
    const city = npEndingAt(tokens, np.from - 2, floor);
    if (!city || !startsUpper(text, tokens[city.to]!)) return false;
    np = city;
  }
  const link = tokens[np.from - 1];
  return !!link && link.pos === 'ADP' && link.lower !== 'of';
}

/**
 * "according to its sponsor, Rep. Ana Ruiz, the bill …": the phrase naming who speaks among `np` and a noun phrase
 * set beside it by commas right after it; `np` itself when nothing is set beside it.
 */
export function withApposition(tokens: Token[], text: string, np: Phrase): Phrase {
  if (tokens[np.to + 1]?.lower !== ',') return np;
  const next = phraseAfter(tokens, np.to + 1);
  const closer = next ? tokens[next.to + 1] : undefined;
  // (a bracketed acronym may follow it: "the Northern Forces (NF),")
  if (!next || (closer && !/^[,.;:(]$/.test(closer.lower))) return np;
  return speakingPhrase(tokens, text, { phrases: [np, next], stepped: false });
}

/** The token before "(ACRONYM)" when one ends at `k` ("… Israeli Studies (MADAR)"), else `k`. */
function beforeAcronym(tokens: Token[], text: string, k: number): number {
  if (tokens[k]?.lower !== ')' || tokens[k - 2]?.lower !== '(') return k;
  const t = tokens[k - 1]!;
  return /^[A-Z]{2,}$/.test(text.slice(t.start, t.end)) ? k - 3 : k;
}
