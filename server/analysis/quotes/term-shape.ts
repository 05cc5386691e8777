import { isPossessiveMark, type Token } from '../grammar/token.ts';
import { firstFrom, lastBy } from '../grammar/token-search.ts';
import type { QuoteUnit } from './units.ts';
import { QUOTED_OBJECT_VERBS } from '../lexicon/quoted-object-verbs.ts';
import { LOWER_START, UPPER_START } from '../grammar/letters.ts';

// Shapes of a quotation that make it a name or a label whatever verb stands near it: the guide's term is a name,
// title or word cited as a word, and a source may still be the one who uses it ("Ann Berg spoke on "The Morning
// Round"" names a programme, though Ann Berg spoke).

const NP_OPENERS = new Set(['DET', 'PRON', 'ADJ', 'PROPN', 'NUM']);
const CAPITALISED_CONTENT_WORD = /^\p{Lu}[\p{L}'’-]{3,}$/u;

/**
 * A name or title in title case with at least two capitalised words of four letters or more ("Parents Against
 * Closure", "The Harbour Lights Festival"): a title, not a sentence someone said, even beside a speaker. A short
 * sentence in which only its first word is capitalised ("That is so sad") does not qualify.
 */
export function isNameLike(text: string): boolean {
  // (… nor one that ends in its own stop before the comma its tag follows: "“Go Donald Trump, go!!!,” Matteo Salvini
  // wrote on Facebook", PolNeAR round 1751)
  if (/[.!?],?$/.test(text)) return false;
  const words = text.match(/[\p{L}'’-]+/gu) ?? [];
  // (longer than isTitleCase allows: an event's or a programme's name may run to a short clause)
  if (words.length < 2 || words.length > 10) return false;
  if (!words.every((w, i) => (i > 0 && w.length < 4) || UPPER_START.test(w))) return false;
  return words.filter((w) => CAPITALISED_CONTENT_WORD.test(w)).length >= 2;
}

/**
 * A quoted noun that stands before the noun it modifies, inside one noun phrase: "the "Open Door" policy", "their
 * "buffer zone" status". The quotation ends in a noun, the closing mark is followed by one space and a lower-case
 * common noun: the quoted words are a label inside the writer's phrase, not a fragment of someone's speech. An
 * adjective so quoted ("a "serious" condition") is left alone: it is as often a speaker's own judgement.
 */
export function modifiesNoun(tokens: readonly Token[], text: string, unit: QuoteUnit): boolean {
  if (unit.closeSeg !== unit.openSeg || unit.closeAt < 0) return false;
  if (text[unit.closeAt + 1] !== ' ') return false;
  const next = tokens[firstFrom(tokens, unit.closeAt + 1)];
  if (!next || next.start !== unit.closeAt + 2 || next.pos !== 'NOUN') return false;
  if (!LOWER_START.test(text[next.start] ?? '')) return false;
  const last = tokens[lastBy(tokens, unit.closeAt)];
  if (!last || last.start <= unit.openAt || !(last.pos === 'NOUN' || last.pos === 'PROPN'))
    return false;
  // the phrase began before the quotation ("the", "their", an adjective): not a quotation opening the sentence
  // and interrupted by its speaker (""Our team" lead author Ann Berg said "has …"")
  const before = tokens[lastBy(tokens, unit.openAt)];
  return !!before && (NP_OPENERS.has(before.pos) || isPossessiveMark(before));
}

const HEADLINE_HEADS = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * In a headline, a short quotation set right before the words it qualifies ("Court orders 'unsafe' flats cleared",
 * "after 'gang-linked' shooting") is the writer's scare quote; a headline's quoted speech stands at the end of its
 * verb ("Minister calls plan 'reckless'") or before a conjunction or a verb ("says he 'can' and 'will' act").
 */
export function qualifiesInHeadline(
  tokens: readonly Token[],
  text: string,
  unit: QuoteUnit,
): boolean {
  if (unit.closeSeg !== unit.openSeg || unit.closeAt < 0 || text[unit.closeAt + 1] !== ' ')
    return false;
  // ("Mueller is ‘looking for trouble,’ Trump says cryptically", PTC page, blind round 1004: words closed on a comma
  // are set off from the name after them, a tag's subject)
  if (text[unit.closeAt - 1] === ',') return false;
  // ("Howard attacks 'pay later' Budget": the object of a verb of blame or praise is the subject's words, whatever
  // word it qualifies)
  const verb = tokens[lastBy(tokens, unit.openAt)];
  if (verb?.pos === 'VERB' && QUOTED_OBJECT_VERBS.has(verb.lemma)) return false;
  const next = tokens[firstFrom(tokens, unit.closeAt + 1)];
  return !!next && next.start === unit.closeAt + 2 && HEADLINE_HEADS.has(next.pos);
}

// "— The Daily Courier, March 3, 2009": a dash, the publisher and a year after a quoted title
const CITATION_TAIL = /^\s*[\u2014\u2013-]\s+\S.*\b\d{4}\b/u;

/**
 * A line of a list of sources: a quoted title opening the sentence, then a dash, the publisher and the date
 * (""Flood barrier fails its first test" — The Daily Courier, March 3, 2009"). The title is a work's name, a term;
 * it carries no stop of its own, as a quoted sentence with its speaker after a dash would ("We stay." — Ann Lee).
 */
export function citesWork(text: string, unit: QuoteUnit): boolean {
  if (unit.closeSeg !== unit.openSeg || unit.closeAt < 0) return false;
  if (text.slice(0, unit.openAt).trim() !== '') return false;
  if (/[.!?,]\s*$/.test(text.slice(unit.openAt + 1, unit.closeAt))) return false;
  return CITATION_TAIL.test(text.slice(unit.closeAt + 1));
}

const CAPITALISED = /^\p{Lu}/u;

/**
 * A nickname set between a given name or initials and a surname (Earvin "Magic" Johnson, Maria "Mimi" Vela, C.J.
 * "Pete" Silas): a name, a term.
 * Only a short capitalised quotation with no stop, a capitalised word right before its opening mark and one right
 * after its closing mark.
 */
export function isNickname(text: string, unit: QuoteUnit): boolean {
  if (unit.closeSeg !== unit.openSeg || unit.closeAt < 0) return false;
  const inner = text.slice(unit.openAt + 1, unit.closeAt);
  const words = inner.split(' ');
  if (words.length > 3 || !words.every((w) => CAPITALISED.test(w)) || /[.!?,]$/.test(inner))
    return false;
  const before = /(\S+) $/.exec(text.slice(Math.max(0, unit.openAt - 30), unit.openAt))?.[1];
  const after = /^ (\S+)/.exec(text.slice(unit.closeAt + 1, unit.closeAt + 31))?.[1];
  // (… or between initials and a surname: C.J. "Pete" Silas, Reuters-21578 round 1142)
  const given = !!before && (/^\p{Lu}\p{Ll}/u.test(before) || /^(?:\p{Lu}\.)+$/u.test(before));
  return given && !!after && /^\p{Lu}\p{Ll}/u.test(after);
}
