import { PROSPECT_NOUNS } from '../lexicon/prospect-nouns.ts';
import { POLICY_NOUNS, VIEW_NOUNS } from '../lexicon/report-objects.ts';
import {
  inList,
  innerHyphen,
  isPastAfterName,
  isPossessiveMark,
  participleShaped,
  type Token,
} from './token.ts';
import { InList } from '../lexicon/word-lists.ts';
import { clauseAhead } from './clause-ahead.ts';
import { isNameEndAsVerb, isNp, isQuoteChar } from './phrases.ts';
import { VERDICT_ADJECTIVES } from '../lexicon/verdicts.ts';
import { ESTIMATED_AMOUNTS } from '../lexicon/measures.ts';
import { PLAN_NOUNS, PLAYED_DOWN } from '../lexicon/plans.ts';
import {
  interrogated,
  calledOut,
  blowStruck,
  narratedByWork,
  pleaded,
  rejectedApplication,
  timeThenThat,
  withheld,
  workWritten,
  wroteToOnly,
} from './verb-acts.ts';
import { PLEADED_CRIMES } from '../lexicon/verb-acts.ts';
import {
  ABOUT_WORDS,
  GIVING_VERBS,
  MESSAGE_NOUNS,
  PUTTING_OUT_VERBS,
  RAISED_DOUBTS,
  REPEATING_VERBS,
  TOPIC_MESSAGE_NOUNS,
} from '../lexicon/message-nouns.ts';
import { DATE_NAME, TIME_WORD } from '../lexicon/subject-pieces.ts';
import { PROPOSITION_NOUNS } from '../lexicon/propositions.ts';
import { isSpacedDash } from './spaced-dashes.ts';
import { isPersonNoun } from './person-noun.ts';
import { RULE_BODIES } from '../lexicon/procedures.ts';
import {
  FINDING_REPORTS,
  HELD_VIEWS,
  OPINION_POLLS,
  POLL_STANDINGS,
  STATEMENT_NOUNS,
  SUCCESSION_ROLES,
} from '../lexicon/agents.ts';
import { ORG_WORDS, TITLES } from '../lexicon/people.ts';
import { DOCUMENT_NOUNS } from '../lexicon/documents.ts';
import { NOT_SPEECH_PARTICLES, REPORTING_VERBS, SPEECH_NOUNS } from '../lexicon/reporting-verbs.ts';
import { MODAL_VERBS } from '../lexicon/auxiliaries.ts';
import {
  APPROXIMATORS,
  FLOATING_QUANTIFIERS,
  SUBJECT_PRONOUNS,
} from '../lexicon/function-words.ts';

// a past participle, regular or not ("released", "taken", "done", "conducted")
const participle = (lower: string) => participleShaped(lower) || lower.endsWith('done');

const THAT_VERBS = new Set([
  'find',
  'conclude',
  'discover',
  'determine',
  'rule',
  'decide',
  'learn',
  'propose',
  'show',
  'demonstrate',
  'establish',
]);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);

// the tags of a short subject's words before a closing speech tag ("…, Bank of England figures show.")
const SUBJECT_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);

/**
 * "the report forecast total growth of 3.6%": a speaking subject right before, a figure within five words after; or
 * "that" and a clause after ("The report forecast that there will be 80 million new PC users", "Analysts forecast that
 * sales will rise", BBC round 671).
 */
function forecastFigure(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]!;
  const speaks =
    prev.pos === 'PROPN' ||
    DOCUMENT_NOUNS.has(prev.lower) ||
    ORG_WORDS.has(prev.lower) ||
    (prev.pos === 'NOUN' && isPersonNoun(prev.lemma) && prev.lemma !== prev.lower);
  if (!speaks) return false;
  // (not a relative "that" with its gap right after: "the forecast that was published")
  if (tokens[i + 1]?.lower === 'that') return !/^(?:AUX|VERB)$/.test(tokens[i + 2]?.pos ?? 'AUX');
  for (let k = i + 1; k <= i + 5 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos === 'NUM') return true;
    if (!/^(?:DET|ADJ|NOUN|ADP)$/.test(t.pos)) return false;
  }
  return false;
}

/** "Trump claims he …", "Scientists report two treatments": a subject right before and no verb right after. */
function nounReadAsVerb(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // ("whether", tagged a preposition, opens the clause of "Scientists debate whether")
  const adp = next?.pos === 'ADP' && next.lower !== 'whether';
  // "Critics of the bill point out that …", "Lee points out that …": a verb with its particle, then a clause
  // (two comparisons, not a pattern: this runs on every noun asked about)
  const lower = tokens[i]!.lower;
  // (… or a quotation after a comma or a colon: "Dodds of Time Magazine points out, “…”")
  if (prev && (lower === 'point' || lower === 'points') && next?.lower === 'out') {
    const after = tokens[i + 2]?.lower;
    const quoted = (after === ',' || after === ':') && /^["“]$/.test(tokens[i + 3]?.lower ?? '');
    // (… or what is pointed out, opened by a determiner: "Wells Fargo analyst Zachary Fadem points out a couple of
    // additional reasons investors shouldn't fret", AEB page of Barron's, blind round 920)
    const object = tokens[i + 2]?.pos === 'DET' && after !== 'that';
    return (
      (after === 'that' || quoted || object) &&
      prev.pos !== 'DET' &&
      prev.pos !== 'ADJ' &&
      prev.pos !== 'NUM'
    );
  }
  // "New research claims cutting the limit would save lives": a verb in -s after a singular noun, a gerund opening
  // the clause it reports
  if (
    prev?.pos === 'NOUN' &&
    prev.lemma === prev.lower &&
    next?.pos === 'VERB' &&
    next.lower.endsWith('ing') &&
    /[^s]s$/.test(lower) &&
    REPORTING_VERBS.has(tokens[i]!.lemma) &&
    clauseAfter(tokens, i)
  )
    return true;
  if (!prev || (next && (next.pos === 'VERB' || next.pos === 'AUX' || adp))) return false;
  // "the report forecast total growth of 3.6%", "The OECD forecast a 2% rise": a past "forecast" (written as its
  // plain form) after a body or a document, a figure soon after it, is the body's forecast
  if (lower === 'forecast' && forecastFigure(tokens, i)) return true;
  // "The union, however, claims that …", "Labour, in particular, fears that …": a verb in -s after an aside set off by
  // commas right after its subject, then its clause
  if (
    prev.lower === ',' &&
    /[^s]s$/.test(lower) &&
    REPORTING_VERBS.has(tokens[i]!.lemma) &&
    (next?.lower === 'that' || clauseAfter(tokens, i))
  ) {
    let k = i - 2;
    while (k > 0 && i - k <= 5 && /^(?:ADV|ADP|ADJ|DET|PRON|NOUN)$/.test(tokens[k]!.pos)) k--;
    if (tokens[k]?.lower === ',' && k < i - 2 && /^(?:NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? ''))
      return true;
  }
  // "…, the operator states.": a verb in -s closing the sentence is a speech tag after a comma, its subject a short
  // noun phrase; "a step toward unity among the Andean states." is a plural noun
  if (!next || (next.pos === 'PUNCT' && i + 2 >= tokens.length)) {
    // ("…, Bank of England figures show.": "of" inside a name)
    // (… and a hyphen joining a name's pieces: "…, CBS Buffalo affiliate WIVB-TV reports.", Dragnet page of CBS News,
    // blind round 959)
    let k = i - 1;
    while (
      k >= 0 &&
      k >= i - 6 &&
      (SUBJECT_PHRASE_TAGS.has(tokens[k]!.pos) ||
        tokens[k]!.lower === 'of' ||
        innerHyphen(tokens, k))
    )
      k--;
    const t = tokens[i]!;
    const singular =
      /[^s]s$/.test(t.lower) &&
      (prev.pos === 'PROPN' ||
        (prev.pos === 'NOUN' && prev.lemma === prev.lower) ||
        // ("…, the firm claims.": the tagger reads the noun before the verb as an adjective)
        (prev.pos === 'ADJ' && tokens[i - 2]?.pos === 'DET'));
    // ("…, Bank of England figures show.": a plain form after a plural noun)
    const plural = t.lower === t.lemma && prev.pos === 'NOUN' && prev.lemma !== prev.lower;
    return k < i - 1 && tokens[k]?.lower === ',' && (singular || plural);
  }
  // "Central American states Mexico and Panama attended", "EU member states Spain and Italy": "states" after an
  // adjective of place (American, Baltic, Arab) or "member" and before the names of the states is the plural noun;
  // a name ending like an adjective of place ("Morgan states the fee …") keeps its verb before anything but a name
  if (
    tokens[i]!.lower === 'states' &&
    next?.pos === 'PROPN' &&
    (prev.lower === 'member' ||
      (prev.pos === 'PROPN' && /(?:an|ic|ish|ese|ern|arab)$/.test(prev.lower)))
  )
    return false;
  // "Figures to be published today show a record …", "Results of the trials, published in 1999, show …": a plain
  // present verb after the last modifier of its subject (an adverb, a closing comma), then a clause
  const afterModifier =
    (prev.pos === 'ADV' || prev.lower === ',') &&
    tokens[i]!.lower === tokens[i]!.lemma &&
    // (the word sets first: this runs on many singular nouns after a comma)
    (inList(tokens[i], InList.REPORTING_VERB_LEMMA) || SPECIAL_CASES.has(tokens[i]!.lemma)) &&
    (next?.lower === 'that' || clauseAfter(tokens, i));
  if (afterModifier) return true;
  // "Barclays, which owns the Woolwich, forecast an 8% fall": the verb after a relative clause set off by commas,
  // then its object
  if (
    prev.lower === ',' &&
    /^(?:DET|NUM|PROPN)$/.test(next?.pos ?? '') &&
    tokens[i]!.lower === tokens[i]!.lemma &&
    REPORTING_VERBS.has(tokens[i]!.lemma) &&
    closesRelativeClause(tokens, i - 1)
  )
    return true;
  // "Some claim the plane was headed south", "Many argue that …": a quantifier standing for people opens the clause,
  // and the plain form after it, with a clause after that, is their verb
  const opens = i === 1 || /^(?:PUNCT|CCONJ)$/.test(tokens[i - 2]?.pos ?? '');
  if (
    opens &&
    /^(?:some|many|others|most)$/.test(prev.lower) &&
    tokens[i]!.lower === tokens[i]!.lemma &&
    REPORTING_VERBS.has(tokens[i]!.lemma) &&
    (next?.lower === 'that' || clauseAfter(tokens, i))
  )
    return true;
  const pluralSubject =
    prev.pos === 'NOUN' && prev.lemma !== prev.lower && !tokens[i]!.lower.endsWith('s');
  // "Fiancée of murdered journalist demands justice": a headline's singular subject and a verb in -s
  const singularSubject =
    prev.pos === 'NOUN' &&
    prev.lemma === prev.lower &&
    !prev.lower.endsWith('s') &&
    /[^s]s$/.test(tokens[i]!.lower) &&
    // "The lawsuit notes many residents …", "The report states 40 people …"
    (next?.pos === 'NOUN' ||
      next?.pos === 'PROPN' ||
      next?.pos === 'DET' ||
      next?.pos === 'ADJ' ||
      next?.pos === 'NUM' ||
      // "The audit states that few schools …": the clause opened by "that"
      next?.lower === 'that' ||
      // "the charity claims to have dug 300 wells": a claim about its own deeds
      (next?.lower === 'to' && /^(?:VERB|AUX)$/.test(tokens[i + 2]?.pos ?? '')));
  // "One outlet, the Harbour Gazette, claims the mayor knew": an apposition closed by a comma, then a clause
  // … and "Certain broadcasters, like Fox, claim the material …": a plain form after a plural subject
  // (an age may close it: "Viktor Makarov, 50, claims he has been betrayed")
  const apposition =
    prev.lower === ',' &&
    ['PROPN', 'NOUN', 'NUM'].includes(tokens[i - 2]?.pos ?? '') &&
    (next?.pos === 'DET' || next?.pos === 'PROPN' || next?.pos === 'PRON') &&
    appositionSubject(tokens, i);
  // "The database of carriers lists the airline as …": a listing with its "as"
  const listing =
    tokens[i]!.lower === 'lists' &&
    prev.pos === 'NOUN' &&
    (next?.pos === 'DET' || next?.pos === 'PROPN') &&
    tokens.slice(i + 2, i + 7).some((t) => t.lower === 'as');
  // "S Korean credit card firm rescued", "Apple music service": a plain form between a singular name and a noun is a
  // compound's first noun; a plain verb after a name wants a plural one ("MPs demand answers")
  // (… and before a title the tagger reads as a name, whatever the name: "“…,” Minnesota state Representative Pat
  // Garofalo said", "Texas state Senator Ken Paxton")
  const plainForm = tokens[i]!.lower === tokens[i]!.lemma && !tokens[i]!.lower.endsWith('s');
  // (… and "state" after a place's name, a comma or a dash after it: "in Hawaii, Alaska, and Washington state – all
  // came in closed primaries"; a plural subject's "state" has its object or clause after it)
  // (… and a title between a singular name and the holder's name: "Federal judge Gregory Frost in Ohio hopes to rule
  // “soon”", Dragnet page, blind round 971, where "Federal" judged and spoke)
  const compound =
    prev.pos === 'PROPN' &&
    plainForm &&
    ((!prev.lower.endsWith('s') &&
      (next?.pos === 'NOUN' || (next?.pos === 'PROPN' && TITLES.has(tokens[i]!.lower)))) ||
      (next?.pos === 'PROPN' && TITLES.has(next.lower)) ||
      (tokens[i]!.lower === 'state' && /^[,;)–—-]$/.test(next?.lower ?? '')) ||
      // (… and a nation's adjective before a noun that is also a verb of saying, the pair the object of a verb or a
      // preposition: "telling Turkish radio: “…”", "on Iranian radio", Reuters-21578, round 1187, where "Turkish"
      // spoke; "the Chinese say" and "Many Japanese claim" keep their people and their verb)
      (/(?:ish|ese|ian)$/.test(prev.lower) && /^(?:VERB|ADP)$/.test(tokens[i - 2]?.pos ?? '')));
  return (
    listing ||
    (prev.pos === 'PROPN' && !compound) ||
    isNameEndAsVerb(tokens, i - 1) ||
    prev.lower === 'he' ||
    prev.lower === 'she' ||
    prev.lower === 'they' ||
    pluralSubject ||
    singularSubject ||
    apposition
  );
}

