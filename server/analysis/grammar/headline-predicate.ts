import type { Token } from './token.ts';
import { firstFrom, lastBy } from './token-search.ts';

// what may stand before the quotation: the headline's subject ("Chinese dam firm", "Da Vinci Code"), maybe a copula
const SUBJECT_POS = /^(?:DET|ADJ|NOUN|PROPN|NUM|PART|PRON)$/;
// what may follow it: the predicate's object or phrase ("'to cut' 45,000 jobs", "'aware' of WorldCom fraud")
const AFTER_POS = /^(?:DET|ADJ|NOUN|PROPN|NUM|ADP|PART|PUNCT|CCONJ|ADV|PRON)$/;
// what makes the quotation a predicate rather than a noun phrase: a verb, an adjective, a negation, a preposition
const PREDICATE_POS = /^(?:VERB|AUX|ADJ|ADV|PART|ADP)$/;
// a copula, or the "to" of a headline's future ("Pop band Busted to 'take a break'"), may stand between them
const LINK = /^(?:is|are|was|were|to)$/;

/**
 * "Chinese dam firm 'defies Beijing'", "Hague 'given up' his PM ambition", "Economy 'strong' in election year",
 * "Da Vinci Code is 'lousy history'": a headline whose predicate stands inside a short quotation, after its subject,
 * with no verb of the writer's own outside it, gives someone's claim in their words (news headlines drop the "says").
 * Not a quotation qualifying the next word ("SA unveils 'more for all' budget"), one after the writer's own verb
 * ("Venezuela identifies 'idle' farms", "Bush to get 'tough'"), or a quoted noun alone ("Aviator 'creator' in …").
 * `openAt` and `closeAt` are the offsets of the quotation's marks in the headline.
 */
export function carriesHeadlinePredicate(
  tokens: readonly Token[],
  openAt: number,
  closeAt: number,
): boolean {
  // The words before, inside and after the quotation are runs of the headline's words (tokens ascend), found by
  // binary search and read in place: a paste with no line break is one headline of thousands of quotations, asked
  // about once each, and copying all the words around each one made the analysis quadratic in the text's length.
  const beforeEnd = lastBy(tokens, openAt) + 1;
  const insideFrom = firstFrom(tokens, openAt + 1);
  const insideEnd = lastBy(tokens, closeAt) + 1;
  if (beforeEnd === 0 || insideEnd <= insideFrom) return false;
  const inside = tokens.slice(insideFrom, insideEnd);
  const end = tokens[beforeEnd - 1]!;
  // (the tagger reads "to" before a quotation mark as a preposition: the verb after it shows it is the infinitive's)
  const opening = inside.find((t) => t.pos !== 'PUNCT');
  const link =
    LINK.test(end.lower) && (end.lower !== 'to' || /^(?:VERB|AUX)$/.test(opening?.pos ?? ''));
  // the subject: the words before, less the link
  const subjectEnd = link ? beforeEnd - 1 : beforeEnd;
  if (subjectEnd === 0) return false;
  const subject = (k: number): Token | undefined => (k < subjectEnd ? tokens[k] : undefined);
  // "Soaring oil", "Call centre users": a participle before a noun modifies it, and a "verb" after an adjective or a
  // determiner is a noun the tagger misread ("digital divide"); any other verb is the writer's own
  // … and so are the pieces of a hyphened noun ("steel sell-off")
  let ownVerb = false;
  for (let k = 0; k < subjectEnd && !ownVerb; k++) {
    const t = tokens[k]!;
    ownVerb =
      !SUBJECT_POS.test(t.pos) &&
      !(t.pos === 'VERB' && /^(?:NOUN|PROPN|ADJ)$/.test(subject(k + 1)?.pos ?? '')) &&
      !(t.pos === 'VERB' && /^(?:ADJ|DET)$/.test(subject(k - 1)?.pos ?? '')) &&
      !hyphened(subject, k);
  }
  const last = subjectEnd - 1;
  const noun =
    /^(?:NOUN|PROPN|PRON|NUM)$/.test(tokens[last]!.pos) ||
    hyphened(subject, last) ||
    /^(?:ADJ|DET)$/.test(subject(last - 1)?.pos ?? '');
  if (ownVerb || !noun) return false;
  for (let k = firstFrom(tokens, closeAt + 1); k < tokens.length; k++)
    if (!AFTER_POS.test(tokens[k]!.pos) && !gerundAsNoun(tokens, k)) return false;
  // (the quotation's own marks and hyphens are punctuation, not words)
  const words = inside.filter((t) => t.pos !== 'PUNCT');
  if (words.length === 0) return false;
  // "Indonesia 'declines debt freeze'": the tagger reads a headline's verb in -s before its object as a plural noun
  // … and a lone participle in -ing as a noun ("Global digital divide 'narrowing'")
  const verbInS = words.length > 1 && words[0]!.pos === 'NOUN' && /[^s]s$/.test(words[0]!.lower);
  const progressive = words.length === 1 && words[0]!.lower.endsWith('ing');
  return link || verbInS || progressive || words.some((t) => PREDICATE_POS.test(t.pos));
}

/** A piece of a hyphened word: the hyphen itself or a word touching one ("sell-off", "tie-up"), `at` giving the words. */
function hyphened(at: (k: number) => Token | undefined, k: number): boolean {
  const t = at(k)!;
  if (t.lower === '-') return true;
  const prev = at(k - 1);
  const next = at(k + 1);
  return (
    (prev?.lower === '-' && prev.end === t.start) || (next?.lower === '-' && next.start === t.end)
  );
}

/**
 * "Tillerson 'offended' by claims of State Department's hollowing out": a word in -ing after a possessive, "of" or a
 * determiner names an act, a noun of the phrase after the quotation, not a verb of the writer's own.
 */
function gerundAsNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  return (
    t.pos === 'VERB' &&
    t.lower.endsWith('ing') &&
    !!prev &&
    (prev.pos === 'PART' || prev.pos === 'DET' || prev.lower === 'of')
  );
}
