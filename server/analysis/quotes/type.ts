import { ARTICLES, NAMING_SUBJECT_PRONOUNS } from '../lexicon/function-words.ts';
import type { QuoteUnit } from './units.ts';
import {
  innerHyphen,
  isPastAfterName,
  isPossessiveMark,
  participleShaped,
  pastStems,
  type Token,
} from '../grammar/token.ts';
import { firstFrom, lastBy } from '../grammar/token-search.ts';
import { TERM_INTRODUCERS, TERM_NOUNS } from '../lexicon/reporting-verbs.ts';
import type { QuoteType } from '../types.ts';
import { BRANDING_VERBS, JUDGING_VERBS, VIEWING } from '../lexicon/describing-verbs.ts';
import { UPPER_START } from '../grammar/letters.ts';
import { isQuoteChar } from '../grammar/phrases.ts';
import { isNamingAside } from '../grammar/verbs.ts';
import { isPersonNounOrPlural } from '../grammar/person-noun.ts';

const NAMING = new Set([
  'classify',
  'classification',
  'designate',
  'designation',
  'describe',
  'description',
  'call',
  'label',
  'brand',
  'dub',
  'term',
  'see',
  'view',
  'regard',
  'know',
  'consider',
  'refer',
  'define',
  'name',
  'focus',
  'list',
  'treat',
  'characterize',
  'characterise',
  'recognize',
  'recognise',
  'interpret',
  'present',
  'portray',
  'frame',
  'identify',
]);
const SAYING = new Set([
  'say',
  'tell',
  'state',
  'write',
  'add',
  'declare',
  'announce',
  'claim',
  'argue',
  'insist',
  'warn',
  'note',
]);

/** "The IMF said … comparable to … as an ‘economic game changer’": an "as" under a saying verb quotes words. */
function saidBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if (NAMING.has(tokens[k]!.lemma)) return false;
    if (SAYING.has(tokens[k]!.lemma) && tokens[k]!.pos === 'VERB') return true;
  }
  return false;
}

// verbs by which a subject sums something up in its own words: "characterized the call as ‘perfectly fine’",
// "justified the strike as ‘defensive’", "defended the cuts as ‘overdue’", "branded the way the office operated as
// “scandalous”"
// (the judging verbs among them come from the lexicon's list, so that a verb added there counts here too)
const DESCRIBING: ReadonlySet<string> = new Set([
  // ("with analyst Kevin Bonham having declared it on his blog as “Australia's most boring by-election”", Wikinews,
  // blind round 1666: one declares a thing something in one's own words)
  ...'characterize characterise describe refer justify defend brand declare'.split(' '),
  ...JUDGING_VERBS,
]);

// describing verbs whose own object before "as" makes the words after it the subject's description of that object:
// "described the raids as a “cowardly act”" (but "which officials describe as a ‘surge’" has no object of its own,
// and a bare pronoun, "describe it as a ‘surge’", points back to the thing being named, as "which" does)
const OWN_OBJECT = new Set(['describe', 'characterize', 'characterise', 'brand', 'declare']);

/**
 * "justified the strike, which the president approved, as": the comma that closes a relative clause set off after
 * the object, or -1; the walk goes on from the comma before "which".
 */
function relativeOpen(tokens: Token[], comma: number): number {
  for (let k = comma - 1; k >= Math.max(0, comma - 16); k--) {
    const lower = tokens[k]!.lower;
    if (lower === ',') return /^(?:which|who|whom)$/.test(tokens[k + 1]?.lower ?? '') ? k : -1;
  }
  return -1;
}

