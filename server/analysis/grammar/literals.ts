/**
 * A cheap pre-test for a pattern: some words every match must contain, so a sentence holding none of them is never
 * run through the pattern. Framing and attribution run dozens of phrase patterns on every sentence, and a substring
 * test costs far less than a pattern scan ("\b(?:is|was) (?:widely )?(?:seen|viewed)": no "seen" or "viewed" in the
 * sentence, no match).
 */
export interface Prefilter {
  /** Some of these, or nothing to test (the pattern gets no pre-test: it always runs). */
  any: readonly string[];
  /** True when the test is against the lower-cased text (a case-insensitive pattern). */
  lower: boolean;
}

const PLAIN = /[a-zA-Z0-9 ,'"-]/;
const QUANTIFIER = /^(?:[?*+]|\{\d*(?:,\d*)?\})/;

interface Item {
  /** One plain ASCII character the item matches, or null for anything else (class, escape, group …). */
  char: string | null;
  /** For a group: literals one of which each of its matches contains, or null when there are none. */
  words: string[] | null;
  /** True when the item may match nothing (a `?`, `*` or `{0,…}` quantifier, or a zero-width item). */
  optional: boolean;
  /** True when a quantifier follows (the item may repeat: a literal run ends after it). */
  quantified: boolean;
}

/** Where the class or group opening at `open` ends (the index after its `]` or `)`), stepping over escapes. */
function closing(source: string, open: number): number {
  if (source[open] === '[') {
    let i = open + 1;
    for (; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    return i + 1;
  }
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = closing(source, i) - 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return source.length;
}

/** Splits a pattern at its top-level `|`. */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[' || c === '(') i = closing(source, i) - 1;
    else if (c === '|') (out.push(source.slice(start, i)), (start = i + 1));
  }
  out.push(source.slice(start));
  return out;
}

/** The items of a sequence without top-level `|`. */
function items(source: string): Item[] {
  const out: Item[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    let next = i + 1;
    let char: string | null = null;
    let words: string[] | null = null;
    let zeroWidth = false;
    if (c === '\\') {
      // an escape longer than two characters (\u2019, \p{L}, \k<name>, \1) is not worth reading
      if (/[uxcpPk0-9]/.test(source[i + 1] ?? '')) throw new Error(`literals: escape in ${source}`);
      next = i + 2;
      zeroWidth = source[i + 1] === 'b' || source[i + 1] === 'B';
    } else if (c === '[' || c === '(') {
      next = closing(source, i);
      const opening = source.slice(i, i + 4);
      zeroWidth = /^\(\?<?[=!]/.test(opening);
      if (c === '(' && !zeroWidth) {
        // a named group or inline flags: not read
        if (opening[1] === '?' && opening[2] !== ':')
          throw new Error(`literals: group in ${source}`);
        words = required(source.slice(i + (opening[1] === '?' ? 3 : 1), next - 1));
      }
    } else if (c === '^' || c === '$') zeroWidth = true;
    else if (PLAIN.test(c)) char = c;
    const quantifier = QUANTIFIER.exec(source.slice(next))?.[0] ?? '';
    next += quantifier.length;
    if (quantifier && source[next] === '?') next++; // a lazy quantifier
    const optional =
      zeroWidth || quantifier === '?' || quantifier === '*' || /^\{0?[,}]/.test(quantifier);
    out.push({ char, words, optional, quantified: quantifier !== '' });
    i = next;
  }
  return out;
}

const shortest = (set: string[]) => Math.min(...set.map((s) => s.trim().length));
// A set of literals says more the longer its shortest member is; fewer members cost fewer tests.
const score = (set: string[]) => shortest(set) * 100 - set.length;

/** Literals one of which every match of `source` contains (each alternative's most telling), or null. */
function required(source: string): string[] | null {
  const out: string[] = [];
  for (const alt of alternatives(source)) {
    const candidates: string[][] = [];
    let run = '';
    const endRun = () => {
      if (run.trim()) candidates.push([run]);
      run = '';
    };
    for (const item of items(alt)) {
      if (item.char !== null && !item.optional) {
        run += item.char;
        if (item.quantified) endRun();
        continue;
      }
      endRun();
      if (item.words && !item.optional) candidates.push(item.words);
    }
    endRun();
    let best: string[] | null = null;
    for (const set of candidates) if (!best || score(set) > score(best)) best = set;
    if (!best) return null;
    out.push(...best);
  }
  return out;
}

/**
 * Literals one of which every match of `re` contains: for each alternative, a run of plain characters it
 * requires or the literals of a group it requires. No pre-test (`any` empty) for a Unicode or sticky pattern, or
 * when some required literal would be shorter than three letters.
 */
export function prefilter(re: RegExp): Prefilter {
  const lower = re.flags.includes('i');
  const none = { any: [], lower };
  if (/[uvy]/.test(re.flags)) return none;
  let words: string[] | null;
  try {
    words = required(re.source);
  } catch {
    return none;
  }
  if (!words || shortest(words) < 3) return none;
  return { any: lower ? words.map((s) => s.toLowerCase()) : words, lower };
}

// Three characters as a 15-bit number (five bits each: exact for lower-case letters and space, a clash only costs a
// needless comparison)
const key = (a: number, b: number, c: number) => ((a & 31) << 10) | ((b & 31) << 5) | (c & 31);

// text.startsWith(literal, i) spelt out: a plain loop is much faster for these short literals
function at(text: string, literal: string, i: number): boolean {
  if (i + literal.length > text.length) return false;
  for (let k = 0; k < literal.length; k++)
    if (text.charCodeAt(i + k) !== literal.charCodeAt(k)) return false;
  return true;
}

/**
 * The pre-tests of many patterns at once: one pass over a sentence finds which patterns may match it. Each literal
 * is filed under its first three characters, so the pass looks up every three-character window once instead of
 * searching the sentence for every literal of every pattern.
 */
export class LiteralIndex {
  private readonly always: number[] = [];
  private readonly lowerIndex = new Index();
  private readonly exactIndex = new Index();
  // both kinds of literal in one index, read in one pass over the lower-cased text: a case-sensitive literal is plain
  // ASCII, whose window key and fourth letter are the same in either case (five bits of each code), and is compared
  // with the text as written at the same place; a sentence was read twice, once per index
  private readonly bothIndex = new Index();

  constructor(private readonly patterns: readonly RegExp[]) {
    patterns.forEach((re, n) => {
      const test = prefilter(re);
      if (test.any.length === 0) this.always.push(n);
      const index = test.lower ? this.lowerIndex : this.exactIndex;
      for (const literal of test.any) {
        index.add(literal, n, !test.lower);
        this.bothIndex.add(literal, n, !test.lower);
      }
    });
  }

  /** For each pattern, whether the text may match it (false: it surely does not); `lowered` is the text lower-cased. */
  scan(text: string, lowered: string): boolean[] {
    const may = new Array<boolean>(this.patterns.length).fill(false);
    for (const n of this.always) may[n] = true;
    // (one pass when lower-casing kept every character's place, as it does but for a few letters such as "İ")
    if (lowered.length === text.length) this.bothIndex.find(lowered, text, may);
    else {
      this.lowerIndex.find(lowered, lowered, may);
      this.exactIndex.find(text, text, may);
    }
    return may;
  }
}

/** Literals filed under their first three characters, each with the number of its pattern. */
class Index {
  // for each three-character key, 1 + the place of its list in `literals` and `numbers` (0: no literal starts so)
  private readonly byStart = new Uint16Array(1 << 15);
  // one bit per key that has a list (4 KB): most windows of a sentence start no literal, and this answers them from a
  // table small enough to stay in the processor's cache, where `byStart` (64 KB) is read at places far apart
  private readonly starts = new Uint32Array(1 << 10);
  // each list as two arrays side by side, the literals and their patterns' numbers: a pass reads them by index, where
  // [literal, n] pairs were taken apart by the iterator protocol at every window that starts a literal
  private readonly literals: string[][] = [];
  private readonly numbers: number[][] = [];
  // per literal, true when it is compared with the text as written (a case-sensitive pattern's), not lower-cased
  private readonly exact: boolean[][] = [];
  // per list, one bit per fourth character its literals may have (five bits, as the key's; a three-character literal
  // sets them all): many windows open a listed trigram ("the", "ing"), and this turns most away before any literal
  // is compared
  private readonly fourths: number[] = [];

  add(literal: string, n: number, exact: boolean): void {
    const k = key(literal.charCodeAt(0), literal.charCodeAt(1), literal.charCodeAt(2));
    this.starts[k >>> 5]! |= 1 << (k & 31);
    if (this.byStart[k] === 0) {
      this.literals.push([]);
      this.exact.push([]);
      this.fourths.push(0);
      this.byStart[k] = this.numbers.push([]);
    }
    const list = this.byStart[k]! - 1;
    this.literals[list]!.push(literal);
    this.exact[list]!.push(exact);
    this.numbers[list]!.push(n);
    this.fourths[list]! |= literal.length > 3 ? 1 << (literal.charCodeAt(3) & 31) : -1;
  }

  /**
   * Sets `may[n]` for each pattern `n` one of whose literals the text contains: `lowered` is read window by window,
   * each literal compared with it, or with `text` (the same length) when the literal is exact.
   */
  find(lowered: string, text: string, may: boolean[]): void {
    if (this.numbers.length === 0) return;
    let k = key(0, lowered.charCodeAt(0), lowered.charCodeAt(1));
    for (let i = 0; i + 2 < lowered.length; i++) {
      // the window moves one character: drop its first, add the next
      k = ((k << 5) & 0x7fe0) | (lowered.charCodeAt(i + 2) & 31);
      if ((this.starts[k >>> 5]! & (1 << (k & 31))) === 0) continue;
      const list = this.byStart[k]!;
      if (list === 0) continue;
      if ((this.fourths[list - 1]! & (1 << (lowered.charCodeAt(i + 3) & 31))) === 0) continue;
      const literals = this.literals[list - 1]!;
      const numbers = this.numbers[list - 1]!;
      const exact = this.exact[list - 1]!;
      for (let j = 0; j < literals.length; j++) {
        const n = numbers[j]!;
        if (!may[n] && at(exact[j] ? text : lowered, literals[j]!, i)) may[n] = true;
      }
    }
  }
}