/**
 * "The Affordable Care Act, often called "Obamacare," can be viewed …": "called" set off by commas after its noun, an
 * adverb or none between, with a short quotation closed by a comma, names the noun; "a development that Tom Frieden,
 * director of the CDC, called “alarming”" and "The mayor, who spoke, called "…"" are finite verbs whose quotations
 * close no aside. `i` is "called", a quotation mark after it.
 */
export function isNamingAside(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const comma =
    prev?.lower === ',' ? i - 1 : prev?.pos === 'ADV' && tokens[i - 2]?.lower === ',' ? i - 2 : -1;
  if (comma < 0 || closesRelativeClause(tokens, comma)) return false;
  for (let k = i + 2; k < tokens.length && k <= i + 7; k++) {
    if (!QUOTE_MARK.test(tokens[k]!.lower)) continue;
    return tokens[k - 1]!.lower === ',' || tokens[k + 1]?.lower === ',';
  }
  return false;
}
const QUOTE_MARK = /^["“”‘’']$/;

/** The comma at `comma` closes a relative clause opened by ", which" or ", who" with no comma inside it. */
export function closesRelativeClause(tokens: Token[], comma: number): boolean {
  for (let k = comma - 1; k > 0 && k >= comma - 12; k--) {
    if (tokens[k]!.lower !== ',') continue;
    return /^(?:which|who)$/.test(tokens[k + 1]?.lower ?? '');
  }
  return false;
}

/**
 * The subject before an apposition closed by the comma before the verb at `i`: any word before its first comma when
 * the verb is in -s, a plural noun when it is a plain form.
 */
function appositionSubject(tokens: Token[], i: number): boolean {
  const comma = tokens.findIndex((t) => t.lower === ',');
  if (comma < 0 || comma >= i - 2) return false;
  const t = tokens[i]!;
  if (/[^s]s$/.test(t.lower)) return true;
  const head = tokens[comma - 1];
  return t.lower === t.lemma && head?.pos === 'NOUN' && head.lemma !== head.lower;
}

const CLAUSE_NP = new Set(['DET', 'ADJ', 'ADV', 'NOUN', 'PROPN', 'PART', 'NUM']);
// "the male-only draft violated": a hyphen inside the clause's subject
// "decided their actions were lawful": a possessive determiner, tagged a pronoun, opens the clause's subject
const POSSESSIVE = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);
// "proposed new rules to curb fraud", "decided to stay": the infinitive marker "to" (a particle, like "'s") ends the
// noun phrase; what follows is an infinitive of purpose or intent, not the finite verb of a clause
// ("Wales' captain": the apostrophe of a plural possessive is tagged as punctuation)
// ("found 25% did not know": a percentage is a number's noun)
const isClauseNp = (t: Token | undefined) =>
  !!t &&
  ((CLAUSE_NP.has(t.pos) && t.lower !== 'to') ||
    t.lower === '-' ||
    t.lower === '%' ||
    t.lower === "'" ||
    t.lower === '’' ||
    POSSESSIVE.has(t.lower));

/** Whether a modal ("will", "could", "'ll") stands among the three words before the verb at `i`. */
function underModal(tokens: Token[], i: number): boolean {
  for (let d = 1; d <= 3; d++) {
    const t = tokens[i - d];
    if (t && (MODAL_VERBS.has(t.lower) || MODAL_VERBS.has(t.lemma) || /^['’]ll$/.test(t.lower)))
      return true;
  }
  return false;
}

/**
 * "They found the virus's behaviour resembled flu": a noun phrase and a finite verb after "found" make a clause;
 * "found the car abandoned in a field" is an object and its state.
 */
export function clauseAfter(tokens: Token[], i: number): boolean {
  let k = i + 1;
  // "found in 36 states most of the victims were …": a place or time phrase may stand before the clause
  if (tokens[k]?.pos === 'ADP' && tokens[k]!.lower !== 'as' && tokens[k]!.lower !== 'that') {
    const from = ++k;
    // (the text may end right after the preposition: "They found in")
    // (… or a possessive: "concluded in its 2010 review that …")
    while (
      k <= from + 3 &&
      (/^(?:DET|NUM|ADJ)$/.test(tokens[k]?.pos ?? '') || POSSESSIVE.has(tokens[k]?.lower ?? ''))
    )
      k++;
    const head = k;
    while (k <= from + 5 && /^(?:NOUN|PROPN)$/.test(tokens[k]?.pos ?? '')) k++;
    if (k === head) return false;
    if (tokens[k]?.lower === ',') k++;
    // ("concluded in a 2010 review that the vaccines decrease symptoms", Dragnet round 1110: or "that" opens it)
    if (tokens[k]?.lower === 'that' && tokens[k]!.pos === 'SCONJ') return true;
    i = k - 1;
  }
  // "They found there was so much iron that …", "found he had lied" (Wikinews, blind rounds 1659, 1669 and 1671): a
  // subject pronoun or an existential "there" right after the verb, then a finite verb, is a clause of its own
  // (… not under a modal: "we'll be told there's a new variant" is the writer's guess at what will be said)
  const pronoun = tokens[k];
  if (
    k === i + 1 &&
    pronoun &&
    (SUBJECT_PRONOUNS.has(pronoun.lower) || pronoun.lower === 'there') &&
    (tokens[k + 1]?.pos === 'AUX' ||
      (tokens[k + 1]?.pos === 'VERB' && !tokens[k + 1]!.lower.endsWith('ing'))) &&
    !underModal(tokens, i)
  )
    return true;
  // "says replacing Thomas will be easy": a gerund may open the clause's subject
  const gerund = tokens[k];
  const opened = k === i + 1 && gerund?.pos === 'VERB' && gerund.lower.endsWith('ing');
  if (opened) k++;
  while (k <= i + 8 && isClauseNp(tokens[k])) k++;
  // "found a fall in crop yields by 2050 exceeded 10%": prepositional phrases may hang on the clause's subject, and
  // so may a participle with its object ("show migrants crossing the sea last year drove claims up")
  while (
    k > i + 1 &&
    k <= i + 14 &&
    // (a gerund's own "as" phrase: "replacing Thomas as captain will be easy")
    ((tokens[k]?.pos === 'ADP' &&
      tokens[k]!.lower !== 'that' &&
      (tokens[k]!.lower !== 'as' || opened)) ||
      (tokens[k]?.pos === 'VERB' &&
        tokens[k]!.lower.endsWith('ing') &&
        tokens[k - 1]!.pos === 'NOUN'))
  ) {
    const from = ++k;
    while (k <= from + 4 && isClauseNp(tokens[k])) k++;
    if (k === from) return false;
  }
  // "it is claimed several authors who read excerpts from the book in support can be prosecuted": a relative clause on
  // the subject, then the clause's modal
  if (k > i + 1 && /^(?:who|which)$/.test(tokens[k]?.lower ?? '')) {
    for (let j = k + 3; j <= k + 14 && j < tokens.length && tokens[j]!.pos !== 'PUNCT'; j++)
      if (tokens[j]!.pos === 'AUX' && MODAL_VERBS.has(tokens[j]!.lower)) return true;
  }
  const verb = tokens[k];
  // "ruled the rule is unlawful", "found the landlord had broken the law": a form of be or have opens a clause too
  if (k > i + 1 && verb?.pos === 'AUX' && tokens[k - 1]?.pos !== 'ADV') return true;
  if (k === i + 1 || !verb || verb.pos !== 'VERB' || verb.lower.endsWith('ing')) return false;
  const after = tokens[k + 1];
  return !(verb.lower.endsWith('ed') && (!after || after.pos === 'PUNCT' || after.pos === 'ADP'));
}

/**
 * "the court found the order unlawful", "…, finding it to be unlawful": an object judged to be in a state is a
 * finding; "found the room empty" is a state seen, so only a verdict's adjective counts.
 */
export function judgedState(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 9 && k < tokens.length; k++) {
    const t = tokens[k]!;
    // "found unconstitutional a 1999 law": a long object may move after its verdict
    if (VERDICT_ADJECTIVES.has(t.lower))
      return k > i + 1 || /^(?:DET|NUM|PROPN)$/.test(tokens[k + 1]?.pos ?? '');
    if (t.lower === 'to' && tokens[k + 1]?.lower === 'be') return k > i + 1 && isNp(tokens[k - 1]);
    if (!isNp(t)) return false;
  }
  return false;
}

/**
 * "…, also called parole, …", "…, called a plume, …" (Wikinews, blind round 1669): a short noun phrase after the naming
 * verb, an article allowed to open it, closed by a comma or the sentence's end.
 */
function namedBetweenCommas(tokens: Token[], i: number): boolean {
  const first = /^(?:a|an|the)$/.test(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
  for (let k = first; k <= first + 3; k++) {
    const t = tokens[k];
    if (!t || t.lower === ',' || t.lower === '.') return k > first;
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ') return false;
  }
  return false;
}

// verbs of saying whose plain object names an act ("observed a silence"). ("maintain" is left out: "maintained top
// spot" read as an act cost a CheckThat sentence that an accidental attribution had kept objective.)
// … and "GM is recalling 19,924 cars" names a product recall, "she recalled that …" a memory told
// … and "added the conversion" scores, "added that …" tells
// (… and "maintain": "The bill would maintain seven income tax brackets" keeps a thing, "maintained that …" says; and
// "project": "projected their own visions on to it", "projected increases", against "projected that …")
const ACT_OR_REPORT = new Set(['observe', 'recall', 'add', 'maintain', 'project']);

/**
 * "He projected a capital expenditure budget of 730 mln dlrs", "He had also projected average GDP growth … of 3.0 pct"
 * (Reuters-21578, rounds 1142 and 1204): "projected" after a pronoun for people or a name, auxiliaries and adverbs
 * between, with a figure in its object, is that forecaster's sum; "He projected an air of calm", "Obama projected
 * confidence" and "The budget projected increases" are no forecasts of anyone's.
 */
function personProjects(tokens: Token[], i: number, lemma: string): boolean {
  if (lemma !== 'project' || !/^(?:DET|ADJ|NOUN|NUM)$/.test(tokens[i + 1]?.pos ?? '')) return false;
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k--;
  const subject = tokens[k];
  if (!subject || !(SUBJECT_PRONOUNS.has(subject.lower) || subject.pos === 'PROPN')) return false;
  for (let j = i + 1; j < tokens.length && j <= i + 10; j++) {
    if (tokens[j]!.pos === 'NUM') return true;
    if (tokens[j]!.pos === 'PUNCT' || tokens[j]!.pos === 'VERB') return false;
  }
  return false;
}

// verbs of seeming, after which a participle is an adjective ("looked assured", "seemed resigned")
const SEEMING = new Set(['look', 'seem', 'appear', 'sound', 'feel']);
// the verbs of a forecast that "as …" and "than …" compare with
const FORECAST = new Set(['expect', 'forecast', 'predict', 'anticipate', 'project', 'estimate']);

// what is dismissed in words beside the propositions: "dismissed the criticism", "dismissed reports of a rift"
const DISMISSED_TALK = new Set([
  'criticism',
  'criticisms',
  'reports',
  'rumours',
  'speculation',
  'talk',
  // ("Zimbabwe's government dismissed Mandela's remarks, calling them …", blind round 363)
  'remarks',
  'comments',
  'statements',
  'statement',
  'accusations',
]);

// what is challenged in words: someone's words or the standing of a claim ("have challenged Gerard's comments",
// "challenged the mosque's credibility", "challenged the fairness of the trial"; "challenged the champion" is a contest)
const CHALLENGED_WORDS = new Set([
  'comment',
  'comments',
  'remarks',
  'statement',
  'statements',
  'credibility',
  'fairness',
  'accuracy',
  'validity',
  'legitimacy',
  'findings',
  'figures',
]);

// what a contest is won with: "claimed the title", "claims Dubai crown", "England claim Dubai Sevens glory",
// "Argentina claimed top spot in Group A", "claimed the coaching award", "claimed a 5-0 win", "claimed a draw"
const WON_THINGS = new Set([
  'award',
  'prize',
  'honour',
  'win',
  'draw',
  'place',
  'double',
  'scalp',
  'point',
  'glory',
  'spot',
  'title',
  'crown',
  'medal',
  'trophy',
  'cup',
  'gold',
  'silver',
  'bronze',
]);

// what a disaster or an attack takes: "Bomb attacks claimed the lives of 35 people", "the storm claimed three lives",
// "the virus has claimed more victims"
const LIVES_TAKEN = new Set(['life', 'lives', 'victim', 'casualty']);

// the words of a noun phrase an object may run over: "their first men's team title"
const OBJECT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'PRON']);

/**
 * "claimed her seventh Grand Slam title", "claimed the lives of 35 people": a thing won or a life taken heads the
 * object after the verb at `i`.
 */
function wonThing(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 8 && k < tokens.length; k++) {
    const t = tokens[k]!;
    // ("claimed at least 220 lives", "claimed more than 30 lives": a bound on the number)
    if (/^(?:at|least|than)$/.test(t.lower)) continue;
    if (WON_THINGS.has(t.lemma) || LIVES_TAKEN.has(t.lemma) || LIVES_TAKEN.has(t.lower))
      return true;
    if (!OBJECT_WORDS.has(t.pos) && t.lower !== '-') return false;
  }
  return false;
}