/** "was described as", "is widely seen as": a form of "be" before the participle, adverbs stepped over. */
function passiveAt(tokens: Token[], verb: number): boolean {
  let k = verb - 1;
  while (k > 0 && tokens[k]!.pos === 'ADV') k--;
  const aux = tokens[k];
  // "has referred to it as" is the subject's own perfect
  return aux?.pos === 'AUX' && !/^(?:has|have|had|'ve|’ve)$/.test(aux.lower);
}

/** A verb of describing or of viewing ("thought of her as"), which the walk back from "as" looks for. */
function describes(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  // ("Tory Dominic Grieve branded the way …": a past tense after a name the tagger read as an adjective; "Vince
  // Cable also branded …": an adverb may stand between; "The minister branded the plan", "has branded Chelsea's
  // complaint": or after a noun or "has", with its object's determiner after it)
  if (t.pos !== 'VERB') {
    const prev = tokens[k - 1]?.pos === 'ADV' ? tokens[k - 2] : tokens[k - 1];
    const past =
      isPastAfterName(t, prev) ||
      (t.pos === 'ADJ' &&
        t.lower.endsWith('ed') &&
        /^(?:NOUN|PROPN|PRON|AUX)$/.test(prev?.pos ?? '') &&
        /^(?:DET|PRON|PROPN)$/.test(tokens[k + 1]?.pos ?? ''));
    return past && (DESCRIBING.has(t.lower.slice(0, -2)) || DESCRIBING.has(t.lower.slice(0, -1)));
  }
  return (
    DESCRIBING.has(t.lemma) ||
    VIEWING.has(t.lemma) ||
    (t.lemma === 'think' && tokens[k + 1]?.lower === 'of')
  );
}

/**
 * "a group referred to as “…”", "a plan described as “…”": a participle right after the noun it describes, with no
 * object of its own before "as", is a passive cut short (a relative clause without "which was"). "Which Ann has
 * referred to as" (a subject and "has" before it) and "Reyes referred to the vote as" (an object) are active.
 */
function reducedPassive(tokens: Token[], verb: number, as: number): boolean {
  const t = tokens[verb]!;
  if (!participleShaped(t.lower)) return false;
  const objectless = as === verb + 1 || (as === verb + 2 && tokens[verb + 1]!.lower === 'to');
  // ("Van Biljon, reportedly often referred to as “The Lion Man”": adverbs, and a comma after the noun, may stand
  // between; a Wikinews article of 2019 among the unlabelled ones read while checking rules)
  let k = verb - 1;
  while (k > 0 && tokens[k]!.pos === 'ADV') k--;
  if (k > 0 && tokens[k]!.lower === ',' && k < verb - 1) k--;
  const before = tokens[k];
  return objectless && !!before && (before.pos === 'NOUN' || before.pos === 'PROPN');
}

function describingAt(tokens: Token[], i: number): number {
  // (ten words: "described the group's founder in March of this year as")
  let budget = 10;
  for (let k = i - 1; k >= 0 && budget > 0; k--, budget--) {
    const t = tokens[k]!;
    if (t.lower === ',' && k === i - 1) {
      const open = relativeOpen(tokens, k);
      if (open > 0) {
        k = open;
        continue;
      }
    }
    if (t.pos === 'PUNCT' && !innerHyphen(tokens, k)) return -1;
    // the tagger may read the object as a verb ("the report"), so look for the describing verb itself;
    // a passive ("was described as", "a group referred to as") describes nothing in its subject's words (-1)
    if (describes(tokens, k)) return passiveAt(tokens, k) || reducedPassive(tokens, k, i) ? -1 : k;
  }
  return -1;
}

/**
 * The active describing verb of the "as" at `as` when the quotation after it is the subject's own words: "Trump
 * attacked the inquiry as ‘Witch Hunt garbage’" (no article), or with an article when the verb has its own object
 * before "as" ("denounced the team's claims as a “national embarrassment”"). Not "which officials describe as a
 * ‘surge’" (the object is the relative pronoun: the words name the thing). -1 when there is none.
 */
function ownWords(tokens: Token[], as: number, beforeQuote: number): number {
  const verb = describingAt(tokens, as);
  if (verb < 0) return -1;
  // a verb of viewing speaks for its subject only with an object of its own before "as" ("thought of the judge
  // as", "sees the law as"); without one the object was moved away ("what many see as"): the words name it
  const lemma = tokens[verb]!.lemma;
  if (lemma === 'think' || VIEWING.has(lemma)) return ownObject(tokens, verb, as) ? verb : -1;
  // "attacked what they described as a “cover-up”": "what" and the verb's own subject before it make the words that
  // subject's, as "what he called a “…”" does (a relative "which" after a noun names the thing: see above)
  if (as === verb + 1 && freeRelativeSubject(tokens, verb)) return verb;
  if (beforeQuote === as) return verb;
  // (only a verb of judging or of describing in one's own words: "referred to the jet as a “cargo plane”" names it,
  // "described the raids as a “cowardly act”" judges them)
  if (as - verb <= 1) return -1;
  if (JUDGING_VERBS.has(lemma)) return verb;
  return OWN_OBJECT.has(lemma) && !(as - verb === 2 && tokens[verb + 1]!.pos === 'PRON')
    ? verb
    : -1;
}

/** "what he described", "what Ms Roe described": "what", then a subject pronoun or a name, right before the verb. */
function freeRelativeSubject(tokens: Token[], verb: number): boolean {
  let k = verb - 1;
  if (NAMING_SUBJECT_PRONOUNS.has(tokens[k]?.lower ?? '')) return tokens[k - 1]?.lower === 'what';
  while (k > 0 && tokens[k]!.pos === 'PROPN' && verb - k <= 3) k--;
  return k < verb - 1 && tokens[k]?.lower === 'what';
}

/** Words between the verb (and the "of" of "think of") and "as": the verb's own object. */
function ownObject(tokens: Token[], verb: number, as: number): boolean {
  const from = tokens[verb + 1]?.lower === 'of' ? verb + 2 : verb + 1;
  return as > from;
}

/** The describing verb whose "as" opens the quotation, when the quotation is its subject's words; else -1. */
export function describingVerb(tokens: Token[], openAt: number): number {
  const beforeQuote = lastBy(tokens, openAt);
  let i = beforeQuote;
  // ("described by the Washington Post as partly “a love story …”": an adverb in -ly may qualify the words)
  // (… and "as having ‘failed’", "as being “unfair”": a form of "have" or "be" opens what is said of the object)
  while (
    i > 0 &&
    (ARTICLES.has(tokens[i]!.lower) ||
      (tokens[i]!.pos === 'ADV' && tokens[i]!.lower.endsWith('ly')) ||
      (/^(?:having|being)$/.test(tokens[i]!.lower) && tokens[i - 1]?.lower === 'as'))
  )
    i--;
  if (tokens[i]?.lower !== 'as') {
    // ("sees himself as Trump's “tag team” partner": a possessor may open the phrase the words stand in)
    if (!(isPossessiveMark(tokens[i]) && /^(?:PROPN|NOUN)$/.test(tokens[i - 1]?.pos ?? '')))
      return -1;
    i -= 2;
    while (i > 0 && ARTICLES.has(tokens[i]!.lower)) i--;
    return tokens[i]?.lower === 'as' ? selfDescribed(tokens, i) : -1;
  }
  const self = selfDescribed(tokens, i);
  return self >= 0 ? self : ownWords(tokens, i, beforeQuote);
}

const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves']);

/**
 * "Martin casts himself as the “eighteenth candidate”", "sees himself as Trump's “tag team” partner": whoever presents
 * themselves as something, by whatever verb, gives the words their own. The verb before the reflexive, else -1.
 */
function selfDescribed(tokens: Token[], as: number): number {
  if (!REFLEXIVES.has(tokens[as - 1]?.lower ?? '')) return -1;
  const verb = tokens[as - 2];
  return verb?.pos === 'VERB' && !passiveAt(tokens, as - 2) ? as - 2 : -1;
}

/**
 * "was described as “reckless” by the attorney general", "was branded “a giveaway” by Democrats": a participle of
 * describing or naming before the quotation and "by" right after its closing mark make the quotation the agent's
 * words, not a label. The index of "by", else -1.
 */
export function agentAfter(tokens: Token[], openAt: number, closeAt: number): number {
  const by = firstFrom(tokens, closeAt + 1);
  if (tokens[by]?.lower !== 'by' || tokens[by + 1]?.pos === 'VERB') return -1;
  let i = lastBy(tokens, openAt);
  while (i >= 0 && (ARTICLES.has(tokens[i]!.lower) || tokens[i]!.lower === 'as')) i--;
  const t = tokens[i];
  if (!t || !participleShaped(t.lower)) return -1;
  // a participle the tagger read as an adjective keeps its own form as lemma ("branded"): its stems are tried too
  const stems = [t.lemma, ...pastStems(t.lower)];
  return stems.some((w) => NAMING.has(w) || DESCRIBING.has(w) || BRANDING_VERBS.has(w)) ? by : -1;
}

/**
 * "what he termed an “unjust” campaign": a naming verb right before the quotation (articles aside) with its subject
 * pronoun right before it gives the words to that subject, as "called" with a subject does, so they are no label;
 * "a program dubbed “…”", "are rated “…”" have no agent. The verb's index, else -1.
 */
export function agentNaming(tokens: Token[], openAt: number): number {
  let i = lastBy(tokens, openAt);
  while (i >= 0 && ARTICLES.has(tokens[i]!.lower)) i--;
  const t = tokens[i];
  if (!t || t.pos !== 'VERB' || !(TERM_INTRODUCERS.has(t.lower) || TERM_INTRODUCERS.has(t.lemma)))
    return -1;
  return NAMING_SUBJECT_PRONOUNS.has(tokens[i - 1]?.lower ?? '') ? i : -1;
}

// verbs that do nothing but give a name (Levin's dub class without its judging members: "term", "call", "brand"
// and "label" also judge, "termed her a “…”" is an insult said; "dub" and "nickname" are a writer's or a critic's
// coinage as often, a view the labels count as reported, so they stay out too)
const GIVING_A_NAME = new Set(['name', 'rename', 'christen', 'codename']);
const CLAUSE_END = new Set(['.', ';', '!', '?']);

/** A verb inside a noun phrase: "to remove", "involving", "that causes", "the beetle found in". */
function insideObject(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  if (t.lower.endsWith('ing') || !prev) return true;
  if (prev.lower === 'to' || /^(?:that|which|who)$/.test(prev.lower)) return true;
  return (prev.pos === 'NOUN' || prev.pos === 'PROPN') && participleShaped(t.lower);
}

/**
 * "named the virus that causes it “…”", "renamed the ward it had opened in May “…”": a verb that only gives a
 * name, reached back across its object (up to twenty words, within the clause, no verb of saying, naming or
 * describing between), makes the quotation the name it gives.
 */
function namesAcross(tokens: Token[], from: number): boolean {
  for (let k = from; k >= 0 && from - k < 20; k--) {
    const t = tokens[k]!;
    if (CLAUSE_END.has(t.lower) || isQuoteChar(t.lower)) return false;
    if (t.pos !== 'VERB') continue;
    if (GIVING_A_NAME.has(t.lemma)) return true;
    // a nearer verb that may own the words itself ("named Ana Roe its chief, a move analysts called “overdue”"), or
    // one of a clause of its own ("named her chair, and she promised “…”"): only the object's own infinitives,
    // participles and relative clauses lie between
    if (SAYING.has(t.lemma) || NAMING.has(t.lemma) || DESCRIBING.has(t.lemma)) return false;
    if (!insideObject(tokens, k)) return false;
  }
  return false;
}

/** True when the words before the opening mark introduce a label: "as a ‘surge’", "so-called", "dubbed", "is called". */
export function hasTermCue(tokens: Token[], openAt: number): boolean {
  let i = lastBy(tokens, openAt);
  const beforeArticles = i;
  while (i >= 0 && ARTICLES.has(tokens[i]!.lower)) i--;
  const t = tokens[i];
  if (!t) return false;
  // ("the Fed said that long-term inflation pressures remained “well contained”", BBC, blind round 1029: a noun hyphened
  // to the word before it, "long-term", "buzz-word", is part of a compound, no word for a term)
  for (let k = Math.max(0, i - 5); k <= i; k++)
    if (TERM_NOUNS.has(tokens[k]!.lower) && !innerHyphen(tokens, k - 1)) return true;
  if (namesAcross(tokens, i)) return true;
  if (t.lower === 'as')
    return (
      !saidBefore(tokens, i) &&
      !(ownWords(tokens, i, beforeArticles) >= 0) &&
      selfDescribed(tokens, i) < 0
    );
  const before = tokens[i - 1];
  if (TERM_INTRODUCERS.has(t.lower) || TERM_INTRODUCERS.has(t.lemma))
    return agentNaming(tokens, openAt) < 0;
  // "called ‘X’" names a thing when nobody is doing the calling: "is called", "so-called"
  // (… or set off after its noun: "The Affordable Care Act, often called "Obamacare," …", isNamingAside)
  if (t.lemma !== 'call' || !before) return false;
  if (before.pos === 'AUX' || before.lower === '-') return true;
  // (… and right after a thing's noun: "tweeted a link to a YouTube video called “Behind the scenes with Kathy
  // Griffin”", a title, BASIL round 1798; "the president called “…”" has a person calling)
  if (t.lower === 'called' && before.pos === 'NOUN' && !isPersonNounOrPlural(before.lower))
    return true;
  return t.lower === 'called' && isNamingAside(tokens, i);
}

/** True when the quoted words of the opening sentence contain a verb, i.e. are a clause, not a label. */
export function isClause(tokens: Token[], unit: QuoteUnit): boolean {
  const part = unit.parts[0]!;
  for (
    let i = firstFrom(tokens, part.start);
    i < tokens.length && tokens[i]!.start <= part.end;
    i++
  ) {
    const t = tokens[i]!;
    if (t.end <= part.end && (t.pos === 'VERB' || t.pos === 'AUX')) return true;
  }
  return false;
}

/**
 * Speech or term: a label cue before a short, verbless quote makes a term; a speaker found by a reporting
 * construction, a clause or four words or more make speech; what is left (a bare short phrase) is a term.
 */
export function quoteType(
  words: number,
  termCue: boolean,
  clause: boolean,
  explicitSpeaker: boolean,
): QuoteType {
  if (termCue && (!clause || words <= 3)) return 'term';
  if (explicitSpeaker) return 'speech';
  if (clause || words >= 4) return 'speech';
  return 'term';
}

/** "Learning Together", "Operation Absolute Resolve": every longer word capitalised, no closing full stop — a name. */
export function isTitleCase(text: string): boolean {
  const words = text.match(/[\p{L}'’]+/gu) ?? [];
  if (words.length < 2 || words.length > 6 || /[.!?,]$/.test(text)) return false;
  return words.every((w, i) => (i > 0 && w.length < 4) || UPPER_START.test(w));
}
