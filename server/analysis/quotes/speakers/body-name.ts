import { isPossessiveMark, startsUpper, type Token } from '../../grammar/token.ts';
import { BODY_NAMES, isBodyWord, isTitle, LEGAL_FORMS, ORG_WORDS } from '../../lexicon/people.ts';
import { isCommonGivenName } from '../../lexicon/given-names.ts';
import type { SpeakerContext } from './context.ts';
import { runsAt } from './word-index.ts';
import { ANY_CAPITAL, LOWER_START, UPPER_START } from '../../grammar/letters.ts';
import { LINKING_PREPOSITIONS } from '../../lexicon/function-words.ts';

// small words inside one body's name: "Project on Government Oversight", "Centre for the Study of Rivers"
const LINKS = new Set(['of', 'for', 'on', 'and', '&', 'the']);
// links that make a run of capitalised words a body's name rather than a list or a person's name
export const NAMING_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'on']);
// word classes that never carry a name, capitalised or not ("The", "In", "They" opening a sentence)
const CLOSED = new Set([
  'DET',
  'ADP',
  'PRON',
  'CCONJ',
  'SCONJ',
  'AUX',
  'PART',
  'PUNCT',
  'NUM',
  'SYM',
]);
const MAX_WORDS = 6;

/** A capitalised word that may belong to a body's name: no function word, title, given name or possessive. */
function nameWord(text: string, tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !startsUpper(text, t) || CLOSED.has(t.pos) || isPossessiveMark(t)) return false;
  if (isTitle(t.lower, false) || isCommonGivenName(t.lower)) return false;
  // a word that opens the sentence is capitalised whatever it is; only a proper noun counts there
  return k > 0 || t.pos === 'PROPN';
}

/** How far the run of name words and links reaches from `k` in direction `step` (±1): the last name word's index. */
function reach(text: string, tokens: Token[], k: number, step: 1 | -1): number {
  let edge = k;
  let at = k + step;
  for (;;) {
    let p = at;
    while (tokens[p] && LINKS.has(tokens[p]!.lower) && !startsUpper(text, tokens[p])) p += step;
    // a link joins only between two name words, and never in front of the name ("the Sydney …")
    if (p !== at && step === -1 && tokens[at]!.lower === 'the' && p === at - 1) return edge;
    if (!nameWord(text, tokens, p)) return edge;
    edge = p;
    at = p + step;
  }
}

/**
 * "the Sydney Morning Herald" read as "Sydney Morning", "the Project on Government Oversight" read as "Oversight": a
 * speaker that is only ever written in the article as a piece of a longer capitalised name gets that name in full,
 * when the full form is a body's name (it ends in a body word or joins its words with "of", "for" or "on"). A speaker
 * the article also writes on its own ("the Council on Fisheries said" after "the Pacific Council on Fisheries
 * Management") stays as written.
 */
export function fullBodyName(ctx: SpeakerContext, speaker: string): string {
  const words = speaker.split(/\s+/);
  if (words.length > MAX_WORDS || !UPPER_START.test(speaker)) return speaker;
  const lowers = words.map((w) => w.toLowerCase());
  const found = new Set<string>();
  for (const [s, i] of runsAt(ctx, lowers)) {
    const tokens = ctx.tokens[s]!;
    const text = ctx.segments[s]!.text;
    const from = reach(text, tokens, i, -1);
    const to = reach(text, tokens, i + lowers.length - 1, 1);
    found.add(text.slice(tokens[from]!.start, tokens[to]!.end));
  }
  // ("The HRCP calls upon the government …," the Commission said": a body's word alone, capitalised, is a short form of
  // the one longer name the article gave, though the article writes the short form too)
  // (not a body with a one-word name of its own: "The BBC denied …" stays the BBC after "the Academy Awards on the BBC",
  // BBC, blind round 1078)
  if (words.length === 1 && ORG_WORDS.has(lowers[0]!) && !BODY_NAMES.has(lowers[0]!))
    found.delete(speaker);
  if (found.size === 0 || found.has(speaker)) return speaker;
  const longest = [...found].sort((a, b) => b.length - a.length)[0]!;
  if (![...found].every((f) => longest.includes(f))) return speaker;
  const parts = longest.split(/\s+/);
  // "Dodds of Time Magazine points out": a name before "of" and a body's own name is someone of that body
  if (
    words.length === 1 &&
    !isTitle(lowers[0]!) &&
    parts[1] === 'of' &&
    longest.startsWith(speaker + ' of ') &&
    ORG_WORDS.has(parts[parts.length - 1]!.toLowerCase())
  )
    return speaker;
  const bodyLike =
    ORG_WORDS.has(parts[parts.length - 1]!.toLowerCase()) || parts.some((w) => NAMING_LINKS.has(w));
  return bodyLike ? longest : speaker;
}

/**
 * "the Welsh Assembly Government said …" and later "…," said the assembly government: a speaker written in lower
 * case after "the" whose words close exactly one body's name the article wrote capitalised is that body, by its
 * name. A kind alone ("the government") closes many names and stays as written unless the article wrote only one.
 */