// words that open an amount after "added" ("added more jobs", "added another 2%", "added nearly 300 points")
const AMOUNT_OPENERS = new Set([
  'more',
  'fewer',
  'another',
  'nearly',
  'almost',
  'about',
  'around',
  'over',
  'some',
]);

/**
 * "added 337,000 jobs", "adds more jobs than expected": the object of "add" is an amount, not the subject of a clause
 * ("added 300 jobs would go").
 */
function addsAmount(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  // ('“…,” added one trader.', Reuters-21578, round 1419: "one" and a noun for a person after a quotation is who
  // speaks, not an amount added)
  if (next?.lower === 'one' && closesQuotation(tokens, i) && personAfter(tokens, i + 2))
    return false;
  if (next?.pos === 'NUM') return !clauseAfter(tokens, i);
  if (!next || !AMOUNT_OPENERS.has(next.lower)) return false;
  return /^(?:NUM|NOUN)$/.test(tokens[i + 2]?.pos ?? '');
}

/** Whether a noun for a person heads the words from `k` on, past a few describing words ("senior trader"). */
function personAfter(tokens: Token[], k: number): boolean {
  for (let j = k; j <= k + 3 && j < tokens.length; j++) {
    if (isPersonNoun(tokens[j]!.lower)) return true;
    if (!/^(?:ADJ|NOUN|PROPN)$/.test(tokens[j]!.pos)) return false;
  }
  return false;
}

