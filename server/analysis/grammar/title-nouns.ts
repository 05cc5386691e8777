import { OCCUPATIONS, PERSON_DESCRIPTORS, SUBJECT_EPITHETS } from '../lexicon/occupations.ts';
import { TITLES } from '../lexicon/people.ts';
import { retagged, type Token } from './token.ts';

// what may stand before a verb with a name as its object: its subject pronoun, an auxiliary, "to", an adverb
const VERB_CONTEXT = /^(?:PRON|AUX|PART|ADV)$/;

/**
 * "Skipper Steven Gerrard said", "Reds skipper Steven Gerrard also revealed": wink-nlp tags a title that is also a
 * verb ("skipper", "coach", "host") as the verb when a name follows, so the subject walk stops at it and the report is
 * lost. In its bare form before a name, with no pronoun, auxiliary or "to" before it ("they coach Ann Lee", "to host
 * Tom Reyes"), such a word is the title. A new array and new tokens only when a sentence has one.
 */
export function retagTitleNouns(tokens: Token[]): Token[] {
  const misread = (i: number) => titleAsVerb(tokens, i) || modifierAsVerb(tokens, i);
  if (!tokens.some((_, i) => misread(i))) return tokens;
  return tokens.map((t, i) => (misread(i) ? retagged(t, 'NOUN', t.lower) : t));
}

/**
 * "Double try scorer Martyn Williams was keen …": a bare verb before a noun of one who does something ("scorer",
 * "holder") that stands right before a name modifies that noun, as "try" in "try scorer"; read as the verb, it ends
 * the subject at "Double". Not after a pronoun, an auxiliary or "to" ("they help manager Tom Reyes").
 */
function modifierAsVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const noun = tokens[i + 1];
  if (t.pos !== 'VERB' || t.lemma !== t.lower || noun?.pos !== 'NOUN') return false;
  if (!/(?:er|or)$/.test(noun.lower) || tokens[i + 2]?.pos !== 'PROPN') return false;
  const prev = tokens[i - 1];
  return !!prev && !VERB_CONTEXT.test(prev.pos) && prev.pos !== 'NOUN';
}

function titleAsVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'VERB' || t.lemma !== t.lower || tokens[i + 1]?.pos !== 'PROPN') return false;
  const title =
    TITLES.has(t.lower) ||
    OCCUPATIONS.has(t.lower) ||
    SUBJECT_EPITHETS.has(t.lower) ||
    PERSON_DESCRIPTORS.has(t.lower);
  if (!title) return false;
  const prev = tokens[i - 1];
  return !prev || !VERB_CONTEXT.test(prev.pos);
}
