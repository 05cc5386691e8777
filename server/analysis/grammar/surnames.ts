import { retagged, startsUpper, type Token } from './token.ts';
import { nicknamed } from './nicknames.ts';
import { QUOTE_TAG_VERBS, REPORTING_VERBS } from '../lexicon/reporting-verbs.ts';

const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
// months that are also surnames
const MONTH_SURNAMES = new Set(['may', 'june', 'april', 'august']);
const UPPER_START = /^\p{Lu}/u;
const INFLECTED = /(?:s|ed)$/;
// what may stand before a word that opens a sentence: nothing, a sentence's end, a quote mark or a bracket
const OPENING = /^(?:[.!?"“”'‘’(]|\s*)$/u;

/**
 * "Hayley Yelling and Jo Pavey will represent Team GB … “…,” said Yelling.": a surname that is also an English word
 * ("Yelling", "Young", "Hope", "Prior") is tagged a verb, adjective or adverb wherever it stands alone, so "said Yelling" has no
 * speaker. A capitalised word written right after a capitalised proper noun, one space between and a lower-case word
 * or a mark after it, is that person's surname (the test grammar/given-names.ts makes for one sentence); once the
 * article has written it so, its other capitalised uses are the name too: mid-sentence always, and opening a sentence
 * when a verb or a mark follows ("Yelling clinched …", "Yelling, 32, …"). The first line, a headline that may be
 * written in title case ("Johnson Calls For …"), teaches no surname.
 */
export function retagWordSurnames(text: string, tokens: Token[]): Token[] {
  const word = (t: Token) => text.slice(t.start, t.end);
  const headlineEnd = text.indexOf('\n');
  const surnames = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // (verbs and adjectives only: a noun after a name may be a title's head, "Vice President"; but a month is no
    // title: "Guitarist Brian May … May said", "Theresa May")
    const month = (t.pos === 'NOUN' || t.pos === 'AUX') && MONTH_SURNAMES.has(t.lower);
    // ("Liverpool chief executive Rick Parry insists …" … "said Parry": a full name the tagger read right teaches its
    // surname for where it stands alone)
    const named = t.pos === 'PROPN';
    // ("David Prior … Mr Prior remarks": an adverb too)
    // ("Abdullahi Nor, who said …": a conjunction too)
    const misread = t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'ADV' || t.pos === 'CCONJ';
    if ((!misread && !month && !named) || t.start < headlineEnd) continue;
    // (a surname is capitalised, as both tests below ask: most words are not, told by the first letter's code)
    if (!startsUpper(text, t)) continue;
    // ("Brian 'Head' Welch": a nickname between the given name and the surname)
    const nick = nicknamed(text, tokens, i);
    const prev = tokens[nick ? i - 4 : i - 1]!;
    const next = tokens[i + 1];
    if (!nick && taggedAlone(text, tokens, i)) surnames.add(t.lower);
    if (prev.pos !== 'PROPN' || (!nick && prev.end + 1 !== t.start)) continue;
    if (next && UPPER_START.test(word(next))) continue;
    // ("Johnson Wins the vote": a title-case line's inflected verb is no surname)
    if (INFLECTED.test(t.lower)) continue;
    if (CAPITALISED.test(word(t)) && CAPITALISED.test(word(prev))) surnames.add(t.lower);
  }
  if (surnames.size === 0) return tokens;
  let out: Token[] | null = null;
  tokens.forEach((t, i) => {
    // (only the words a name can be misread as: a verb, an adjective, an adverb, a conjunction, a month)
    if (
      t.pos === 'PROPN' ||
      !startsUpper(text, t) ||
      !surnames.has(t.lower) ||
      !CAPITALISED.test(word(t))
    )
      return;
    const conjunction = t.pos === 'CCONJ';
    if (
      t.pos !== 'VERB' &&
      t.pos !== 'ADJ' &&
      t.pos !== 'ADV' &&
      !conjunction &&
      !MONTH_SURNAMES.has(t.lower)
    )
      return;
    const prev = tokens[i - 1];
    const opens = !prev || OPENING.test(word(prev)) || text.slice(prev.end, t.start).includes('\n');
    const next = tokens[i + 1];
    // ("Nor claimed to have …" is the name, "Nor did he …" the conjunction opening an inverted clause)
    const verbNext =
      next && (next.pos === 'VERB' || next.pos === 'PUNCT' || (next.pos === 'AUX' && !conjunction));
    if (opens && !verbNext) return;
    out ??= [...tokens];
    out[i] = retagged(t, 'PROPN', t.lower);
  });
  return out ?? tokens;
}

// an auxiliary or a participle in -ing, which may open a sentence before a participle of saying ("Having said that,
// …", "Being told …")
const OPENING_VERB_FORMS = /^(?:having|being|had|has|have|was|were|is|did|does|do)$|ing$/;

// a verb of saying in a finite form, past or present ("said", "says", "told"), not its bare form or "-ing"
const finiteSaying = (v: Token) =>
  v.pos === 'VERB' &&
  (REPORTING_VERBS.has(v.lemma) || QUOTE_TAG_VERBS.has(v.lemma)) &&
  v.lower !== v.lemma &&
  !v.lower.endsWith('ing');

/**
 * "But when asked …, Parry said: “…”", "“…,” said Parry.": a capitalised word inside a sentence that a finite verb of
 * saying follows, or that follows one before a mark, is a name even where the article never writes it after a given
 * name (BBC round 673 lost its lead, and "Parry" stood alone 20 times, read as the verb "parry"). Only a verb,
 * adjective or adverb is taken (a noun may head a body's name: "Treasury said"); opening a sentence, only a verb right
 * before a finite verb of saying ("Fosters said"), and never an auxiliary or an "-ing" word ("Having said that").
 */
function taggedAlone(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'VERB' && t.pos !== 'ADJ' && t.pos !== 'ADV') return false;
  // (a capital first: most words have none, and this runs on every verb, adjective and adverb)
  if (!startsUpper(text, t)) return false;
  const prev = tokens[i - 1]!;
  const next = tokens[i + 1];
  // ("Fosters said it was in talks": a verb opening a sentence right before a finite verb of saying can be nothing
  // but its subject's name; an adjective there may be a quantifier, "Many said")
  if (
    OPENING.test(text.slice(prev.start, prev.end)) ||
    text.slice(prev.end, t.start).includes('\n')
  )
    return (
      t.pos === 'VERB' &&
      !OPENING_VERB_FORMS.test(t.lower) &&
      CAPITALISED.test(text.slice(t.start, t.end)) &&
      !!next &&
      finiteSaying(next)
    );
  if (
    !CAPITALISED.test(text.slice(t.start, t.end)) ||
    UPPER_START.test(text.slice(prev.start, prev.end))
  )
    return false;
  if (!next) return false;
  return finiteSaying(next) || (finiteSaying(prev) && next.pos === 'PUNCT');
}