/** '“…,” added John Smith': the verb at i stands right after a quotation closed by a comma, "?" or "!". */
function closesQuotation(tokens: Token[], i: number): boolean {
  const mark = tokens[i - 1];
  const stop = tokens[i - 2];
  return !!mark && /^["”']$/.test(mark.lower) && !!stop && /^[,?!]$/.test(stop.lower);
}

/** What follows the verb at i is said: "that", a clause, a quotation, a colon or comma, or nothing (a tag). */
function saysSomething(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]!;
  if (next.lower === 'that' || next.lower === ',' || next.lower === ':' || next.pos === 'PUNCT')
    return true;
  // ("recalled how the water rose")
  // (… and a conditional or a reason opening what is said: "Mr Callaghan added if fintechs were able to access cheaper
  // funding … the scheme would be a “no brainer”", WMT news test set, round 1715)
  if (/^(?:how|what|when|why|whether|if|because|although|though|unless)$/.test(next.lower))
    return true;
  // ("recalled seeing him play as a teenager": a memory told; "recalls mixing cocktails", "recalled meeting the
  // president", the tagger reading the gerund as a noun, Dragnet round 1119)
  // (… a noun so read with an object after it: "recalled clothing sold in May" is a product recall)
  if (
    tokens[i]!.lemma === 'recall' &&
    next.lower.endsWith('ing') &&
    (next.pos === 'VERB' ||
      (next.pos === 'NOUN' && /^(?:DET|PRON|PROPN|NOUN|ADJ|NUM)$/.test(tokens[i + 2]?.pos ?? '')))
  )
    return true;
  // ("added in a statement that …", "added on Monday: …", "added authorities "are still waiting …"", "to add the
  // question, "Is this …"": a phrase may stand before what is said, or open it)
  for (let k = i + 1; k < tokens.length && k <= i + 7; k++) {
    const t = tokens[k]!;
    if (t.lower === 'that' || t.lower === ':' || /^["“‘']$/.test(t.lower)) return true;
    if (!/^(?:DET|ADJ|NOUN|PROPN|NUM|ADP)$/.test(t.pos) && t.lower !== ',') break;
  }
  // "maintained he had not been drinking": a pronoun and its verb open a clause
  const after = tokens[i + 2];
  const pronounClause =
    next.pos === 'PRON' && !!after && (after.pos === 'VERB' || after.pos === 'AUX');
  return pronounClause || clauseAfter(tokens, i);
}

/**
 * "a periodical called Nameh, was …", "a programme at the town hall called "Open Doors".": after a noun, a naming
 * verb followed by one name or one quoted term that closes the phrase is a participle naming that noun; said as a
 * verb it needs an object and what the object is called ("the mayor called Reyes "a liar"").
 */
function namesItsNoun(tokens: Token[], i: number): boolean {
  // ("a “gun fabricator” called the Ghost Gunner", PTC page, blind round 1025: a quoted noun is a noun all the same)
  const quotedNoun = /^["”’']$/.test(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.pos === 'NOUN';
  const prev = quotedNoun ? tokens[i - 2] : tokens[i - 1];
  if (prev?.pos !== 'NOUN' && prev?.pos !== 'PROPN') return false;
  // "John Doe, whom Jane Roe called "unfit"": a name may be the subject of the verb in a relative clause, so it counts
  // only as the object of a preposition or after a determiner ("at Mercer Hall called …", "the Centre called …")
  if (prev.pos === 'PROPN') {
    let j = i - 1;
    while (
      j > 0 &&
      (tokens[j]!.pos === 'PROPN' || isPossessiveMark(tokens[j]) || tokens[j]!.lower === "'")
    )
      j--;
    if (tokens[j]?.pos !== 'ADP' && tokens[j]?.pos !== 'DET') return false;
  }
  let k = i + 1;
  if (/^["“‘']$/.test(tokens[k]?.lower ?? '')) {
    k++;
    while (k < tokens.length && k <= i + 8 && !/^["”’']$/.test(tokens[k]!.lower)) k++;
    if (k >= tokens.length || k > i + 8) return false;
  } else {
    if (tokens[k]?.pos === 'DET') k++;
    // ("a group called Democratize SSMU", PTC page, blind round 1025: a name may open on a word the tagger reads as a
    // verb)
    if (tokens[k]?.pos === 'VERB' && tokens[k + 1]?.pos === 'PROPN') k++;
    if (tokens[k]?.pos !== 'PROPN') return false;
    while (tokens[k + 1]?.pos === 'PROPN') k++;
  }
  const after = tokens[k + 1];
  // ("called Biden "Sleepy Joe"": a quotation after the name is what the name is called)
  if (after && /^["“‘']$/.test(after.lower)) return false;
  return !after || /^(?:PUNCT|CCONJ|ADP|AUX|VERB)$/.test(after.pos);
}

function isKnown(lemma: string, extra: ReadonlySet<string> | undefined): boolean {
  return REPORTING_VERBS.has(lemma) || !!extra?.has(lemma);
}

/** `isKnown` of the token's own lemma, by its word-list bit (this runs on every word, once per list of extras). */
function knownToken(t: Token, extra: ReadonlySet<string> | undefined): boolean {
  return inList(t, InList.REPORTING_VERB_LEMMA) || !!extra?.has(t.lemma);
}

// what a verbal attack is aimed at: decisions, plans and words
const DECISIONS = new Set(
  (
    'decision proclamation plan policy move proposal law bill ruling remark comment statement claim idea deal report ' +
    // … and a government's doings and their cost: "Howard attacks cost of asylum", "Report attacks defence spending"
    'cost spending budget record handling legislation scheme strategy reform cut'
  ).split(' '),
);

// verbs of an open question, reports only before what is in question ("wondered whether", "debate about")
const DELIBERATION = new Set(['wonder', 'debate', 'ponder', 'puzzle']);

// "Miller and Smith both acknowledged", "have all denied": a quantifier floating after its subject or auxiliary

function floating(tokens: Token[], k: number): boolean {
  return (
    FLOATING_QUANTIFIERS.has(tokens[k]?.lower ?? '') &&
    /^(?:PROPN|PRON|NOUN|AUX)$/.test(tokens[k - 1]?.pos ?? '')
  );
}

// "Some reported wanting to leave": a quantifier standing alone as the subject, not "some reported cases"
function quantifierSubject(tokens: Token[], i: number): boolean {
  const q = tokens[i - 1]!.lower;
  const next = tokens[i + 1];
  return (
    /^(?:some|many|several|most)$/.test(q) &&
    !!next &&
    !/^(?:NOUN|PROPN|ADJ|NUM)$/.test(next.pos) &&
    (i === 1 || tokens[i - 2]?.lower === ',' || tokens[i - 2]?.pos === 'CCONJ')
  );
}

function pastAfterName(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  // the word's own tests first: this runs on almost every word of every sentence
  if (t.pos !== 'ADJ' || !t.lower.endsWith('ed')) return false;
  // … also past an adverb between them: "Zaki also alleged", "Ruiz later claimed"
  const before = tokens[i - 1]?.pos === 'ADV' ? i - 2 : i - 1;
  return isPastAfterName(t, floating(tokens, before) ? tokens[before - 1] : tokens[before]);
}

// verbs of regarding: a view of something held by the subject, only with what it is held to be
const STANCE = new Set(['see', 'view', 'regard', 'consider', 'deem']);
const OBJECT_WORD = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM']);

// "Japan sees China as a rival", "officials considered the flight an act of war", "deemed the plan to be unsafe":
// the object, then "as" or "to be" and what it is held to be, or (considering, deeming) a second noun phrase
// opened by "a"/"an"; "saw prices rise as demand fell" and "considered the bill" are no view
function regarding(tokens: Token[], i: number, lemma: string): boolean {
  const complement = lemma === 'consider' || lemma === 'deem';
  let nouns = 0;
  for (let k = i + 1; k <= i + 8 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (nouns > 0 && t.lower === 'as') {
      const next = tokens[k + 1];
      if (!next) return false;
      // ("Analysts see two spurs to growth as being …")
      if (next.lower === 'being') return true;
      if (next.pos === 'DET' || next.pos === 'ADJ' || POSSESSIVE.has(next.lower)) return true;
      // ("Martin now sees himself as Trump's “tag team” partner": a name's possessive opens the phrase)
      if (next.pos === 'PROPN' && isPossessiveMark(tokens[k + 2])) return true;
      // ("Many liberals already see her as too hawkish", "about 7 in 10 see Trump as qualified": a degree before the
      // quality, or a participle for one)
      if (next.pos === 'ADV' && tokens[k + 2]?.pos === 'ADJ') return true;
      if (
        next.pos === 'VERB' &&
        next.lower.endsWith('ed') &&
        !OBJECT_WORD.has(tokens[k + 2]?.pos ?? '')
      )
        return true;
      return next.pos === 'NOUN' && !/^(?:VERB|AUX)$/.test(tokens[k + 2]?.pos ?? '');
    }
    if (complement && nouns > 0 && t.lower === 'to') return tokens[k + 1]?.lower === 'be';
    // (a pronoun's complement is often a formal class: "the EU considers it a project of common interest")
    if (complement && nouns > 0 && (t.lower === 'a' || t.lower === 'an'))
      return tokens[k - 1]!.pos !== 'PRON';
    // ("two spurs to future growth as being …": a preposition inside the object)
    if ((t.lower === 'of' || t.lower === 'to' || t.lower === 'for') && nouns > 0) continue;
    // ("sees the rush to support Markey as unusual": an infinitive inside the object)
    if (t.pos === 'VERB' && tokens[k - 1]?.lower === 'to' && nouns > 0) continue;
    if (!OBJECT_WORD.has(t.pos)) return false;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') nouns++;
  }
  return false;
}

// "Ruiz came to the conclusion that …", "the panel reached the conclusion that …": a conclusion reached is stated
function conclusionReached(tokens: Token[], i: number, lemma: string): boolean {
  let k = i + 1;
  if (lemma === 'come') {
    if (tokens[k]?.lower !== 'to') return false;
    k++;
  } else if (lemma !== 'reach') return false;
  if (!/^(?:the|a)$/.test(tokens[k]?.lower ?? '')) return false;
  if (tokens[k + 1]?.pos === 'ADJ') k++;
  return /^conclusions?$/.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'that';
}

// The special cases: a verb not listed as a verb of saying that reports all the same in one construction. Each is
// filed under the lemmas it is about, and only those lemmas are asked, so a new case is one entry here (the list of
// lemmas is the case's own, not a second list kept by hand).
type SpecialCase = (tokens: Token[], i: number, lemma: string) => boolean;

// "The drug cut deaths by half, a study found.": the verb closing the sentence after a comma and its subject tags
// the clause before it as the finding ("The body was found." is a passive, no tag)
function closingTag(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  // (a passive "was found" is no tag; a perfect "have shown" is: "…, official figures have shown.")
  // (… and one set off by commas inside the sentence: "Walker gained ground, the poll showed, while Bush faltered")
  const aux = tokens[i - 1];
  if ((next && !/^[.!?,]$/.test(next.lower)) || (aux?.pos === 'AUX' && aux.lemma !== 'have'))
    return false;
  const from = aux?.pos === 'AUX' ? i - 1 : i;
  // ("…, official Bank of England figures have shown.": a name with "of" inside the subject)
  // ("…, the Royal Institute of Chartered Surveyors found.": a body's name of six words)
  for (let k = from - 1; k > 0 && k >= from - 9; k--) {
    // ("… - sharing songs and podcasting - the survey found.": or after a dash closing an aside)
    if (tokens[k]!.lower === ',' || isSpacedDash(tokens, k)) return k < from - 1;
    // ("Programs most prone, they agreed, are the Advanced Tactical Fighter …", Reuters-21578, round 1402: a pronoun
    // alone after the comma)
    if (k === from - 1 && SUBJECT_PRONOUNS.has(tokens[k]!.lower) && tokens[k - 1]?.lower === ',')
      return true;
    // (and a possessive: "…, the UK's highest court ruled.")
    if (
      !/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k]!.pos) &&
      tokens[k]!.lower !== 'of' &&
      !isPossessiveMark(tokens[k])
    )
      return false;
  }
  return false;
}

/**
 * "…, shows a study by Nokia.", "…, concluded the report.": the tag the other way round, the verb right after a comma
 * and its subject running from it to the sentence's end (names, nouns, "of" and "by" inside it).
 */
function invertedTag(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.lower !== ',') return false;
  let nouns = 0;
  for (let k = i + 1; k < tokens.length && k <= i + 12; k++) {
    const t = tokens[k]!;
    if (/^[.!?]$/.test(t.lower)) return nouns > 0 && k === tokens.length - 1;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') nouns++;
    else if (!/^(?:DET|ADJ|NUM)$/.test(t.pos) && !/^(?:of|by|from|for|-)$/.test(t.lower))
      return false;
  }
  return false;
}

// "They found that …" reports a finding; "Police found a body" does not
const finding: SpecialCase = (tokens, i) =>
  tokens[i + 1]?.lower === 'that' ||
  documentFinding(tokens, i) ||
  invertedTag(tokens, i) ||
  // ("Law Lords ruled last month that …": a time phrase between the verb and its clause)
  timeThenThat(tokens, i) ||
  clauseAfter(tokens, i) ||
  judgedState(tokens, i) ||
  closingTag(tokens, i);

/**
 * "The national survey found Huckabee closely followed by Bush at 14%", "The poll finds less change on the Democratic
 * side", "The latest average of recent polls shows the billionaire with 36 percent support": what a poll, a survey, a
 * study or a report finds or shows is its finding, whatever follows (blind rounds since 260: 20 of 22 such sentences
 * attributed). The subject is a short noun phrase right before the verb, its head one of OPINION_POLLS or a report's.
 */
function documentFinding(tokens: Token[], i: number): boolean {
  const lemma = tokens[i]!.lemma;
  if (lemma !== 'find' && lemma !== 'show') return false;
  let k = i - 1;
  // ("National polls have consistently shown Clinton ahead": a perfect's "have" and adverbs stand between)
  while (
    k >= 0 &&
    (tokens[k]!.pos === 'ADV' || (tokens[k]!.pos === 'AUX' && tokens[k]!.lemma === 'have'))
  )
    k--;
  // (a capitalised first word may be read as a name: "Statistics to the end of November showed …")
  const finding = (t: Token | undefined) =>
    (t?.pos === 'NOUN' || (t?.pos === 'PROPN' && t === tokens[0])) &&
    (OPINION_POLLS.has(t.lower) || FINDING_REPORTS.has(t.lower));
  // the head right before the verb, or before a prepositional phrase that hangs on it ("Statistics to the end of
  // November showed a decline")
  for (let j = k; j >= 0 && j >= k - 7; j--) {
    const t = tokens[j]!;
    if (finding(t)) return j === k || tokens[j + 1]?.pos === 'ADP';
    if (!/^(?:ADP|DET|ADJ|NOUN|PROPN|NUM)$/.test(t.pos)) return false;
  }
  return false;
}

// "the statement spoke of an incursion", "she talked of his “kindness”": speaking of reports what was said;
// "spoke about schools and jobs" only names the topics (the gold calls it fact)
// … and "have both spoken out about the war": speaking out takes a public stand
const spokeOf: SpecialCase = (tokens, i) => /^(?:of|out)$/.test(tokens[i + 1]?.lower ?? '');

// "Both men appealed for the inspectors to be given more time", "appealed to voters to stay calm": a public appeal
// states what its maker wants, like "called for"; "the film appeals to children" pleases
const appealFor: SpecialCase = (tokens, i) => {
  const next = tokens[i + 1]?.lower;
  if (next === 'for') return true;
  if (next !== 'to') return false;
  for (let k = i + 2; k <= i + 6 && k < tokens.length; k++)
    if (tokens[k]!.lower === 'to' && /^(?:VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '')) return true;
  return false;
};

// "Most farms, the lawsuit pointed out, have no wells": pointing out states a fact
// … and "Analysts pointed to the dollar's weakness": pointing to something cites it as the evidence for a claim (a
// subject pointing somewhere with a hand is rare in news)
const pointedOut: SpecialCase = (tokens, i) => /^(?:out|to)$/.test(tokens[i + 1]?.lower ?? '');

// "Davenport hits out at Wimbledon", "he hit back at Mr Mallon's claim": hitting out or back at someone is a
// retort in words; "hit the town" is not
const hitOut: SpecialCase = (tokens, i) =>
  /^(?:out|back)$/.test(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'at';

// "officials identified the suspect as Tom Reyes", "the database lists the airline as belonging to": an
// identification or a listing is the source's statement
const identified: SpecialCase = (tokens, i) => {
  const next = tokens[i + 1];
  return (
    !!next &&
    /^(?:DET|PROPN|NOUN|NUM)$/.test(next.pos) &&
    // "The guidelines list Blue Lake Fever, from 2013, as …": a name and a side phrase may stand before "as"
    tokens.slice(i + 1, i + 10).some((x) => x.lower === 'as')
  );
};

// "Boeing referred to the plane as a 'cargo plane'": how a source calls something
const referred: SpecialCase = (tokens, i) =>
  tokens[i + 1]?.lower === 'to' && tokens.slice(i + 2, i + 8).some((x) => x.lower === 'as');

/** "on Twitter", "in a speech", "in an interview" within a few words after the verb at `i`. */
function attackedIn(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 8 && k < tokens.length - 1; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.lower === '.' || t.lower === ';') return false;
    const next = tokens[k + 1]!.lower;
    if (t.lower === 'on' && /^(?:twitter|facebook|television|radio)$/.test(next)) return true;
    if (t.lower !== 'in') continue;
    const head = /^(?:a|an|his|her|their|its)$/.test(next) ? tokens[k + 2]?.lower : next;
    if (
      /^(?:tweets?|speech|statement|interview|letter|post|column|editorial|op-ed)$/.test(head ?? '')
    )
      return true;
  }
  return false;
}

// "Erdogan attacked the proclamation", "slammed the decision": an attack on a decision or a statement is a
// stance put in words, not a physical attack
const attackOnWords: SpecialCase = (tokens, i) =>
  tokens.slice(i + 1, i + 4).some((x) => x.pos === 'NOUN' && DECISIONS.has(x.lemma)) ||
  // ("Report attacks defence spending": a document attacks only in words; "'Nuclear dumpsite' plan attacked": a plan
  // attacked is attacked in words)
  DOCUMENT_NOUNS.has(tokens[i - 1]?.lower ?? '') ||
  // ("Trump has attacked Corker and Flake on Twitter", "attacked the judge in a speech": where the attack was made
  // says it was in words)
  attackedIn(tokens, i) ||
  (tokens[i]!.lower.endsWith('ed') && DECISIONS.has(tokens[i - 1]?.lemma ?? ''));

// "Tories unveil quango blitz plans", "Plans to abolish 162 quangos have been unveiled by the Conservatives": a plan
// unveiled is announced, its makers' claim; "unveiled a statue" is an act
const planUnveiled: SpecialCase = (tokens, i) =>
  tokens.slice(i + 1, i + 5).some((x) => PLAN_NOUNS.has(x.lower)) ||
  (tokens[i + 1]?.lower === 'by' &&
    tokens.slice(Math.max(0, i - 8), i).some((x) => PLAN_NOUNS.has(x.lower)));

// "The Conservative Party has put forward plans to revert to …", "set out proposals for": a plan put forward is
// announced as one unveiled is; "put forward the clocks" is an act
// … and "They also spelled out their plans for reduced borrowing"
const planPutForward: SpecialCase = (tokens, i) =>
  /^(?:forward|out)$/.test(tokens[i + 1]?.lower ?? '') &&
  (tokens[i + 1]!.lower === 'forward' ||
    tokens[i]!.lemma === 'set' ||
    tokens[i]!.lemma === 'spell') &&
  tokens.slice(i + 2, i + 6).some((x) => PLAN_NOUNS.has(x.lower));

// "Connolly rates Barkley as no better than a 50/50 chance", "rated the risk as low": a rating given is its rater's
// judgement; "rates of interest" and "rated 12A" are no verbs of judging
const ratedAs: SpecialCase = (tokens, i) => {
  for (let k = i + 1; k <= i + 5 && k < tokens.length; k++) {
    if (tokens[k]!.lower === 'as') return k > i + 1;
    if (!/^(?:DET|ADJ|NOUN|PROPN|PRON|PART)$/.test(tokens[k]!.pos)) return false;
  }
  return false;
};

// "Microsoft has not ruled out charging", "the minister ruled out a tax rise": a possibility ruled in or out in words;
// "was ruled out of the match" (an injury) is no saying
const ruledOut: SpecialCase = (tokens, i) =>
  tokens[i + 1]?.lower === 'out' &&
  tokens[i + 2]?.lower !== 'of' &&
  !/^(?:is|are|was|were|been|be|being)$/.test(tokens[i - 1]?.lower ?? '');

// "the mayor slammed Reyes", "berated them": a rebuke aimed at a person is said, not done
const rebuke: SpecialCase = (tokens, i) => {
  const next = tokens[i + 1];
  return !!next && (next.pos === 'PROPN' || /^(?:him|her|them|us|me)$/.test(next.lower));
};

// "Scholars have long wondered about the role", "Scientists debate whether": a question a group holds open is
// its view; "debated the bill" is a session, not a view
const deliberation: SpecialCase = (tokens, i) =>
  /^(?:whether|if|about|over|how|why|what)$/.test(tokens[i + 1]?.lower ?? '');

// "the union declared that the strike was over", "declared intent to raise fines": a declaration of a claim or an
// intent is said; "declared a state of emergency", "declared independence" are acts
// … and "declared pilot error to be behind the crash", "declared the law to be void": an object held "to be" so
const declaration: SpecialCase = (tokens, i) =>
  tokens[i + 1]?.lower === 'that' ||
  clauseAfter(tokens, i) ||
  // ("Hamas declared it would retaliate": a subject pronoun and its verb open the clause too)
  (/^(?:it|he|she|they|we|i)$/.test(tokens[i + 1]?.lower ?? '') &&
    /^(?:AUX|VERB)$/.test(tokens[i + 2]?.pos ?? '')) ||
  /^(?:intent|intention)$/.test(tokens[i + 1]?.lower ?? '') ||
  /^(?:intent|intention)$/.test(tokens[i + 2]?.lower ?? '') ||
  heldToBe(tokens, i);

/** An object of up to five words after the verb at i, then "to be" (no verb or mark between). */
function heldToBe(tokens: Token[], i: number): boolean {
  for (let k = i + 2; k <= i + 6 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lower === 'to' && tokens[k + 1]?.lemma === 'be') return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') return false;
  }
  return false;
}

// "the leader committed to proceeding with the vote": a pledge (like "vowed"); "committed a crime" is an act
const pledge: SpecialCase = (tokens, i) =>
  tokens[i + 1]?.lower === 'to' && (tokens[i + 2]?.lower ?? '').endsWith('ing');

// "Erdogan proposes converting the museum", "the agency recommends that every town should test its water": a
// proposal in a gerund or a that-clause states what the subject wants done (Quirk's suasive verbs with their
// mandative clause); "proposed new rules" with a plain object is the act of proposing
const proposal: SpecialCase = (tokens, i) => {
  const next = tokens[i + 1];
  // (and a mandative clause without "that": "The report recommended the governing bodies have a say")
  if (next?.lower === 'that' || clauseAfter(tokens, i)) return true;
  return !!next && (next.pos === 'VERB' || next.pos === 'NOUN') && next.lower.endsWith('ing');
};

// "Most experts accept that the rules failed", "officials agree that the road is unsafe": verbs of assent report
// only a proposition assented to, in a that-clause; "agreed to sell", "accepted the offer" are acts, and "without
// recognising that …" denies the assent (the writer's own claim)
const assent: SpecialCase = (tokens, i) =>
  (tokens[i + 1]?.lower === 'that' ||
    // ("Most analysts agreed Lawson had bolstered the credibility of the Budget", Reuters-21578, rounds 1280-1402:
    // agreeing with a clause and no "that" is the same shared view)
    (tokens[i]!.lemma === 'agree' && clauseAfter(tokens, i)) ||
    // ("Iowa State University's Dianne Bystrom agreed.", PolNeAR round 1756: agreeing, closing the sentence after a
    // view the sentence before reported, holds that view)
    (tokens[i]!.lemma === 'agree' &&
      /^[.!]$/.test(tokens[i + 1]?.lower ?? '') &&
      i + 2 === tokens.length)) &&
  tokens[i - 1]?.lower !== 'without';

// "Early reports put the death toll at 40", "placed the value of the work in the range of …": an amount put at a
// figure is an estimate, the estimator's claim; "put the box on the table" is not
const placedAt: SpecialCase = (tokens, i) => {
  for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (ESTIMATED_AMOUNTS.has(t.lower)) {
      let j = k + 1;
      // "the value of the artwork": an "of" phrase on the amount
      if (tokens[j]?.lower === 'of') while (j <= k + 5 && isNp(tokens[j])) j++;
      const at = tokens[j]?.lower;
      return at === 'at' || at === 'between' || (at === 'in' && tokens[j + 2]?.lower === 'range');
    }
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NOUN') break;
  }
  return putAtFigure(tokens, i);
};

/**
 * "USDA put cattle-on-feed in the seven major states at 7.52 mln head", "The association put the three-month average
 * book-to-bill ratio at 1.21" (Reuters-21578, round 1398): whatever is put at a figure is estimated, a noun phrase with
 * its places between the verb and "at" and a number right after it.
 */
function putAtFigure(tokens: Token[], i: number): boolean {
  for (let k = i + 2; k <= i + 12 && k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    // (… or a word of approximation before it: "Trade sources have put the crop at over 26 mln bags", round 1501)
    if (t.lower === 'at') {
      const figure = APPROXIMATORS.has(tokens[k + 1]!.lower) ? k + 2 : k + 1;
      return tokens[figure]?.pos === 'NUM';
    }
    if (!/^(?:DET|ADJ|NOUN|PROPN|NUM|ADP)$/.test(t.pos) && t.lower !== '-') return false;
  }
  return false;
}

// "A Fox News poll released Wednesday gave Clinton a 49 percent-to-39 percent lead", "The latest poll puts him behind
// Clinton", "Polls show Clinton ahead": where a poll puts a candidate is its finding (blind rounds since 260: 25 of 29
// such sentences attributed, 3 fact); a poll's own subject phrase may hold a participle ("released Wednesday"), a
// place ("in South Carolina") or an adverb ("still"), but no other verb or clause break
// … and "New York polls showed both Trump and Clinton well ahead" (two candidates), "Polling done in the runup to
// today's vote showed Bevin trailing" (a participle not in -ed), "A Fox News national poll released on the eve of the
// Las Vegas debate showed Clinton with a … lead" (a longer participle phrase), "The poll had her in a statistical tie"
// (blind rounds 566-611)
const pollStanding: SpecialCase = (tokens, i) => {
  // ("a MORI poll gave the Tories a 92 seat majority", Reuters-21578, round 1388: a party named with "the")
  const both = tokens[i + 1]?.lower === 'both' || tokens[i + 1]?.lower === 'the' ? 1 : 0;
  const next = tokens[i + 1 + both];
  if (next?.pos !== 'PROPN' && next?.pos !== 'PRON') return false;
  // (a standing, a figure or a place, soon after the candidate: not "The poll gave him a headache")
  const standing = tokens
    .slice(i + 2 + both, i + 8 + both)
    .some((t) => t.pos === 'NUM' || POLL_STANDINGS.has(t.lower));
  if (!standing) return false;
  for (let k = i - 1; k >= 0 && k >= i - 12; k--) {
    const t = tokens[k]!;
    if (OPINION_POLLS.has(t.lower)) return true;
    if (t.pos === 'PUNCT' && t.lower !== '/' && t.lower !== '-' && t.lower !== "'s") return false;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !participle(t.lower))) return false;
  }
  return false;
};

