import type { Document, ItsFunction } from 'wink-nlp';
import { its } from './nlp.ts';
import { UPPER_START } from './letters.ts';
import { listsOf } from '../lexicon/word-lists.ts';

/**
 * One word of the sentence as wink-nlp tagged it, with its offsets in the sentence text. Read-only: answers about a
 * word are kept per sentence (grammar/verbs.ts), so a repair makes a new token instead of changing one.
 */
export interface Token {
  readonly lower: string;
  readonly lemma: string;
  readonly pos: string;
  readonly start: number;
  readonly end: number;
  /**
   * The InList bits of the hot word lists that hold `lower` or `lemma` (lexicon/word-lists.ts), set when the token is
   * made (`tokensOf`, `makeToken`, `retagged`) so passes over every word test a bit instead of each looking the word
   * up; read them with `inList`.
   */
  readonly lists: number;
}

/**
 * Every token is made by this constructor (`makeToken`, `retagged`, `tokensOf`), so all share one hidden class (see
 * `retagged`). A constructor, not an object literal: V8 watches how long each literal's objects live, and seeing the
 * parse's tokens outlive the young generation's collections it had tokensOf's literal allocate in the old generation
 * ("pretenuring"), where making the seed article's tokens took about three times as long; V8 keeps no such record
 * for objects made by `new`.
 */
class TokenRecord implements Token {
  declare readonly lower: string;
  declare readonly lemma: string;
  declare readonly pos: string;
  declare readonly start: number;
  declare readonly end: number;
  declare readonly lists: number;

  constructor(
    lower: string,
    lemma: string,
    pos: string,
    start: number,
    end: number,
    lists: number,
  ) {
    // (the fields in the interface's order)
    const self = this as { -readonly [K in keyof Token]: Token[K] };
    self.lower = lower;
    self.lemma = lemma;
    self.pos = pos;
    self.start = start;
    self.end = end;
    self.lists = lists;
  }
}

/**
 * A token as the parse and its repairs make one, with its word lists worked out: every token is made here, by
 * `retagged` or by `tokensOf` (from the words it keeps), by one constructor (see `TokenRecord`).
 */
export function makeToken(
  lower: string,
  lemma: string,
  pos: string,
  start: number,
  end: number,
): Token {
  return new TokenRecord(lower, lemma, pos, start, end, listsOf(lower, lemma));
}

/**
 * `t` with new tags, as `{ ...t, pos, lemma }` would make it. Every repair makes its tokens here, by the one
 * constructor: V8 gives each spread site's objects a hidden class of its own, and a word's fields read across a
 * dozen classes (one per repair) made the property reads everywhere in the analysis polymorphic.
 */
export function retagged(
  t: Token,
  pos: string,
  lemma: string = t.lemma,
  lower: string = t.lower,
): Token {
  // (the lists hang on the word and its lemma only: a new tag keeps them)
  const lists = lower === t.lower && lemma === t.lemma ? t.lists : listsOf(lower, lemma);
  return new TokenRecord(lower, lemma, pos, t.start, t.end, lists);
}

/**
 * True when the list named by `bit` (an InList bit, lexicon/word-lists.ts) holds the token's word or lemma, as the
 * list's own look-up would answer; with several bits (`InList.A | InList.B`), when any of those lists does. False for
 * no token.
 */
export function inList(t: Token | undefined, bit: number): boolean {
  return t !== undefined && (t.lists & bit) !== 0;
}

/** wink-nlp's lemma of token `i` (read on use: `its` loads the language model). */
function winkLemma(tokens: ReturnType<Document['tokens']>, i: number): string | undefined {
  // wink-nlp's typings give `its.lemma` an addons parameter that `out` does not accept; it works at run time.
  return tokens.itemAt(i).out(its.lemma as unknown as ItsFunction<string>);
}

// What a word as written and tagged so comes to in a token: its lower case, wink-nlp's lemma and the word lists that
// hold them
interface Word {
  readonly lower: string;
  readonly lemma: string;
  readonly lists: number;
}

// The words met, by tag and then by word as written. wink-nlp's lemma of a word is read from its lexicon entry for
// the word (one per spelling) and the tag, or made by its lemmatizer from the same two: the same word with the same
// tag always gets the same lemma, so a word met before is not lemmatized again, nor lower-cased and looked up in the
// word lists (wink-nlp's lemmatizing was about 2.8% of an analysis; most words of an article recur, and those of the
// next article too). A contraction's part ("ca", "n't") is the exception: its lemma is kept on the token by the
// expansion it stood for, so it is always asked. Bounded: cleared when full.
const wordsByTag = new Map<string, Map<string, Word>>();
let wordsKept = 0;
const WORDS_LIMIT = 50_000;

function wordFrom(tokens: ReturnType<Document['tokens']>, i: number, value: string): Word {
  const lower = value.toLowerCase();
  const lemma = winkLemma(tokens, i) ?? lower;
  return { lower, lemma, lists: listsOf(lower, lemma) };
}

