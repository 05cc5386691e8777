import { CONNECTIVES, isLegalForm } from '../lexicon/abbreviations.ts';
import { isTitle } from '../lexicon/people.ts';
import { reportingClauseAt } from './reporting.ts';
import { periodEnds, periodKind, wordAt } from './words.ts';
import { UPPER_START, spaceAt } from '../grammar/letters.ts';
import { ORIGINAL_MARKER } from '../grammar/original-marker.ts';

// the scan looks at every character of the article, so the common case is a plain comparison, not a regex
// "।" (danda) ends a sentence in Hindi and other Indic scripts, which news quotes untranslated beside an English version
const isTerminal = (ch: string | undefined) =>
  ch === '.' || ch === '!' || ch === '?' || ch === '\u2026' || ch === DANDA;
const DANDA = '\u0964';
const CLOSER = /["'\u201d\u2019\u00bb)\]*_]/;
const ELISION = /^\[(?:\.\.\.|\u2026)\]/;
const QUOTE_OPEN = /["'\u201c\u2018]/;
// an ellipsis after a stop leaves words out at the start of the next sentence: "… the church. ... The next day …"
const LEAD_ELLIPSIS = /^(?:\.\.\.|\u2026|\. \. \.)(?=\s)/;
const QUOTE_CLOSE = /["'\u201d\u2019]/;
// what may stand before the first word of a sentence: opening marks and brackets, and spaces
const OPENING = /["'\u201c\u2018(\[\s]/;
// the sign-off a wire sets after a story's last sentence, alone at the paragraph's end
const WIRE_SIGN_OFF = /^reuters?\s*$/;
// a social-media handle or tag opens a sentence as a capital does: "… FOR YEARS! @jamesgunn is one of …"
const HANDLE = /^[@#]\p{L}/u;
// hashtags alone closing a post, up to its closing mark or the paragraph's end: "… be a woman. #DemDebate""
const CLOSING_TAGS = /^(?:#[\p{L}\p{N}_]+[ \u00a0]*)+(?:["”'’]|$)/u;

/**
 * Whether only hashtags stand from `at` to the closing quotation mark or the end (`to`): a post's tags close its last
 * sentence rather than open one ("… but I'll be seeing them! #MAGA"", Wikinews, blind rounds 1658 and 1695).
 */
function closingTags(text: string, at: number, to: number): boolean {
  return text[at] === '#' && CLOSING_TAGS.test(text.slice(at, Math.min(to, at + 200)));
}

// spaces inside a line (space, no-break, thin and narrow no-break spaces), never a line break
const INLINE_SPACE = /[ \u00a0\u2009\u202f]/;

/**
 * Offsets in text[from, to) where a sentence ends (exclusive), not counting `to` itself. A full stop, "?", "!"
 * or ellipsis ends a sentence when followed, after closing quotes and brackets, by space and a word that can
 * start one; a period after an abbreviation needs a clear sentence opener. Quotations split at their own
 * sentence ends, and a stop just inside a closing mark ends the sentence after the mark. A bracketed elision
 * "[...]" never ends a sentence itself and, after a stop, opens the next one.
 */
// a wire service's bracketed story code, letters and digits: "[L4N1N83MN]", "[nL2N1N827P]" (not an editor's "[Mubarak]")
const STORY_CODE = /^ *\[(?=[A-Za-z]*\d)[A-Za-z0-9]{7,14}\]/;
// a bracketed link (a short address with a slash) and a capitalised word after it
const LINK_BRACKET = /^\((?:Graphic:\s*)?[\w.-]+\.[a-z]{2,4}\/[\w./-]+\)\s+\p{Lu}/u;

// how far a bracketed title may run on either side of a stop inside it
const BRACKET_REACH = 120;

/** Whether offset `at` stands inside "[…]": an opening bracket before it and a closing one after, neither crossed. */
function insideSquareBrackets(text: string, from: number, at: number, to: number): boolean {
  let open = -1;
  for (let k = at - 1; k >= from && k >= at - BRACKET_REACH; k--) {
    if (text[k] === ']') return false;
    if (text[k] === '[') {
      open = k;
      break;
    }
  }
  if (open < 0) return false;
  for (let k = at + 1; k < to && k <= at + BRACKET_REACH; k++) {
    if (text[k] === '[') return false;
    if (text[k] === ']') return true;
  }
  return false;
}

export function sentenceEnds(text: string, from: number, to: number): number[] {
  const ends: number[] = [];
  for (let i = from; i < to; i++) {
    // (by code: most characters are none of the five, and reading one as a string costs more)
    const code = text.charCodeAt(i);
    if (code !== 0x2e && code !== 0x21 && code !== 0x3f && code !== 0x2026 && code !== 0x964)
      continue;
    let j = i;
    while (j < to && isTerminal(text[j])) j++;
    const run = text.slice(i, j);
    const bracketed = text[i - 1] === '[' && text[j] === ']';
    if (bracketed && run !== '.') {
      i = j; // "[...]": words left out, not a stop
      continue;
    }
    // "[Zombies! Your Complete Guide to the Attack of the Dead (Infographic) ]": a title's "!" or "?" inside square
    // brackets that close further on ends no sentence (newspaper test page, blind round 938); one right before the
    // closing bracket still ends it after the bracket ("[Read: Could Isaac Herzog become …?] He said")
    if (run[0] !== '.' && text[j] !== ']' && insideSquareBrackets(text, from, i, to)) {
      i = j - 1;
      continue;
    }
    // "… in the interest of all parties ... Dialogue and negotiation is …": an ellipsis set off by spaces after a word
    // leaves words out as "[...]" does (one glued to the word, "parties... Dialogue", trails off and ends the sentence)
    if ((run === '...' || run === '\u2026') && spacedElision(text, from, i, j, to)) {
      i = j - 1;
      continue;
    }
    // `"… I mean, that's a great compliment."`: an ellipsis opening the sentence, with nothing but an opening mark
    // before it, leaves out words before the quotation; it ends nothing
    if ((run === '...' || run === '\u2026') && opensSentence(text, from, i)) {
      i = j - 1;
      continue;
    }
    let end = j;
    while (end < to && (CLOSER.test(text[end]!) || lowClose(text, end, to))) end++;
    end = strayClose(text, from, j, spacedOuterClose(text, j, end, to), to);
    if (end < to && !spaceAt(text, end)) {
      // "… to become law.Republicans are …", "… in the region.”Harry Kazianis …": a stop after a plain word with a
      // capitalised word glued to it, the space lost in the copy, still ends the sentence
      if (run === '.' && gluedStart(text, from, i, end)) {
        // (a straight mark glued between them opens the next sentence's quotation when none is open before it:
        // "… has yet to be found.\"My heart is filled …,\" airline boss Tony Fernandes tweeted")
        const opens = text.slice(j, end) === '"' && straightMarks(text, from, j) % 2 === 0;
        ends.push(opens ? j : end);
        i = end - 1;
        continue;
      }
      i = j - 1; // "U.S.-Mexico", "3.5", "Znak.com", "etc.,"
      continue;
    }
    // "… conducted its last missile test in September. [L4N1N83MN] The U.S. military …": a wire story's reference code
    // after a stop belongs to the sentence it follows
    const storyCode = STORY_CODE.exec(text.slice(end, end + 20));
    if (storyCode && end + storyCode[0].length < to) {
      ends.push(end + storyCode[0].length);
      i = end + storyCode[0].length - 1;
      continue;
    }
    let k = end;
    // past the ellipsis that opens the next sentence (`… of Scientology. ... The next day`), if any
    let opened = end;
    for (;;) {
      while (k < to && spaceAt(text, k)) k++;
      const m = ELISION.exec(text.slice(k, k + 5));
      if (m) {
        k += m[0].length;
        continue;
      }
      const lead =
        run !== '\u2026' && !run.endsWith('..') ? LEAD_ELLIPSIS.exec(text.slice(k, k + 6)) : null;
      if (!lead || opened !== end) break;
      opened = k += lead[0].length;
    }
    if (k >= to) break;
    let isEnd = false;
    // "… to six weeks. (tmsnrt.rs/2k1HAlV) Adding to the confusion …": a link in brackets after a stop, before a
    // capitalised word, opens the next sentence
    if (LINK_BRACKET.test(text.slice(k, k + 80))) isEnd = true;
    else if (run === '.' && !bracketed) {
      const word = lastWord(text, from, i);
      const listMarker = i - word.length === from && /^\d{1,3}$/.test(word); // "1. Apples"
      const kind = periodKind(word);
      isEnd =
        (!listMarker && periodEnds(kind, text.slice(k, Math.min(to, k + 60)))) ||
        (kind === 'ambiguous' &&
          isLegalForm(word.toLowerCase()) &&
          namedSubjectOpens(text.slice(k, Math.min(to, k + 60)))) ||
        // (a quotation closed right after the stop is no post going on in lower case: `… the budget." said former
        // state Treasurer David Rousseau`, Dragnet page on New Jersey's budget, blind round 946)
        (kind === 'word' &&
          !QUOTE_CLOSE.test(text.slice(j, end)) &&
          casualStop(text, from, i, word, k, to));
    } else if (/[?!]/.test(run) || run === '.' || !trailsOff(text, from, i)) {
      const next = wordAt(text, k, to);
      isEnd =
        (/^[\p{Lu}\p{N}]/u.test(next) ||
          HANDLE.test(text.slice(k, k + 2)) ||
          (run === DANDA && /^\p{Lo}/u.test(next)) ||
          QUOTE_OPEN.test(text[k]!)) &&
        !(QUOTE_CLOSE.test(text.slice(j, end)) && reportingClauseAt(text, k));
    }
    // `… as planned." ((pt))Portuguese language: …`: after a stop the original opens a sentence of its own
    // (without a stop it stays in the English one: `a "fresh start" ((de))German language: …`)
    if (!isEnd && text[k] === '(' && text[k + 1] === '(')
      isEnd = ORIGINAL_MARKER.test(text.slice(k, k + 40));
    // "… when leaders of the seven meet in Venice this June. reuter": the wire's sign-off closing a paragraph stands
    // apart, in lower case as in capitals (Reuters-21578, rounds 1256 and 1259)
    if (!isEnd && text.charCodeAt(k) === 0x72) isEnd = WIRE_SIGN_OFF.test(text.slice(k, to));
    if (isEnd && closingTags(text, k, to)) isEnd = false;
    if (isEnd) ends.push(end);
    i = (isEnd ? opened : end) - 1;
  }
  const more = [...quotationEnds(text, from, to), ...originalEnds(text, from, to)].filter(
    (e) => !ends.includes(e),
  );
  return more.length ? [...ends, ...more].sort((a, b) => a - b) : ends;
}

// letters of the scripts Wikinews' originals come in other than Latin
const OTHER_LETTER = String.raw`[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Devanagari}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Greek}]`;
// a word in such a script, then a space and a capitalised Latin word: the original ends, English goes on
const SCRIPT_TO_LATIN = new RegExp(String.raw`${OTHER_LETTER}(?=[ \u00a0]+\p{Lu}\p{Ll})`, 'gu');
const OTHER_SCRIPT = new RegExp(OTHER_LETTER, 'u');

/**
 * `… with his phone currently off." ((ko))Korean language: 4~5시간 … 꺼져 있다 Park's phone was last active …`
 * (Wikinews, blind round 1694): the original of a translated quotation, given with no stop of its own, ends where the
 * English sentence after it starts. Only after Wikinews' marker of an original in the same stretch of text.
 */
function originalEnds(text: string, from: number, to: number): number[] {
  // (looked for inside [from, to) only: this runs for every paragraph, and most hold no marker)
  const found = text.slice(from, to).indexOf('((');
  const marker = found < 0 ? -1 : from + found;
  if (marker < 0 || !ORIGINAL_MARKER.test(text.slice(marker, marker + 40))) return [];
  const out: number[] = [];
  SCRIPT_TO_LATIN.lastIndex = marker;
  for (let m = SCRIPT_TO_LATIN.exec(text); m && m.index < to; m = SCRIPT_TO_LATIN.exec(text)) {
    // (English words set in the original, "जैसे कि Ration card हो", are no English sentence: the one after the
    // original is in Latin letters up to its stop)
    const at = m.index + m[0].length;
    const stop = text.slice(at, to).search(/[.!?](?:\s|$)/);
    if (!OTHER_SCRIPT.test(text.slice(at, stop < 0 ? to : at + stop))) out.push(at);
  }
  return out;
}

// a name of one or two words, or a name's possessive and a name, then a finite verb a sentence's subject takes
const NAMED_SUBJECT =
  /^(\p{Lu}\p{Ll}+)(?:(?:'s|’s)?\s+\p{Lu}\p{Ll}+)?\s+(?:will|would|is|was|has|had|said|says|told|added)\b/u;

/**
 * "… to succeed Lennox as chairman of Navistar International Corp. Lennox will retire March 31.", "… include
 * Biotechnology General Corp. Roche's Doorley said …" (Reuters-21578, rounds 1436 and 1474): after a company's
 * legal form a name and a finite verb open a sentence, as a word that opens sentences does after it ("Corp. The"). A
 * title before the name goes on with the company's name ("Navistar Corp. President Smith said").
 */
function namedSubjectOpens(rest: string): boolean {
  const m = NAMED_SUBJECT.exec(rest);
  return !!m && !isTitle(m[1]!.toLowerCase());
}

/** How many straight double marks stand in text[from, to). */
function straightMarks(text: string, from: number, to: number): number {
  let marks = 0;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 0x22) marks++;
  return marks;
}

// (constants: a pattern written inline is a new object on every test)
const GLUED_NEXT = /^\p{Lu}\p{Ll}+(?![\p{L}\p{N}.])/u;
const PLAIN_WORD = /^\p{L}\p{Ll}+$/u;

/**
 * A plain word before the stop (no abbreviation: periodKind) and a capitalised word of lower-case letters glued
 * after it: "… to become law.Republicans are …", and in copy whose paragraphs ran together, "… pulled bodies from the
 * sea."My heart is …", "… in Jakarta.The search …" (newspaper test pages, blind rounds 839 and 940).
 */
function gluedStart(text: string, from: number, stop: number, next: number): boolean {
  const word = lastWord(text, from, stop);
  return (
    GLUED_NEXT.test(text.slice(next, next + 24)) &&
    PLAIN_WORD.test(word) &&
    periodKind(word) === 'word'
  );
}

/**
 * `"i've been saying this FOR YEARS! @jamesgunn is one of …`: inside a quotation of a post written in lower case, a
 * plain word's full stop before a lower-case word ends the sentence, as a capital would show in edited prose ("…
 * both professionally & personally. there are so many people …"). An abbreviation is no plain word (periodKind).
 */
function casualStop(
  text: string,
  from: number,
  stop: number,
  word: string,
  k: number,
  to: number,
): boolean {
  if (!/^\p{Ll}{3,}$/u.test(word) || !/^\p{Ll}/u.test(wordAt(text, k, to))) return false;
  let straight = 0;
  let curly = 0;
  for (let c = from; c < stop; c++) {
    const ch = text[c];
    if (ch === '"') straight++;
    else if (ch === '\u201c') curly = 1;
    else if (ch === '\u201d') curly = 0;
  }
  return straight % 2 === 1 || curly === 1;
}

/**
 * `… a poor decision.“ However, …`: in the low-high style a “ glued to the stop and followed by a space closes the
 * quotation, so the sentence ends after it (as quotes/marks.ts reads the same mark).
 */
function lowClose(text: string, at: number, to: number): boolean {
  return text[at] === '\u201c' && (at + 1 >= to || spaceAt(text, at + 1));
}

/**
 * `… the beginning of peace in the homes of the community. " A spokesman said`: a straight double mark after a stop
 * and a space, with a space after it, closes the quotation still open in the paragraph (an odd count of marks
 * before it), so the sentence ends after it and the next one does not open with a stray mark.
 */
function strayClose(text: string, from: number, stop: number, end: number, to: number): number {
  if (end !== stop) return end;
  let s = end;
  while (s < to && INLINE_SPACE.test(text[s]!)) s++;
  if (s === end || s >= to || text[s] !== '"' || !(s + 1 >= to || spaceAt(text, s + 1))) return end;
  return straightMarks(text, from, stop) % 2 === 1 ? s + 1 : end;
}

/**
 * `… so openly.' "` and `… tomorrow.'\u2009"`: a quotation nested at the end of another closes with its own mark,
 * then the outer one after a space. A double closing mark after inline space, with space or the paragraph's end
 * after it, cannot open a quotation, so it belongs to the sentence that just ended.
 */
function spacedOuterClose(text: string, stop: number, end: number, to: number): number {
  if (!QUOTE_CLOSE.test(text.slice(stop, end))) return end;
  let s = end;
  while (s < to && INLINE_SPACE.test(text[s]!)) s++;
  if (s === end || s >= to || (text[s] !== '"' && text[s] !== '\u201d')) return end;
  return s + 1 >= to || spaceAt(text, s + 1) ? s + 1 : end;
}

/**
 * `… them! #MAGA"  MAGA stands for`: the closing mark of a quotation that holds sentences of its own ends the
 * sentence even without a stop just before it, when a capitalised word follows that is no reporting clause.
 */
function quotationEnds(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  let open = -1;
  for (let c = from; c < to; c++) {
    const code = text.charCodeAt(c);
    if (code !== 0x22 && code !== 0x201c && code !== 0x201d) continue; // only quote marks matter
    const ch = text[c]!;
    if (ch === '\u201c' || (ch === '"' && open < 0)) {
      open = c;
      continue;
    }
    if (ch !== '"' && ch !== '\u201d') continue;
    const inner = open < 0 ? '' : text.slice(open + 1, c);
    open = -1;
    // `… so far," Smith told the press`: a comma before the closing mark hands the quotation to what follows
    const handsOn = text[c - 1] === ',';
    if (
      !/[.!?]\s+\S/.test(inner) ||
      handsOn ||
      isTerminal(text[c - 1]) ||
      CLOSER.test(text[c - 1]!)
    )
      continue;
    let k = c + 1;
    if (k >= to || !spaceAt(text, k)) continue;
    while (k < to && spaceAt(text, k)) k++;
    if (k < to && UPPER_START.test(wordAt(text, k, to)) && !reportingClauseAt(text, k))
      out.push(c + 1);
  }
  return out;
}

/**
 * Whether only opening quotation marks, brackets and spaces stand between the start of the paragraph at `from`, or a
 * stop before them, and `at`.
 */
function opensSentence(text: string, from: number, at: number): boolean {
  let p = at;
  while (p > from && OPENING.test(text[p - 1]!)) p--;
  return (
    p === from || (p < at && /[.!?]["'\u201d\u2019]?$/.test(text.slice(Math.max(from, p - 2), p)))
  );
}

/** An ellipsis after "of", "the", "to" … leaves words out of one sentence: "the rule of ... Australia". */
function spacedElision(text: string, from: number, at: number, after: number, to: number): boolean {
  if (at - 2 < from || after >= to || text[at - 1] !== ' ' || text[after] !== ' ') return false;
  // (after a stop it opens the next sentence instead: "… the church. ... The next day")
  return /[\p{L}\p{N},;]/u.test(text[at - 2]!);
}

function trailsOff(text: string, from: number, at: number): boolean {
  let p = at;
  while (p > from && spaceAt(text, p - 1)) p--;
  return CONNECTIVES.has(lastWord(text, from, p).toLowerCase());
}

function lastWord(text: string, from: number, to: number): string {
  let s = to;
  while (s > from && !spaceAt(text, s - 1)) s--;
  return text.slice(s, to);
}