// "The envoy felt the visit was a success": a belief (Quirk's private verbs) reported in a clause; "residents felt
// the tremor", "felt sick" record a sensation
const feltClause: SpecialCase = (tokens, i) =>
  tokens[i + 1]?.lower === 'that' || clauseAfter(tokens, i);

// "the league has requested that the city release the workers": a mandative that-clause (Quirk's suasive verbs)
// states what the subject wants done; "requested donations via a blog post" is the act of asking
const requestedThat: SpecialCase = (tokens, i) => tokens[i + 1]?.lower === 'that';

// "Officials made clear that the permit will not cover the border": making clear states the clause that follows
// (like "stated"); "made clear progress" has no clause
// … with its "it" too: "the agency made it clear that the rating did not mean …"
const madeClear: SpecialCase = (tokens, i) => {
  const k = tokens[i + 1]?.lower === 'it' ? i + 2 : i + 1;
  // ("He made the comments in his first appearance since …", "Zuma made these comments after arriving": remarks made,
  // with nothing of what they said, are an act, as two labellers of blind rounds 260 and 293 read them; remarks made
  // about something tell what, `messageAbout`)
  // "Gerrard has made no secret of his desire to …": a stance stated openly
  if (tokens[i + 1]?.lower === 'no' && tokens[i + 2]?.lower === 'secret') return true;
  if (tokens[k]?.lower !== 'clear') return false;
  // ("officials made clear, meanwhile, that …", "Citicorp has made clear its decision … does not mean …": an adverb set
  // off by commas before the clause, or the clause's own determiner, Reuters-21578 rounds 1153, 1157)
  const aside = tokens[k + 1]?.lower === ',' && tokens[k + 3]?.lower === ',' ? k + 3 : k;
  const next = tokens[aside + 1];
  return (
    next?.lower === 'that' ||
    clauseAfter(tokens, aside) ||
    (aside === k && (next?.pos === 'DET' || POSSESSIVE.has(next?.lower ?? '')))
  );
};

// "Heymann sees operating profits … rising to 1.3 billion dlrs by 1991", "Penner sees little hope the targets will be
// met", "TURKEY SEES 1.5 BILLION DLR DEFICIT IN 1986" (Reuters-21578, rounds 1134-1162, eleven times, every one a
// forecast or a view): "sees" in the present, or "see" after a plural subject ("Dealers see the dollar …"), with an
// object after it; not "saw" or "seen" (a sight), nor "see" after "to", a modal or a pronoun ("waiting to see", "we
// will see", "I see")
const foreseen: SpecialCase = (tokens, i) => {
  const t = tokens[i]!;
  // ("He saw a growing likelihood that other countries would follow", "Bankers see little chance for a recovery",
  // Reuters-21578, rounds 1301 and 1486: a prospect or a need seen, in any tense, after any subject, is a view)
  if (t.lower !== 'seen' && prospectSeen(tokens, i)) return true;
  if (t.lower === 'saw') return sawChanging(tokens, i);
  const before = tokens[i - 1];
  const plural =
    t.lower === 'see' && /^(?:NOUN|PROPN)$/.test(before?.pos ?? '') && before!.lower.endsWith('s');
  if (t.lower !== 'sees' && !plural) return false;
  const next = tokens[i + 1];
  return !!next && (/^(?:DET|NUM|ADJ|NOUN|PROPN)$/.test(next.pos) || next.lower === 'little');
};

// the words that may describe a noun before it: determiners, adjectives, nouns and names, figures, a possessive mark
const DESCRIBING = /^(?:DET|ADJ|NOUN|PROPN|NUM|PART)$/;
const describing = (t: Token) => DESCRIBING.test(t.pos);

/**
 * Whether a noun of `nouns` stands among the words from `from` to `last`, every word before it one that `describes`
 * it; words inside quotation marks pass when `quotes` is set (a title in marks may hold any word).
 */
function nounAhead(
  tokens: Token[],
  from: number,
  last: number,
  nouns: ReadonlySet<string>,
  describes: (t: Token) => boolean,
  quotes = false,
): boolean {
  let quoted = false;
  for (let k = from; k <= last && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (nouns.has(t.lower)) return true;
    if (quotes && isQuoteChar(t.lower)) quoted = !quoted;
    else if (!quoted && !describes(t)) return false;
  }
  return false;
}

/** Whether the object after the verb at `i` is a law, a plan or a decision (within a few words: "a key apartheid law"). */
function policyObject(tokens: Token[], i: number): boolean {
  // (a title in quotation marks may hold any word: "the “textile and apparel trade act of 1987”")
  return nounAhead(tokens, i + 1, i + 10, POLICY_NOUNS, describing, true);
}

/** Whether a view's noun closes the phrase after the "with" at `k` ("the report", "one analyst's prediction"). */
function viewObject(tokens: Token[], k: number): boolean {
  return nounAhead(tokens, k + 1, k + 6, VIEW_NOUNS, describing);
}

/** Whether a prospect's noun follows the verb at `i` within three words that describe it ("no current need"). */
function prospectSeen(tokens: Token[], i: number): boolean {
  return nounAhead(
    tokens,
    i + 1,
    i + 4,
    PROSPECT_NOUNS,
    (t) => /^(?:DET|ADJ|ADV|NUM)$/.test(t.pos) || /ing$/.test(t.lower),
  );
}

// the verbs of a figure's change a forecast sees coming ("rising", "falling", "improving")
const CHANGES = new Set(
  'rise fall grow climb improve increase decline drop slow ease weaken strengthen recover shrink widen narrow'.split(
    ' ',
  ),
);

/**
 * "They saw exports falling by a real 2-1/2 pct in 1987", "Ifo and DIW saw these investments rising by only two pct"
 * (Reuters-21578, rounds 1341 and 1349, five times in two reports of economic institutes): "saw" with a thing and its
 * change in -ing is a forecast, not a sight.
 */
function sawChanging(tokens: Token[], i: number): boolean {
  for (let k = i + 2; k <= i + 9 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' && t.lower.endsWith('ing')) return CHANGES.has(t.lemma);
    if (!/^(?:DET|ADJ|NOUN|PROPN|NUM|ADP)$/.test(t.pos)) return false;
  }
  return false;
}

// "Gerrard plays down European hopes", "the minister played down fears of a strike": a claim made smaller in words
// (the phrasal form of "downplay"); "played down the wing" is a game
const playedDown: SpecialCase = (tokens, i) =>
  tokens[i + 1]?.lower === 'down' &&
  // (a headline's plural may be read as a verb: "plays down European hopes")
  tokens.slice(i + 2, i + 6).some((x) => PLAYED_DOWN.has(x.lemma) || PLAYED_DOWN.has(x.lower));

// "the prisoner pleads with the minister to intervene", "she begged the court for mercy", "implored them to stay": a
// plea (Quirk's suasive verbs) to an addressee, for something or with a that-clause states what the pleader wants;
// "pleaded guilty" is a plea in court, an act, and "begs the question" an idiom
const plea: SpecialCase = (tokens, i) => {
  const next = tokens[i + 1];
  // ("pleaded guilty to selling …", "pleaded not guilty", "pleaded no contest": the court plea, whatever follows)
  if (!next || /^(?:guilty|not|innocent|no)$/.test(next.lower)) return false;
  if (next.lower === 'that' || next.lower === 'for') return true;
  let k = next.lower === 'with' ? i + 2 : i + 1;
  const from = k;
  while (k <= from + 5 && /^(?:DET|ADJ|NOUN|PROPN|PRON)$/.test(tokens[k]?.pos ?? '')) k++;
  if (k === from) return false;
  if (tokens[k]?.lower === 'for') return true;
  if (tokens[k]?.lower === 'not') k++;
  return tokens[k]?.lower === 'to' && tokens[k + 1]?.pos === 'VERB';
};

// "the spokesman offered his explanation for the delay", "she shared her thoughts on the case", "gave a different
// account of events": a verb of giving with a message noun as its object means the verb of saying it stands for
// ("explained", "recounted"); "gave a donation", "offered a reward" give things
const messageGiven: SpecialCase = (tokens, i) => {
  for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
    const t = tokens[k]!;
    // ("paid tributes to the agitators at Sam Stafford's memorial", "paid his tributes at the programme": tribute paid
    // at a memorial or a ceremony is the ceremony, an act; WMT news test set, round 1711)
    if (t.pos === 'NOUN' && MESSAGE_NOUNS.has(t.lower)) return !tributeAtCeremony(tokens, k);
    // ("issuing high-level warnings": a hyphened modifier)
    if (t.lower === '-' && tokens[k - 1]?.end === t.start) continue;
    // ("Leaders paid Bonner tribute": the one it is given to may stand before it)
    if (!/^(?:DET|ADJ|PRON|ADV|NOUN|PROPN)$/.test(t.pos)) return false;
  }
  return false;
};