/** Token `i` of `tokens`, tagged `pos` and written `value`, as a Word. */
function wordOf(
  tokens: ReturnType<Document['tokens']>,
  i: number,
  value: string,
  pos: string | undefined,
  contracted: boolean,
): Word {
  if (contracted || pos === undefined) return wordFrom(tokens, i, value);
  let byWord = wordsByTag.get(pos);
  if (!byWord) wordsByTag.set(pos, (byWord = new Map()));
  let word = byWord.get(value);
  if (!word) {
    word = wordFrom(tokens, i, value);
    if (++wordsKept > WORDS_LIMIT) {
      wordsByTag.clear();
      wordsKept = 0;
    }
    byWord.set(value, word);
  }
  return word;
}

/** Reads the parsed sentence into tokens with character offsets (wink-nlp keeps values, not offsets). */
export function tokensOf(text: string, doc: Document): Token[] {
  const tokens = doc.tokens();
  const values = tokens.out();
  const pos = tokens.out(its.pos) as string[];
  const contracted = tokens.out(its.contractionFlag) as boolean[];
  const out: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const at = text.indexOf(value, cursor);
    const start = at === -1 ? cursor : at;
    const end = at === -1 ? cursor : at + value.length;
    cursor = end;
    const { lower, lemma, lists } = wordOf(tokens, i, value, pos[i], contracted[i] === true);
    out.push(new TokenRecord(lower, lemma, pos[i] ?? 'X', start, end, lists));
  }
  return out;
}

/** A possessive ending as the tagger splits it off ("Trump’s" → "Trump" + "’s"), straight or curly apostrophe. */
export function isPossessiveMark(t: Token | undefined): boolean {
  return t?.lower === "'s" || t?.lower === '’s';
}

/**
 * A word with a past participle's regular ending, "-ed" or "-en" ("released", "written"): the one spelling of it
 * the rules share. Callers that also take an irregular participle ("shown", "done") name it beside this.
 */
export function participleShaped(lower: string): boolean {
  return lower.endsWith('ed') || lower.endsWith('en');
}

/** A participle's shape, present or past ("reporting", "released", "written"): -ing, or participleShaped. */
export function participleOrGerundShaped(lower: string): boolean {
  return lower.endsWith('ing') || participleShaped(lower);
}

/**
 * The stems a past form in -d or -ed may be spelled from, its lemma unknown: "alleged" → "allege", "alleg", "alle";
 * "admitted" → "admitte", "admitt", "admit". A caller keeps the one its word list holds.
 */
export function pastStems(lower: string): string[] {
  return [lower.slice(0, -1), lower.slice(0, -2), lower.slice(0, -3)];
}

/** A verb with a past participle's ending ("released", "written"): the tagger's VERB with -ed or -en. */
export function isPastParticiple(t: Token | undefined): boolean {
  return t?.pos === 'VERB' && participleShaped(t.lower);
}

/**
 * "Ana Ruiz branded the marchers …", "Lai smuggled in cars": the tagger reads a past tense right after a name or a
 * pronoun as an adjective. True for an -ed word tagged ADJ after `prev`, a name or a pronoun (with `pronouns`, only
 * one of those words).
 */
export function isPastAfterName(
  t: Token,
  prev: Token | undefined,
  pronouns?: ReadonlySet<string>,
): boolean {
  if (t.pos !== 'ADJ' || !t.lower.endsWith('ed') || !prev) return false;
  return prev.pos === 'PROPN' || (pronouns ? pronouns.has(prev.lower) : prev.pos === 'PRON');
}

/** "al-Megrahi", "full-back": a hyphen at `k` glued to the words on both sides joins one word, it ends no phrase. */
export function innerHyphen(tokens: readonly Token[], k: number): boolean {
  // (past either end of the sentence there is no hyphen: "tenuous at best" may close a headline with no stop)
  const t = tokens[k];
  return t?.lower === '-' && tokens[k - 1]?.end === t.start && tokens[k + 1]?.start === t.end;
}

/**
 * True when the character at `at` changes when lower-cased (a capital: "P", "Ł"), as `c !== c.toLowerCase()` says;
 * false past the text's end. An ASCII character by its code, without making a one-letter string and lower-casing
 * it: name readers ask this of every word.
 */
export function lowersAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code >= 65 && code <= 90;
  const c = text[at] ?? '';
  return c !== c.toLowerCase();
}

/** True when the token as written starts with a capital letter ("Senate", not "senate"); false for no token. */
export function startsUpper(text: string, t: Token | undefined): boolean {
  if (!t || t.end <= t.start) return false;
  // an ASCII letter by its code, without cutting the word out: this runs on every word of some passes
  const code = text.charCodeAt(t.start);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER_START.test(text.slice(t.start, t.end));
}
