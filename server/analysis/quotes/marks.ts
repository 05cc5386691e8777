import { isWireApostrophe } from '../grammar/wire-apostrophes.ts';

/** One quote mark in a sentence: which family it pairs with and whether it opens, closes or may do either. */
export interface QuoteMark {
  at: number;
  family: 'double' | 'single';
  role: 'open' | 'close' | 'either';
}

const WORD = /[\p{L}\p{N}]/u;
const OPEN_BEFORE = /[\s([{\u2014\u2013/-]/u;
const CLOSE_AFTER = /[\s.,;:!?)\]}\u2014\u2013-]/u;

function isWord(c: string | undefined): boolean {
  return c !== undefined && WORD.test(c);
}

function doubleRole(prev: string | undefined, next: string | undefined): QuoteMark['role'] {
  const prevOpen = prev === undefined || OPEN_BEFORE.test(prev);
  const nextClose = next === undefined || CLOSE_AFTER.test(next);
  if (prevOpen && !nextClose) return 'open';
  if (nextClose && !prevOpen) return 'close';
  return 'either';
}

/**
 * “ glued to the words before it and followed by a space or the end (`a misguided decision.“ Then`) is a closing
 * mark in the low-high style, so it closes an open quotation rather than opening a new one.
 */
function lowClose(prev: string | undefined, next: string | undefined): boolean {
  return prev !== undefined && !OPEN_BEFORE.test(prev) && (next === undefined || /\s/.test(next));
}

/**
 * A “ standing alone between spaces (`does not “disable a district court “ from taking steps`) may close the quotation
 * as well as open one: a typist's slip for ”.
 */
function spaced(prev: string | undefined, next: string | undefined): boolean {
  return prev !== undefined && /\s/.test(prev) && (next === undefined || /\s/.test(next));
}

// words spoken with their first letters dropped, written with an apostrophe in their place: "we had 'em beat",
// "open 'til late", "rock 'n' roll" (the short forms of English contractions, any grammar's list)
// (a clipped word is followed by a space or a stop, never by a closing mark: "the 'cause' of it" quotes a word)
const CLIPPED = /^['’](?:(?:em|til|tis|twas|cause|bout)(?=[\s,.;:!?])|n['’](?=\s))/iu;

// the Dutch article clipped to "'t" inside a name, before its capitalised last part: "Sophie in 't Veld", "van 't Hoff"
// (PolNeAR round 1751, where the mark opened a quotation that ran on through the article)
const CLIPPED_DUTCH_ARTICLE = /^['’]t \p{Lu}/u;

/** True when the mark at `i` is the apostrophe of a clipped word, or the closing one of "'n'". */
function clipped(text: string, i: number): boolean {
  if (CLIPPED.test(text.slice(i, i + 8)) && !isWord(text[i - 1])) return true;
  if (CLIPPED_DUTCH_ARTICLE.test(text.slice(i, i + 4)) && !isWord(text[i - 1])) return true;
  return /^\s['’]n$/i.test(text.slice(i - 3, i)) && !isWord(text[i + 1]);
}

/**
 * ’ and ' double as apostrophes: between letters (Trump’s, we’d), before a decade ('90s) or a year cut to two digits
 * ("'03 Bonnie & Clyde"), or after a plural s.
 */
function singleRole(text: string, i: number): QuoteMark['role'] | null {
  const c = text[i];
  const prev = text[i - 1];
  const next = text[i + 1];
  if (isWord(prev) && isWord(next)) return null;
  if (clipped(text, i)) return null;
  // ("OutRage!'s Mr Lock": a possessive after a name's closing mark; "Amoco Corp <AN>'s proposed acquisition": after a
  // wire's bracketed code, Reuters-21578 round 1162)
  if (prev !== undefined && /[!?.)>\]]/.test(prev) && next === 's' && !isWord(text[i + 2]))
    return null;
  // ("On CBS‘ Face the Nation the day before, she stated, “…”", PolNeAR round 1748: a ‘ glued to the word before it
  // and spaced from the next is a possessive's apostrophe typed the wrong way round, no opening mark)
  if (c === '\u2018' && !(isWord(prev) && next !== undefined && /\s/.test(next))) return 'open';
  if (c !== '\u2019' && !isWord(prev) && isWord(next)) {
    return /^\d\ds?\b/.test(text.slice(i + 1, i + 5)) ? null : 'open';
  }
  if (c === '\u2019' && !isWord(prev) && isWord(next))
    return /^\d\ds?\b/.test(text.slice(i + 1, i + 5)) ? null : 'open';
  if (prev !== undefined && !/\s/.test(prev)) return 'close';
  return null;
}

/**
 * `'The players' union will fight,' she said`: a mark after a plural s with a word after it reads as closing, but when
 * the next single mark closes too, it is the possessive apostrophe, and the quotation runs on to that mark. ("called
 * them 'thugs' and 'liars'": the next mark opens, so the first one does close.)
 */
function dropPossessives(text: string, marks: QuoteMark[]): QuoteMark[] {
  const drop = marks.filter((m, k) => {
    if (m.family !== 'single' || m.role !== 'close' || !/[sS]/.test(text[m.at - 1] ?? ''))
      return false;
    if (!/^ \p{L}/u.test(text.slice(m.at + 1, m.at + 3))) return false;
    const next = marks.slice(k + 1).find((n) => n.family === 'single');
    return next?.role === 'close';
  });
  return drop.length ? marks.filter((m) => !drop.includes(m)) : marks;
}

/** Finds the quote marks of one sentence, leaving out apostrophes. */
export function findQuoteMarks(text: string): QuoteMark[] {
  const marks: QuoteMark[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\u201c' && (lowClose(text[i - 1], text[i + 1]) || spaced(text[i - 1], text[i + 1])))
      marks.push({ at: i, family: 'double', role: 'either' });
    // (a ” set before a word after a space is an opening mark printed the wrong way: `with ”bona fide” ties`)
    else if (
      c === '\u201d' &&
      (text[i - 1] === undefined || /\s/.test(text[i - 1]!)) &&
      isWord(text[i + 1])
    )
      marks.push({ at: i, family: 'double', role: 'either' });
    else if (c === '\u201c' || c === '\u201e' || c === '\u00ab')
      marks.push({ at: i, family: 'double', role: 'open' });
    else if (c === '\u201d' || c === '\u00bb')
      marks.push({ at: i, family: 'double', role: 'close' });
    else if (c === '"') {
      if (!isWireApostrophe(text, i))
        marks.push({ at: i, family: 'double', role: doubleRole(text[i - 1], text[i + 1]) });
    } else if (c === "'" || c === '\u2018' || c === '\u2019') {
      const role = singleRole(text, i);
      if (role) marks.push({ at: i, family: 'single', role });
    }
  }
  return dropPossessives(text, marks);
}