// where a tribute is paid in a ceremony rather than in words
const CEREMONY_PLACES = new Set(
  'memorial memorials ceremony ceremonies programme program event service services funeral grave graves statue monument shrine cemetery wreath'.split(
    ' ',
  ),
);

/** "tributes to the agitators at Sam Stafford's memorial": "at" and a ceremony or its place after the tribute. */
function tributeAtCeremony(tokens: Token[], noun: number): boolean {
  if (!/^tributes?$/.test(tokens[noun]!.lower)) return false;
  for (let k = noun + 1; k < tokens.length && k <= noun + 12; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.lower === '"' || t.lower === '“') return false;
    if (t.lower !== 'at') continue;
    for (let j = k + 1; j < tokens.length && j <= k + 6; j++) {
      if (CEREMONY_PLACES.has(tokens[j]!.lower)) return true;
      if (!/^(?:DET|ADJ|NOUN|PROPN|PART|NUM)$/.test(tokens[j]!.pos)) break;
    }
  }
  return false;
}

// "Some Republicans shared that view", "Several other Republicans echoed that sentiment": a view taken up is held,
// its holder the subject (the passive, "Similar sentiment was shared by a senator", is sources/agent.ts)
const viewShared: SpecialCase = (tokens, i) => {
  let k = i + 1;
  while (
    k <= i + 3 &&
    (/^(?:DET|ADJ|PRON)$/.test(tokens[k]?.pos ?? '') ||
      /^(?:that|this|these|those)$/.test(tokens[k]?.lower ?? ''))
  )
    k++;
  const noun = tokens[k];
  return noun?.pos === 'NOUN' && (HELD_VIEWS.has(noun.lemma) || HELD_VIEWS.has(noun.lower));
};

// "Putin renewed his denial of the allegations", "The union repeated its call for a strike": a statement made again
// is made, its maker the subject
const statementRepeated: SpecialCase = (tokens, i) => {
  let k = i + 1;
  while (k <= i + 3 && /^(?:DET|ADJ|PRON)$/.test(tokens[k]?.pos ?? '')) k++;
  const noun = tokens[k];
  return (
    noun?.pos === 'NOUN' && (STATEMENT_NOUNS.has(noun.lemma) || STATEMENT_NOUNS.has(noun.lower))
  );
};

// "Nancy Reagan released a statement regarding the death of …", "Sources gave conflicting reports as to whether …": a
// text put out, with what it is about after it, tells what was said; "released a statement after the accident", "made
// these comments after arriving" name the act alone
const messageAbout: SpecialCase = (tokens, i) => {
  let k = i + 1;
  while (k <= i + 4 && /^(?:DET|ADJ|PRON|NUM)$/.test(tokens[k]?.pos ?? '')) k++;
  const noun = tokens[k];
  if (noun?.pos !== 'NOUN' || !TOPIC_MESSAGE_NOUNS.has(noun.lower)) return false;
  const about = tokens[k + 1];
  if (!about || !ABOUT_WORDS.has(about.lower)) return false;
  const what = tokens[k + 2];
  if (about.lower === 'as') return what?.lower === 'to';
  // ("a statement on Monday", "remarks on 3 May": a time, not a topic)
  if (!what || what.pos === 'NUM' || TIME_WORD.test(what.lower) || DATE_NAME.test(what.lower))
    return false;
  return !TIME_WORD.test(tokens[k + 3]?.lower ?? '');
};

// "Reed and Schiff both raised concerns about Trump's mindfulness": doubts raised are doubts voiced
const doubtsRaised: SpecialCase = (tokens, i) => {
  let k = i + 1;
  while (k <= i + 3 && /^(?:DET|ADJ|NUM|ADV)$/.test(tokens[k]?.pos ?? '')) k++;
  return tokens[k]?.pos === 'NOUN' && RAISED_DOUBTS.has(tokens[k]!.lower);
};

// the views one has about what is or will be, which "have" and a clause after them state ("had fears that …")
const HAD_VIEWS = new Set([
  'concern',
  'concerns',
  'fear',
  'fears',
  'doubt',
  'doubts',
  'suspicion',
  'suspicions',
]);

/**
 * "Mr Blair did have concerns Labour is still seen as the party that raises taxes", "He had fears that Labour would
 * lose" (WMT news test set, round 1711): a person having a view with the clause it holds states it, as "feared that"
 * does; "has concerns about the plan" names a topic, no claim.
 */
const viewHeld: SpecialCase = (tokens, i) => {
  if (!personSubjectBefore(tokens, i)) return false;
  let k = i + 1;
  while (k <= i + 3 && /^(?:DET|ADJ|ADV)$/.test(tokens[k]?.pos ?? '')) k++;
  if (!HAD_VIEWS.has(tokens[k]?.lower ?? '')) return false;
  return tokens[k + 1]?.lower === 'that' || clauseGiven(tokens, k, 'have');
};

// verbs of saying whose object may be a gerund: "opposes repealing", "denies taking", "suggested waiting"
const GERUND_TAKERS = new Set([
  'oppose',
  'deny',
  'admit',
  'suggest',
  'propose',
  'recommend',
  'regret',
]);

const SPECIAL_CASES = new Map<string, SpecialCase[]>();
/** An active "backs" or "backed" with its object right after it (see special(['back'])). */
function backedSomething(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.lower !== 'backs' && t.lower !== 'backed') return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next || prev.lower === '-' || (prev.pos === 'AUX' && prev.lemma === 'be'))
    return false;
  // ("Tom Reyes has backed Ian Pike for the job": backing a person named in full picks them, an act)
  // ("backed Mr Brown's plan" backs the plan)
  const after = tokens[i + 3];
  if (
    next.pos === 'PROPN' &&
    tokens[i + 2]?.pos === 'PROPN' &&
    after?.pos !== 'NOUN' &&
    !isPossessiveMark(after)
  )
    return false;
  return (
    /^(?:DET|PROPN|NOUN|ADJ|NUM)$/.test(next.pos) ||
    (next.pos === 'VERB' && next.lower.endsWith('ing'))
  );
}

/**
 * After "remind" at i, its addressee and then "to" and a verb, or "that", before any mark or "of". Not "reminded us
 * that …": the writer, one of "us", draws the lesson.
 */
function remindedToOrThat(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.lower === 'us') return false;
  for (let k = i + 1; k < tokens.length && k <= i + 10; k++) {
    const t = tokens[k]!;
    // (the tagger may read the "that" after an addressee as a determiner)
    if (t.lower === 'that') return k > i + 1;
    // (a "to" of the addressee's own phrase may come first: "residents who lost vacation homes to Sandy to look …")
    if (t.lower === 'to' && tokens[k + 1]?.pos === 'VERB') return true;
    if (t.pos === 'PUNCT' || t.lower === 'of' || t.lower === 'about') return false;
  }
  return false;
}

function special(lemmas: Iterable<string>, test: SpecialCase): void {
  for (const lemma of lemmas) SPECIAL_CASES.set(lemma, [...(SPECIAL_CASES.get(lemma) ?? []), test]);
}
special(THAT_VERBS, finding);
special(['speak', 'talk'], spokeOf);
special(['point'], pointedOut);
special(['hit', 'lash'], hitOut);
// "Conway railed against Doug Jones", "the official took issue with the measure": complaints made in words
special(['rail'], (tokens, i) => /^(?:against|at)$/.test(tokens[i + 1]?.lower ?? ''));
// "Residents moaned that the buses were late": a complaint; "They moan." alone, or "the wind moaned", may tell a sound
special(['moan'], (tokens, i) => tokens[i + 1]?.lower === 'that');
// "Lawson restated that the government was keeping membership under review" (Reuters-21578, round 1473): stated again,
// as "reiterated"; "restated the accounts", "a restated loss" revise figures
special(['restate'], (tokens, i) => tokens[i + 1]?.lower === 'that');
// "Hong Kong … attacked the “textile and apparel trade act of 1987”", "Anglo American has attacked a key apartheid law
// as …" (Reuters-21578, rounds 1477 and 1505): a law, a plan or a decision is attacked in words; a place in arms
special(['attack'], (tokens, i) => policyObject(tokens, i));
// "WHITE HOUSE RAPS DEMOCRATS' BUDGET", "U.S. CONGRESS RAPS JAPAN" (rounds 1255 and 1500): the wire's verb of blame;
// the tagger gives "raping" the same lemma, so only "raps" and "rapped" count
special(['rap'], (tokens, i) => /^rap(?:s|ped)$/.test(tokens[i]!.lower));
// "French economists … agreed with the report", "he agrees with one analyst's prediction" (15 of 17 "agreed with"
// over rounds 1108-1506 labelled so): agreeing with a view holds it; "agreed with its bank committee on a
// rescheduling" makes a deal
special(['agree'], (tokens, i) => tokens[i + 1]?.lower === 'with' && viewObject(tokens, i + 1));
// "France today protested over Canada's decision" (round 1473), "protested against the closing of ports": a complaint
// made in words; "to protest the apartheid laws" may be any act
special(['protest'], (tokens, i) => /^(?:over|against|that)$/.test(tokens[i + 1]?.lower ?? ''));
// "He also reminded residents who lost vacation homes to look to their insurance providers" (Dragnet round 1119), "The
// mayor reminded voters that polls close at 8": advice given or a fact told; "The song reminded him of his youth" is
// neither
special(['remind'], remindedToOrThat);
// "Twenty years ago, newspapers here jeered that transsexuality was an act against God" (Dragnet round 1110): a taunt
// in words, as "moaned that" is a complaint; "the crowd jeered" alone tells a noise
special(['jeer', 'scoff', 'sneer'], (tokens, i) => tokens[i + 1]?.lower === 'that');
// "Polly Peck administrators … have long held that donations … amounted to illegal transfers" (Dragnet round 1114), "the
// court held that …": a view or a ruling; "held that post" holds a thing
special(['hold'], (tokens, i) => tokens[i + 1]?.lower === 'that' && clauseAfter(tokens, i + 1));
// "She wondered aloud whether she had enough gas" (Dragnet round 1120): a question the subject put, aloud or to
// themselves, as "worried that" gives a worry; "I wonder" alone, or "wondered at the view", asks nothing
special(['wonder'], (tokens, i) => {
  const next = tokens[i + 1]?.lower === 'aloud' ? tokens[i + 2] : tokens[i + 1];
  return /^(?:whether|if|how|why|what|who)$/.test(next?.lower ?? '');
});
special(
  ['take'],
  (tokens, i) => tokens[i + 1]?.lower === 'issue' && tokens[i + 2]?.lower === 'with',
);
// "Schumer cast Alabama's senate election results as a repudiation of the policies": casting something as something
// describes it in one's own words ("cast a vote", "cast in bronze" have no "as"); so does portraying or painting it
// as something ("Some Republicans sought to portray the amount of Russian content as miniscule", round 475)
special(['cast', 'portray', 'paint'], (tokens, i) => asAfterObject(tokens, i));