export function namedBodyOfDescription(ctx: SpeakerContext, speaker: string): string {
  const m = /^the ((?:\p{Ll}+ ){0,2}\p{Ll}+)$/iu.exec(speaker);
  if (!m || ANY_CAPITAL.test(m[1]!)) return speaker;
  const lowers = m[1]!.split(' ');
  if (!ORG_WORDS.has(lowers[lowers.length - 1]!)) return speaker;
  const found = new Set<string>();
  for (const [s, i] of runsAt(ctx, lowers)) {
    const tokens = ctx.tokens[s]!;
    const text = ctx.segments[s]!.text;
    if (ctx.segments[s]!.kind === 'headline' || !startsUpper(text, tokens[i]!)) continue;
    // (back over name words only: "the Welsh … and the Scottish Assembly Government" holds two names)
    let from = i;
    while (from > 0 && nameWord(text, tokens, from - 1)) from--;
    const last = i + lowers.length - 1;
    // (the description's words close the name: "Assembly Government", not "Assembly Government Office")
    if (nameWord(text, tokens, last + 1)) continue;
    // "A spokeswoman for the Department of Justice … The department has said": the kind opening a body's name,
    // before "of" or "for" and capitalised words, names that whole body
    // (a title's word may stand in the name: "Department of Justice")
    let end = last;
    while (
      /^(?:of|for|and)$/.test(tokens[end + 1]?.lower ?? '') &&
      /^(?:PROPN|NOUN)$/.test(tokens[end + 2]?.pos ?? '') &&
      startsUpper(text, tokens[end + 2])
    )
      end += 2;
    while (end > last && tokens[end + 1]?.pos === 'PROPN' && startsUpper(text, tokens[end + 1]))
      end++;
    found.add(text.slice(tokens[from]!.start, tokens[end]!.end));
  }
  return found.size === 1 ? [...found][0]! : speaker;
}

/**
 * "the Washington-based independent think-tank The Brookings Institution says": a body's name after a lower-case
 * description of it is the speaker; the description is no part of the name. The capitalised words after the last
 * lower-case one, when they end in a body's word; any other speaker comes back as it is.
 */
export function bodyAfterDescription(speaker: string): string {
  const words = speaker.split(' ');
  let last = -1;
  for (let k = 0; k < words.length; k++) if (LOWER_START.test(words[k]!)) last = k;
  if (last < 1 || last >= words.length - 2) return speaker;
  // ("A spokesman for Delta Airlines": a person speaking for the body, who is the speaker)
  if (words.some((w) => LINKING_PREPOSITIONS.has(w))) return speaker;
  const name = words.slice(last + 1);
  if (!name.every((w) => UPPER_START.test(w))) return speaker;
  return isBodyWord(name[name.length - 1]!.toLowerCase()) ? name.join(' ') : speaker;
}

// the three words after a name in the text, and a body's kind written as a word ("Utilities")
const WORDS_AFTER = /^(\S+)(?: (\S+))?(?: (\S+))?/;

const KIND_WORD = /^\p{Lu}\p{Ll}+$/u;

/** A capitalised word for a body's kind ("Utilities", "Fund"), which may stand between a firm's name and its form. */
function isKindWord(word: string | undefined): boolean {
  return (
    word !== undefined &&
    KIND_WORD.test(word) &&
    ORG_WORDS.has(word.toLowerCase()) &&
    legalForm(word) === null
  );
}

/** A capitalised word that may stand in a firm's name: no legal form, title or given name. */
function ownNameWord(word: string | undefined): boolean {
  return (
    word !== undefined &&
    KIND_WORD.test(word) &&
    legalForm(word) === null &&
    !isTitle(word.toLowerCase(), false) &&
    !isCommonGivenName(word.toLowerCase())
  );
}

/** The word as a capitalised legal form, a comma, semicolon or colon after it left off ("Co,", "Corporation"), else null. */
function legalForm(word: string): string | null {
  const bare = word.replace(/[,;:]$/, '');
  return UPPER_START.test(bare) && LEGAL_FORMS.has(bare.toLowerCase()) ? bare : null;
}

/**
 * "UWS operator Haw Par Corporation described Chan as …" then "Haw Par has pledged …": a firm named in full once with
 * its legal form is that full name when the copy drops the form. Returns the full name, or null.
 */
export function legalName(ctx: SpeakerContext, speaker: string): string | null {
  const words = speaker.split(' ');
  if (words.length > 3 || !words.every((w) => UPPER_START.test(w))) return null;
  for (const segment of ctx.segments) {
    let at = segment.text.indexOf(speaker + ' ');
    while (at >= 0) {
      // (a whole word: "Haw Par" inside "Shaw Party" is no mention)
      if (!/\p{L}/u.test(segment.text[at - 1] ?? '')) {
        const after = (WORDS_AFTER.exec(segment.text.slice(at + speaker.length + 1)) ?? []).slice(
          1,
        );
        // ("Gulf States" after "Gulf States Utilities Co", Reuters-21578, round 1325: a body's kind, or two, between
        // the short name and the legal form)
        let kinds = 0;
        while (kinds < 2 && isKindWord(after[kinds])) kinds++;
        // ("Ford" after "Ford Motor Company", Wikinews, blind round 1662: one more word of the firm's own name before
        // its form, for a name of one word)
        if (kinds === 0 && words.length === 1 && ownNameWord(after[0])) kinds = 1;
        const form = after[kinds] === undefined ? null : legalForm(after[kinds]!);
        if (form) return [speaker, ...after.slice(0, kinds), form].join(' ');
      }
      at = segment.text.indexOf(speaker + ' ', at + 1);
    }
  }
  return null;
}