/** "cast the results as a repudiation": an "as" after the object of the verb at `i`, before any verb or mark. */
export function asAfterObject(tokens: Token[], i: number): boolean {
  for (let k = i + 2; k <= i + 10 && k < tokens.length; k++) {
    if (tokens[k]!.lower === 'as') return true;
    if (/^(?:VERB|AUX|PUNCT)$/.test(tokens[k]!.pos)) return false;
  }
  return false;
}
// "Mr Kennedy made it clear he was determined to counter that accusation": making a clause plain is stating it
// (… "made it clear to reporters that …": the hearer may come before the clause)
special(['make'], (tokens, i) => {
  if (tokens[i + 1]?.lower !== 'it' || !/^(?:clear|plain|known)$/.test(tokens[i + 2]?.lower ?? ''))
    return false;
  let k = i + 3;
  if (tokens[k]?.lower === 'to') while (k <= i + 7 && tokens[k]?.lower !== 'that') k++;
  const next = tokens[k];
  return (
    next?.lower === 'that' ||
    (!!next &&
      SUBJECT_PRONOUNS.has(next.lower) &&
      /^(?:AUX|VERB)$/.test(tokens[k + 1]?.pos ?? '')) ||
    clauseAfter(tokens, k - 1)
  );
});
// "Brown shrugs off economy fears": fears shrugged off are answered in words, as when played down ("shrugged off an
// injury" is no talk)
special(
  ['shrug'],
  (tokens, i) =>
    tokens[i + 1]?.lower === 'off' &&
    tokens.slice(i + 2, i + 6).some((x) => PLAYED_DOWN.has(x.lemma) || PLAYED_DOWN.has(x.lower)),
);
// "Tony Woodley repeated his view that all mergers led to job cuts", "repeated that …": words said again are said;
// "repeated the test", "repeated the feat" are acts
special(['repeat'], (tokens, i) => {
  if (tokens[i + 1]?.lower === 'that' || /^["“:,]$/.test(tokens[i + 1]?.lower ?? '')) return true;
  // ("Trump repeated on Saturday that …": a time phrase may come before the clause)
  if (
    /^(?:on|in|last|this|earlier)$/.test(tokens[i + 1]?.lower ?? '') &&
    tokens[i + 3]?.lower === 'that'
  )
    return true;
  for (let k = i + 1; k <= i + 4 && /^(?:DET|PRON|ADJ|NOUN)$/.test(tokens[k]?.pos ?? ''); k++)
    if (SPEECH_NOUNS.has(tokens[k]!.lower)) return true;
  return false;
});
// "a court judged the film was too American": a verdict given as a clause ("buildings judged unsafe" is a state)
// (its clause opens with a determiner, a pronoun or a name: "judged unsafe were demolished" is no clause)
const clauseGiven: SpecialCase = (tokens, i) =>
  tokens[i + 1]?.lower === 'that' ||
  (/^(?:DET|PRON|PROPN)$/.test(tokens[i + 1]?.pos ?? '') && clauseAfter(tokens, i));
special(['judge'], clauseGiven);
special(['raise'], doubtsRaised);
special(['have'], viewHeld);
// "Defence lawyer Akın Atalay had submitted the evidence did not prove a bombing": counsel submitting a clause argues
// it before the court ("submitted a bid", "submitted the report" hand something in)
special(['submit'], clauseGiven);
special(['identify', 'list', 'name'], identified);
// "Michael Howard has dismissed fears that his tax cuts are too modest", "Howard dismisses Tory tax fears": claims or
// fears dismissed are answered in words ("dismissed from his post", "dismissed the staff" are acts)
// … and "has rubbished suggestions that the world champions are a team in decline"
special(['dismiss', 'rubbish'], (tokens, i) => {
  // ("Speculation that the outage was caused by rebels was dismissed by officials": the talk dismissed opens the
  // sentence as the passive's subject)
  if (tokens[i - 1]?.pos === 'AUX' && tokens[i + 1]?.lower === 'by')
    for (let k = 0; k <= 2 && k < i; k++)
      if (PROPOSITION_NOUNS.has(tokens[k]!.lower) || DISMISSED_TALK.has(tokens[k]!.lower))
        return true;
  for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (PROPOSITION_NOUNS.has(t.lower) || DISMISSED_TALK.has(t.lower)) return true;
    // ("dismissed Mandela's remarks": an owner's possessive may open the phrase)
    if (!/^(?:DET|ADJ|NOUN|PROPN)$/.test(t.pos) && !isPossessiveMark(t)) return false;
  }
  return false;
});
special(['challenge'], (tokens, i) => {
  for (let k = i + 1; k <= i + 5 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (CHALLENGED_WORDS.has(t.lower) || PROPOSITION_NOUNS.has(t.lower)) return true;
    if (!/^(?:DET|ADJ|NOUN|PROPN|PART)$/.test(t.pos) && !isPossessiveMark(t)) return false;
  }
  return false;
});
// "Ministers have attempted to reassure religious groups who oppose it they will not be required to …": reassuring
// someone with a clause tells them it ("the figures reassured investors" moves them, no words)
special(['reassure'], clauseAhead);
special(['refer'], referred);
special(['attack', 'slam', 'blast'], attackOnWords);
special(['unveil'], planUnveiled);
special(['put', 'set', 'spell'], planPutForward);
special(['rate'], ratedAs);
special(['appeal'], appealFor);
special(['rule'], ruledOut);
// "…, the court heard.", "…, the MPs heard.": what a court or a committee heard closing the sentence is what it was told
special(['hear'], closingTag);
// "The court heard how documents were taken …", "the jury heard that …": what a court or a panel heard is evidence
// someone gave it
special(
  ['hear'],
  (tokens, i) =>
    /^(?:that|how)$/.test(tokens[i + 1]?.lower ?? '') &&
    RULE_BODIES.has(tokens[i - 1]?.lower ?? ''),
);
special(['play'], playedDown);
special(['slam', 'blast', 'lambast', 'lambaste', 'berate', 'rebuke', 'chide', 'scold'], rebuke);
special(DELIBERATION, deliberation);
special(['declare'], declaration);
special(['commit'], pledge);
special(['propose', 'recommend'], proposal);
special(STANCE, regarding);
special(['come', 'reach'], conclusionReached);
special(['agree', 'accept', 'recognize', 'recognise'], assent);
special(['agree'], closingTag);
special(['put', 'place', 'peg'], placedAt);
special(['give', 'put', 'place', 'show', 'have'], pollStanding);
special(['feel'], feltClause);
special(['request'], requestedThat);
// "The White House backs the House bill", "G7 finance ministers have backed plans to write off …": backing a plan, a
// proposal or a cause in the active, its object right after, is a stance taken in public (a report 7 times of 9 on
// blind rounds 560-940, the other two votes); "backed by Iran", "backed down", "US-backed", "Delegates backing Cruz"
// and a person named in full are none
special(['back'], backedSomething);
special(['make'], madeClear);
special(['see'], foreseen);
// "Landis calculated that the redemption of each certificate results in 176 dlrs in storage savings", "officials
// have calculated losses … at 926 mln dlrs" (Reuters-21578, rounds 1146, 1159): a figure reckoned and stated, in a
// clause or put at a sum; "the machine calculated the area" is a sum done
special(['calculate', 'reckon'], (tokens, i) => {
  if (tokens[i + 1]?.lower === 'that' || clauseAfter(tokens, i)) return true;
  for (let k = i + 2; k < tokens.length && k <= i + 12; k++) {
    if (tokens[k]!.pos === 'PUNCT') return false;
    if (tokens[k]!.lower === 'at' && tokens[k + 1]?.pos === 'NUM') return true;
  }
  return false;
});
special(GIVING_VERBS, messageGiven);
special(['share', 'echo'], viewShared);
special(REPEATING_VERBS, statementRepeated);
special(PUTTING_OUT_VERBS, messageAbout);
special(['plead', 'beg', 'implore', 'entreat', 'beseech'], plea);
// "Trump charged that the Second Amendment is under siege": a charge laid in words is a claim ("charged 23 men with …"
// lays a formal charge, an act)
special(['charge'], (tokens, i) => tokens[i + 1]?.lower === 'that');
special(['threaten'], statedThreat);

/**
 * "Trump has threatened to sue The New York Times", "Republicans … are threatening to block the fund": a person or a
 * body threatening to act states what it will do, as a vow does; "The storm threatens to flood the city" and "The move
 * threatens to alienate voters" forecast (hedges.ts FORECAST_VERBS). The subject is the word before the verb, past
 * auxiliaries and adverbs: a name or a personal pronoun.
 */
function statedThreat(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.lower !== 'to' || !/^(?:VERB|AUX)$/.test(tokens[i + 2]?.pos ?? ''))
    return false;
  return personSubjectBefore(tokens, i) || peopleSubjectBefore(tokens, i);
}

/**
 * "French fishermen have threatened to disrupt British imports" (WMT news test set, round 1720): people named by what
 * they do, in the plural, or a body, threaten as a person does; the word before the verb past auxiliaries and adverbs.
 */
function peopleSubjectBefore(tokens: Token[], i: number): boolean {
  const k = wordBeforeVerb(tokens, i, /^(?:AUX|ADV)$/);
  const word = tokens[k]?.lower ?? '';
  if (tokens[k]?.pos !== 'NOUN') return false;
  return (
    (word.endsWith('s') && isPersonNoun(word.slice(0, -1))) ||
    (word.endsWith('men') && isPersonNoun(`${word.slice(0, -3)}man`)) ||
    ORG_WORDS.has(word)
  );
}

/**
 * Whether the word before the verb at `i`, past its auxiliaries and adverbs, is a name or a personal pronoun; a storm's
 * name is none ("Hurricane Matthew threatens to flood the coast" forecasts).
 */
function personSubjectBefore(tokens: Token[], i: number): boolean {
  const k = wordBeforeVerb(tokens, i, /^(?:AUX|ADV|PART)$/);
  const subject = tokens[k];
  if (!subject) return false;
  if (SUBJECT_PRONOUNS.has(subject.lower)) return true;
  if (subject.pos !== 'PROPN') return false;
  let from = k;
  while (from > 0 && tokens[from - 1]!.pos === 'PROPN') from--;
  return !STORM_WORDS.test(tokens[from]!.lower);
}

/** The index of the word before the verb at `i`, past the words whose tags `skipped` matches; -1 when none. */
function wordBeforeVerb(tokens: Token[], i: number, skipped: RegExp): number {
  let k = i - 1;
  while (k >= 0 && skipped.test(tokens[k]!.pos)) k--;
  return k;
}

// the words that open a storm's name: "Hurricane Matthew", "Tropical Storm Hermine", "Typhoon Haiyan"
const STORM_WORDS = /^(?:hurricane|tropical|storm|typhoon|cyclone|superstorm)$/;

/** True when a lemma has special cases, readings that may make it a reporting verb though no list holds it. */
export function hasSpecialCase(lemma: string): boolean {
  return SPECIAL_CASES.has(lemma);
}

/** Every lemma that has special cases (hasSpecialCase), for a caller that gathers them into a set of its own. */
export function specialCaseLemmas(): Iterable<string> {
  return SPECIAL_CASES.keys();
}

// True when one of the lemma's special cases holds at `i`. (A loop in a function of its own: a callback passed to
// `some` from reportingVerb would make every call of it, one per verb and list, allocate its variables.)
function specialCase(tokens: Token[], i: number, lemma: string): boolean {
  const cases = SPECIAL_CASES.get(lemma);
  if (!cases) return false;
  for (const test of cases) if (test(tokens, i, lemma)) return true;
  return false;
}

// Answers already given, per sentence's tokens and extra list: quotes, speakers and sources ask about the same words
// many times (1 yes, 2 no). The answer at a word reads the words around it, so it stays right only while the array
// and its tokens stay as they are: a token's fields are read-only (grammar/token.ts), the parse never changes an array
// it has handed out (grammar/tokens.ts), and an array made elsewhere must not be changed after it is asked about.
const answers = new WeakMap<readonly Token[], Map<ReadonlySet<string> | undefined, Uint8Array>>();
// the answers for the sentence asked about last, by extra list: callers walk one sentence word by word, often asking
// about each word with two lists in turn, so this skips the WeakMap look-up most of the time
let last:
  | { tokens: readonly Token[]; lists: { extra?: ReadonlySet<string>; known: Uint8Array }[] }
  | undefined;

function answersFor(tokens: readonly Token[], extra?: ReadonlySet<string>): Uint8Array {
  if (last?.tokens !== tokens) last = { tokens, lists: [] };
  for (const list of last.lists) if (list.extra === extra) return list.known;
  let byExtra = answers.get(tokens);
  if (!byExtra) answers.set(tokens, (byExtra = new Map()));
  let known = byExtra.get(extra);
  if (!known) byExtra.set(extra, (known = new Uint8Array(tokens.length)));
  last.lists.push({ extra, known });
  return known;
}

/** True for a reporting verb used as a verb ("said", not "the said company"), not "called off". */
export function isReportingVerb(tokens: Token[], i: number, extra?: ReadonlySet<string>): boolean {
  // only a verb, a noun the tagger misread or an adjective read for a past tense can be one; most words are none of
  // these, and this test costs less than the look-up of an answer
  const pos = tokens[i]?.pos;
  if (pos !== 'VERB' && pos !== 'AUX' && pos !== 'NOUN' && pos !== 'ADJ') return false;
  const known = answersFor(tokens, extra);
  if (known[i]) return known[i] === 1;
  const yes = reportingVerb(tokens, i, extra);
  if (i >= 0 && i < tokens.length) known[i] = yes ? 1 : 2;
  return yes;
}

function reportingVerb(tokens: Token[], i: number, extra?: ReadonlySet<string>): boolean {
  const t = tokens[i]!;
  // a verb or a noun is read by its own lemma below (only an adjective by its -ed form's), and one whose lemma is
  // neither listed nor has a special case is no verb of saying: that answers most words before the reading of the
  // words around them that the look-up below would make vain (this runs once per word and list of extra verbs)
  if (t.pos !== 'ADJ' && !knownToken(t, extra) && !SPECIAL_CASES.has(t.lemma)) return false;
  // the tagger sometimes reads "claims"/"says" after a name as a plural noun
  const verbLike =
    t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'NOUN' && nounReadAsVerb(tokens, i));
  // … or a past tense after a name as an adjective ("President Fernández elaborated, ‘…’"), or a participle after
  // the perfect's "has" ("Henk Ten Cate has branded the complaint as “pathetic”")
  const adjective = !verbLike && (pastAfterName(tokens, i) || perfectParticiple(tokens, i));
  if (!verbLike && !adjective) return false;
  // "the then-envisioned link", "a long-expected vote": a participle hyphened to the word before is a modifier
  const hyphen = tokens[i - 1];
  if (hyphen?.lower === '-' && hyphen.end === t.start) return false;
  // "a state-owned firm", "a report-based score": a word hyphened to the word after it is part of a modifier
  const joined = tokens[i + 1];
  if (joined?.lower === '-' && joined.start === t.end) return false;
  const lemma = adjective ? t.lower.replace(/e?d$/, '') : t.lemma;
  // most verbs are no verb of saying: only a listed lemma or a lemma with a special case can be, so the others stop
  // here, before the special cases look ahead (this runs on every verb, once per list of extra verbs)
  const known = isKnown(lemma, extra) || (adjective && isKnown(lemma + 'e', extra));
  if (!known && !specialCase(tokens, i, lemma)) return false;
  const next = tokens[i + 1];
  // "Members of the Turkish state bureaucracy", "Iranian state television showed": "state" before a noun is the noun
  // modifying it when no clause follows, or after an adjective of place ("Iranian", "Chinese"), which is no plural
  // subject for the verb; "the laws state hospitals must …" keeps its clause
  if (t.lower === 'state' && next?.pos === 'NOUN') {
    const prev = tokens[i - 1];
    const place = !!prev && /(?:an|ic|ish|ese|i)$/.test(prev.lower) && prev.pos !== 'NOUN';
    if (place || !clauseAfter(tokens, i)) return false;
  }
  // "fewer jobs than expected", "higher than forecast": a comparison with what was expected reports nobody's words
  if (tokens[i - 1]?.lower === 'than') return false;
  // "created twice as many jobs as expected", "As expected, two Muslim women … have been elected" (BBC and PTC pages,
  // blind rounds 1023 and 1029): "as expected" compares with, or confirms, a forecast no one in the sentence made
  if (tokens[i - 1]?.lower === 'as' && FORECAST.has(lemma) && tokens[i + 1]?.lower !== 'by')
    return false;
  // "registration by voter, as opposed to by household": a fixed phrase of contrast, no one opposing anything
  if (lemma === 'oppose' && tokens[i - 1]?.lower === 'as' && tokens[i + 1]?.lower === 'to')
    return false;
  // "he looked assured in a more advanced position": a participle after a verb of seeming describes the subject
  if (t.lower.endsWith('ed') && SEEMING.has(tokens[i - 1]?.lemma ?? '')) return false;
  // "Five detainees were questioned by UK police": a person questioned is interrogated, an act; a claim questioned
  // ("the figures were questioned by experts") is doubted in words
  if (lemma === 'question' && interrogated(tokens, i)) return false;
  // "police responded to a call from Candace Smith": going out to a call or a scene, no answer in words
  if (lemma === 'respond' && calledOut(tokens, i)) return false;
  // "a car slammed into the barrier", "slammed the door shut": a blow, no words
  if (lemma === 'slam' && blowStruck(tokens, i)) return false;
  // "the Penfolds, Lindemans and Rosemount brands, for …": one who brands something names it, so a "brands" with no
  // object after it is the noun
  if (lemma === 'brand' && (!tokens[i + 1] || tokens[i + 1]!.pos === 'PUNCT')) return false;
  // "A hamstring injury denied Luscombe the opportunity to start": denying someone a thing withholds it, no words
  if (lemma === 'deny' && withheld(tokens, i)) return false;
  // "had rejected an asylum request": an application decided on, no view in words
  if (lemma === 'reject' && rejectedApplication(tokens, i)) return false;
  // "has admitted two charges of improper conduct", "has denied murder": a plea entered, no words reported
  // (… but "Mr Ebbers has denied charges of fraud" reports his denial: labelled so 8 times of 10 in blind rounds)
  if (lemma === 'admit' && pleaded(tokens, i)) return false;
  if (lemma === 'deny' && pleaded(tokens, i, PLEADED_CRIMES)) return false;
  // "He wrote Ring of Fire with June Carter Cash", "the songs he wrote for others": a work written is made, not said
  if (lemma === 'write' && workWritten(tokens, i)) return false;
  // "has written to homes likely to be affected", "will report to the committee": a letter sent, a report still
  // to be made, no words told
  if ((lemma === 'write' || lemma === 'report') && wroteToOnly(tokens, i)) return false;
  // "The film tells the story of two boys": a work telling a story or a tale narrates its plot, no one's claim
  if (lemma === 'tell' && narratedByWork(tokens, i)) return false;
  // "The crew responded with small-arms fire", "Police responded with tear gas": a response made with a thing is an
  // act ("responded with a statement" keeps its words)
  if (lemma === 'respond' && next?.lower === 'with' && !withWords(tokens, i + 1)) return false;
  // (… and one made by doing something: "Police responded to protestors by deploying rubber bullets")
  if (lemma === 'respond' && respondedByDoing(tokens, i)) return false;
  // "Governor Deval Patrick named Democrat Paul G. Kirk as a temporary replacement": a person named to a post is
  // appointed, an act ("Police named the victim as John Smith" identifies someone, a claim)
  if (lemma === 'name' && appointedAs(tokens, i)) return false;
  // "The US economy added 337,000 jobs", "the pound added 0.5%": adding an amount is no saying
  if (lemma === 'add' && addsAmount(tokens, i)) return false;
  // "Federer claims Dubai crown", "claimed the gold medal": a title taken is won, not claimed in words ("claimed
  // victory" may be either, and stays a claim); "the blasts claimed the lives of 35 people": lives taken, no words
  if (lemma === 'claim' && wonThing(tokens, i) && !clauseAfter(tokens, i)) return false;
  // "The crowd observed a minute's silence": a verb that also names an act reports only with what was said after
  // it ("observed that", "observed, “…”") or as a tag closing the sentence
  // … and '“…,” added John Smith': a verb right after a quotation's closing mark is that quotation's tag
  if (
    ACT_OR_REPORT.has(lemma) &&
    next &&
    !saysSomething(tokens, i) &&
    !closesQuotation(tokens, i) &&
    !personProjects(tokens, i, lemma)
  )
    return false;
  // "a letter written to the minister by a prisoner": a participle that differs from the past tense ("written", not
  // "wrote") with no auxiliary before it is no finite verb, so it describes a noun and reports nothing itself; one
  // joined to another verb ("has written and spoken") shares that verb's auxiliary
  if (/(?:en|wn)$/.test(t.lower) && !/(?:en|wn)$/.test(lemma) && t.pos === 'VERB') {
    let k = i - 1;
    // ("have both spoken out": a floating quantifier may stand after the auxiliary too)
    while (k >= 0 && (tokens[k]!.pos === 'ADV' || /^(?:both|all|each)$/.test(tokens[k]!.lower)))
      k--;
    const before = tokens[k];
    if (before && before.pos !== 'AUX' && before.pos !== 'CCONJ' && before.lemma !== 'get')
      return false;
  }
  // "an estimated two hundred", "the alleged accomplice", "its alleged operator": a participle used as an adjective
  if (
    t.lower.endsWith('ed') &&
    ((tokens[i - 1]?.pos === 'DET' && !floating(tokens, i - 1) && !quantifierSubject(tokens, i)) ||
      /^(?:its|his|her|their|our|your|my)$/.test(tokens[i - 1]?.lower ?? ''))
  )
    return false;
  // "a process called “exfiltration”", "a flying device, called Flyboard Air": a participle naming its noun
  if (t.lower === 'called' || t.lower === 'dubbed' || t.lower === 'nicknamed') {
    const quoteNext = /^["“‘']$/.test(next?.lower ?? '');
    const prev = tokens[i - 1];
    if (prev?.pos === 'NOUN' && quoteNext) return false;
    if (namesItsNoun(tokens, i)) return false;
    if (prev?.lower === ',' && next?.pos === 'PROPN') return false;
    // "The Affordable Care Act, often called "Obamacare," can be viewed …": a quoted name after the comma, an adverb
    // or none between
    if (quoteNext && isNamingAside(tokens, i)) return false;
    // "the island of Rapa Nui, also called Easter Island": an adverb may stand between
    if (prev?.pos === 'ADV' && tokens[i - 2]?.lower === ',' && next?.pos === 'PROPN') return false;
    // "out on licence, also called parole, and": a common noun named between commas
    // (… with no adverb too: "The mass of microbe-rich water, called a plume, was large")
    const comma = prev?.pos === 'ADV' ? tokens[i - 2] : prev;
    if (comma?.lower === ',' && namedBetweenCommas(tokens, i)) return false;
  }
  // a reporting word followed straight by a verb is a noun ("Democrat states discriminate")
  if (
    next?.pos === 'VERB' &&
    t.pos !== 'NOUN' &&
    t.lower.endsWith('s') &&
    tokens[i - 1]?.pos === 'PROPN' &&
    !((lemma === 'propose' || lemma === 'recommend') && proposal(tokens, i, lemma)) &&
    // ("Michael Owen says replacing Thomas will be easy": a gerund opening a clause is no second verb; nor is one
    // after a verb that takes a gerund as its object: "Jones opposes repealing the law", "Lee denies taking bribes")
    !(next.lower.endsWith('ing') && (GERUND_TAKERS.has(lemma) || clauseAfter(tokens, i)))
  )
    return false;
  // "… radio shows, called podcasts.", "a group, called Open Paths,": a participle after a comma with a bare name
  // after it, up to the next mark, names the noun before the comma ("…, called the minister a liar" and "…, called
  // for calm" keep their call)
  if (t.lower === 'called' && tokens[i - 1]?.lower === ',' && barePhraseAfter(tokens, i))
    return false;
  // ("is calling back 17,815 cars": the tagger reads "back" and "off" as adverbs too)
  return !(
    t.lemma === 'call' &&
    next &&
    (next.pos === 'ADP' || (next.pos === 'ADV' && /^(?:back|off)$/.test(next.lower))) &&
    NOT_SPEECH_PARTICLES.has(next.lower)
  );
}

/** After "named" at `i`: a person's name, "as", and a post ("a temporary replacement", "his successor", "coach"). */
function appointedAs(tokens: Token[], i: number): boolean {
  let k = i + 1;
  while (
    k < tokens.length &&
    k <= i + 6 &&
    (tokens[k]!.pos === 'PROPN' || tokens[k]!.lower === '.')
  )
    k++;
  if (k === i + 1 || tokens[k]?.lower !== 'as') return false;
  k++;
  while (
    /^(?:DET|ADJ)$/.test(tokens[k]?.pos ?? '') ||
    /^(?:his|her|their|its)$/.test(tokens[k]?.lower ?? '')
  )
    k++;
  const post = tokens[k]?.lower ?? '';
  return TITLES.has(post) || SUCCESSION_ROLES.has(post);
}

/**
 * "responded to protestors by deploying rubber bullets": "by" and a verb in -ing within a few words of the verb
 * (tagged a noun too: "Authorities responded by clearing the site", a gerund before its object).
 */
function respondedByDoing(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 5 && k < tokens.length; k++) {
    if (tokens[k]!.lower === 'by')
      return (
        /..ing$/.test(tokens[k + 1]?.lower ?? '') && /^(?:VERB|NOUN)$/.test(tokens[k + 1]!.pos)
      );
    // ("Congress responded in 1993 by passing the Religious Freedom Restoration Act": a year between)
    if (!/^(?:ADP|DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(tokens[k]!.pos)) return false;
  }
  return false;
}

// what a response in words is made with: "responded with a statement", "responded with a letter of her own"
const WORDS_GIVEN =
  /^(?:statement|statements|comment|comments|remarks|letter|message|words|questions?|answers?|criticism|defiance|denial)$/;

/** A phrase of words after "with" at `w`: "with a statement", "with the surprising claim that …", "with an apology". */
function withWords(tokens: Token[], w: number): boolean {
  for (let k = w + 1; k <= w + 5 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (WORDS_GIVEN.test(t.lower) || MESSAGE_NOUNS.has(t.lower) || PROPOSITION_NOUNS.has(t.lower))
      return true;
    if (!/^(?:DET|ADJ|NOUN|PRON)$/.test(t.pos)) return false;
  }
  return false;
}

/**
 * One to four nouns or names after `i`, then a punctuation mark or the end: a bare name; or "the" and one to five
 * names ("…, called the Kilodegree Extremely Little Telescope."), a name too ("…, called the police." is no name).
 */
function barePhraseAfter(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.lower === 'the') {
    let k = i + 2;
    while (k <= i + 6 && tokens[k]?.pos === 'PROPN') k++;
    return k > i + 2 && (!tokens[k] || tokens[k]!.pos === 'PUNCT');
  }
  // (an adjective may open it: "Such damage, called pulmonary fibrosis, is permanent", Forbes page, blind round 924)
  let k = i + 1;
  while (k <= i + 2 && tokens[k]?.pos === 'ADJ') k++;
  const noun = k;
  while (k <= i + 4 && /^(?:NOUN|PROPN)$/.test(tokens[k]?.pos ?? '')) k++;
  return k > noun && (!tokens[k] || tokens[k]!.pos === 'PUNCT');
}

/** "has branded", "have also labelled": a word in -ed tagged an adjective right after a form of "have" (adverbs between). */
function perfectParticiple(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'ADJ' || !t.lower.endsWith('ed')) return false;
  let k = i - 1;
  while (k > 0 && tokens[k]!.pos === 'ADV') k--;
  return /^(?:has|have|had)$/.test(tokens[k]?.lower ?? '');
}

/** True when the verb at i is passive ("was described", "has been interpreted"). */
export function isPassive(tokens: Token[], i: number): boolean {
  // "has been encouraging": a form in -ing after "been" is progressive, not passive
  if (tokens[i]!.lower.endsWith('ing')) return false;
  let k = i - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  return k >= 0 && BE.has(tokens[k]!.lower) && tokens[k]!.pos === 'AUX';
}
