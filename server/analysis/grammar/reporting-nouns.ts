import { REPORTING_VERBS } from '../lexicon/reporting-verbs.ts';
import { BRANDING_VERBS, JUDGING_VERBS } from '../lexicon/describing-verbs.ts';
import { QUOTED_OBJECT_VERBS } from '../lexicon/quoted-object-verbs.ts';
import { TEXT_VERBS } from '../lexicon/speaking-texts.ts';
import { POSSESSIVE_DETERMINERS, POSSESSIVES } from '../lexicon/function-words.ts';
import { ANONYMOUS_HEADS, LAY_PEOPLE, ORG_WORDS, TITLES } from '../lexicon/people.ts';
import { OCCUPATIONS, SUBJECT_EPITHETS } from '../lexicon/occupations.ts';
import { retagged, type Token } from './token.ts';
import { nameRunsToEnd, sentenceEnd } from './closing-name.ts';

// the one phrasal reporting verb whose bare verb reports nothing: "points out that"
const PHRASAL = 'points';

/**
 * "The firm points out that …", "…, reports the Daily Mail.": wink-nlp tags a reporting verb in -s as a plural noun
 * ("notes", "points", "reports") after a subject or a comma, so the report is lost. Such a word is the verb when a
 * that-clause follows it (maybe after "out"), after a subject that no determiner or possessive opens right before
 * it; or when it opens a closing tag after a comma and a name runs from it to the sentence's end. A new array and new
 * tokens only when a sentence has one.
 */
export function retagReportingNouns(tokens: Token[]): Token[] {
  if (
    !tokens.some(
      (_, i) => reportingNoun(tokens, i) || progressiveReport(tokens, i) || judgingQuote(tokens, i),
    )
  )
    return tokens;
  return tokens.map((t, i) => {
    if (judgingQuote(tokens, i)) return retagged(t, 'VERB', t.lemma);
    if (reportingNoun(tokens, i)) return retagged(t, 'VERB', textOrReport(t.lower) ?? t.lower);
    return progressiveReport(tokens, i) ? retagged(t, 'VERB', ingLemma(t.lower)!) : t;
  });
}

// an opening quote mark, straight or curly
const QUOTE_MARK = /^["“‘']$/;

// verbs whose quoted object is the subject's words of judgement or thanks
const QUOTE_OBJECT_LEMMAS: ReadonlySet<string> = new Set([
  ...JUDGING_VERBS,
  ...BRANDING_VERBS,
  ...QUOTED_OBJECT_VERBS,
]);

/**
 * "Obama blasts 'politics of division' on return to campaign trail": wink-nlp reads a verb of judging in -s after a
 * name, in a headline's clipped grammar, as a plural noun ("blasts", "attacks"); right before a quotation it is the
 * verb whose object the quoted words are.
 */
function judgingQuote(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  return (
    t.pos === 'NOUN' &&
    thirdPersonShaped(t.lower) &&
    tokens[i - 1]?.pos === 'PROPN' &&
    QUOTE_MARK.test(tokens[i + 1]?.lower ?? '') &&
    QUOTE_OBJECT_LEMMAS.has(t.lemma)
  );
}

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'re", "'s"]);

/** The reporting verb a word in -ing is the participle of ("warning" → "warn", "arguing" → "argue"), else null. */
function ingLemma(word: string): string | null {
  if (!word.endsWith('ing')) return null;
  const bare = word.slice(0, -3);
  if (REPORTING_VERBS.has(bare)) return bare;
  return REPORTING_VERBS.has(bare + 'e') ? bare + 'e' : null;
}

/**
 * "Unions have been warning that jobs could go": wink-nlp may tag a reporting verb's participle after a form of "be"
 * as a noun ("a warning"), and the "that" after it as a determiner; before "that", it is the verb of a report.
 */
function progressiveReport(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  return (
    t.pos === 'NOUN' &&
    BE_FORMS.has(tokens[i - 1]?.lower ?? '') &&
    tokens[i + 1]?.lower === 'that' &&
    ingLemma(t.lower) !== null
  );
}

// plural-subject forms of reporting verbs that are also nouns: "supporters claim it will …"
const BARE_CLAIMS = new Set(['claim', 'warn', 'say', 'argue', 'insist', 'predict', 'report']);

// bare reporting verbs that may follow a plural subject before "that" ("the attendees stress that …"); not "report"
// or "claim", whose noun takes a that-clause after a plural noun ("the sales report that the firm released")
const PLURAL_THAT = new Set(['stress', 'warn', 'insist', 'argue', 'say', 'predict']);

// reporting verbs whose past tense is their bare form, which wink-nlp may tag as a noun: "…, Mr Brown forecast."
const SAME_PAST = new Set(['forecast']);

// the -es after a hissing sound (a constant, made once: lemmaOf runs for every noun)
const SIBILANT_ES = /(?:ss|sh|ch|x)es$/;

/**
 * A third person's -s: the word ends in "s" after another letter than "s" (/[^s]s$/), told by its codes, since every
 * noun of every sentence is asked this two or three times over and the pattern's test cost several comparisons.
 */
function thirdPersonShaped(word: string): boolean {
  const n = word.length;
  return n >= 2 && word.charCodeAt(n - 1) === 0x73 && word.charCodeAt(n - 2) !== 0x73;
}

/** The verb a word in -s would be the third person of, when that verb reports ("points" → "point"), else null. */
function lemmaOf(word: string): string | null {
  if (SAME_PAST.has(word)) return word;
  if (!thirdPersonShaped(word)) return null;
  const bare = word.slice(0, -1);
  if (REPORTING_VERBS.has(bare) || word === PHRASAL) return bare;
  // ("stresses" → "stress")
  return SIBILANT_ES.test(word) && REPORTING_VERBS.has(word.slice(0, -2))
    ? word.slice(0, -2)
    : null;
}

// what may follow the verb of a text and open its words: a quotation mark, a colon, "that"
const OPENS_WORDS = /^(?:["“”':]|that)$/;

const QUOTE_OR_COLON = /^["“”:]$/;

// words before "states" that make it the plural noun: "Gulf states", "member states", "Arab states", "Baltic states"
const PLACE_BEFORE_STATES = /(?:an|ic|ish|ese|ern|arab|gulf|member|island|nation)$/;

/** Past a short phrase of place at `k` ("in Article 19", "on its website"), or `k` itself. */
function pastPlace(tokens: Token[], k: number): number {
  if (tokens[k]?.pos !== 'ADP') return k;
  let j = k + 1;
  while (j < k + 5 && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[j]?.pos ?? '')) j++;
  return j > k + 1 ? j : k;
}

/** The verb of saying or of a text a word in -s is the third person of ("states" → "state", "reads" → "read"). */
function textOrReport(word: string): string | null {
  return (
    lemmaOf(word) ??
    (thirdPersonShaped(word) && TEXT_VERBS.has(word.slice(0, -1)) ? word.slice(0, -1) : null)
  );
}

/**
 * Whether a word may be read as a verb below at all: a third person of a verb of saying or of a text (textOrReport),
 * or a bare verb of saying after a plural (PLURAL_THAT, BARE_CLAIMS). Each reading needs one of these, and most nouns
 * are none, so they are told by the word alone before the words around them are read (this runs on every noun).
 */
function mayReport(word: string): boolean {
  return textOrReport(word) !== null || PLURAL_THAT.has(word) || BARE_CLAIMS.has(word);
}

function reportingNoun(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'NOUN' || !mayReport(t.lower)) return false;
  const prev = tokens[i - 1];
  if (!prev) return false;
  // "Article 10 of the declaration, which states “…”", "an error message which reads: “…”": after a relative
  // "which", a verb of saying or of a text right before a quotation, a colon or "that" is the relative clause's verb
  if (
    prev.lower === 'which' &&
    textOrReport(t.lower) &&
    OPENS_WORDS.test(tokens[i + 1]?.lower ?? '')
  )
    return true;
  // "The Constitution of Iraq states in Article 19 “…”", "The sign reads: “…”": after a name or a noun, before a
  // quotation or a colon (maybe past a place in the text), it is the verb a text speaks with
  // (… but "the Gulf states: Saudi Arabia, …", "member states: …" list countries)
  if (
    /^(?:NOUN|PROPN)$/.test(prev.pos) &&
    !(t.lower === 'states' && PLACE_BEFORE_STATES.test(prev.lower)) &&
    textOrReport(t.lower) &&
    (QUOTE_OR_COLON.test(tokens[pastPlace(tokens, i + 1)]?.lower ?? '') ||
      // ("The U.S. Department of Agriculture notes, “…”": a comma before the quotation)
      (tokens[i + 1]?.lower === ',' && /^["“”]$/.test(tokens[i + 2]?.lower ?? '')))
  )
    return true;
  // "However, the attendees stress that the al-Qaeda presence is not Yemen's only problem": a bare verb after a plural
  // noun, before "that" and a clause's subject, agrees with that noun (a noun "stress" would take an "of" or a possessive)
  if (
    PLURAL_THAT.has(t.lower) &&
    prev.pos === 'NOUN' &&
    thirdPersonShaped(prev.lower) &&
    tokens[i + 1]?.lower === 'that' &&
    /^(?:DET|PRON|PROPN|NOUN|ADJ|NUM)$/.test(tokens[i + 2]?.pos ?? '') &&
    !POSSESSIVES.has(tokens[i - 2]?.lower ?? '')
  )
    return true;
  if (!(lemmaOf(t.lower) || BARE_CLAIMS.has(t.lower))) return false;
  // "…, reports the Daily Mail.": a closing tag, a name to the end
  // (… or people the article does not name: "This was the most intense fighting in months, claim residents.")
  if (prev.lower === ',')
    return (
      nameRunsToEnd(tokens, i + 1, (t) => t.pos === 'PUNCT') ||
      (BARE_CLAIMS.has(t.lower) && peopleToEnd(tokens, i + 1))
    );
  // "“We're truly excited about our tour,” comments Johnston in a statement, “…”" (AEB page of Billboard, blind round
  // 892): right after a quotation closed on a comma, a name after the word makes it the tag's verb
  if (/^["”']$/.test(prev.lower) && tokens[i - 2]?.lower === ',' && tokens[i + 1]?.pos === 'PROPN')
    return !!lemmaOf(t.lower);
  // "Inflation would be 1.75% next year, Mr Brown forecast.": a closing tag the other way round, a name from the
  // comma to the word, which ends the sentence
  if (closesSentence(tokens, i) && subjectFromComma(tokens, i)) return true;
  // "… “growing older and whiter,” as The New York Times reports.": an as-clause closing the sentence, its subject
  // running from "as" to the word
  if (closesSentence(tokens, i) && asClauseSubject(tokens, i)) return true;
  if (SAME_PAST.has(t.lower)) return false;
  // "The firm points out that …", "The survey notes that …" ("his notes that …" stays a noun)
  const phrasal = t.lower === PHRASAL;
  // "The prime minister claims this is …", "the spokesman says it will …": after a noun of a person, a clause's
  // subject right after the word makes it the verb (a plural noun "minister claims" would not take one)
  if (!phrasal && holdsRole(prev.lower) && CLAUSE_OPENERS.has(tokens[i + 1]?.lower ?? ''))
    return true;
  // "supporters of the change claim it will mean …": a bare reporting verb after a noun, with a subject pronoun and
  // its verb right after it, is the verb of a plural subject (no noun "claim" takes "it will" after it)
  if (
    BARE_CLAIMS.has(t.lower) &&
    /^(?:NOUN|PROPN)$/.test(prev.pos) &&
    CLAUSE_OPENERS.has(tokens[i + 1]?.lower ?? '') &&
    /^(?:AUX|VERB)$/.test(tokens[i + 2]?.pos ?? '')
  )
    return true;
  // "At the same time, the company claims its new prices and Prime deals have saved customers …" (blind round 814):
  // after a noun, a possessive opening a phrase whose verb follows makes the word the verb (no noun "claims" stands
  // right before another phrase's "its", but "the company's claims" may stand after one); not a verb's object
  // ("started publishing questions their reporters would have asked": the noun with a relative clause, round 619)
  if (
    /^(?:NOUN|PROPN)$/.test(prev.pos) &&
    !POSSESSIVES.has(tokens[i - 2]?.lower ?? '') &&
    !objectBefore(tokens, i) &&
    POSSESSIVE_DETERMINERS.has(tokens[i + 1]?.lower ?? '') &&
    verbAhead(tokens, i + 2)
  )
    return true;
  // ("the pay claim that unions made": a bare form before "that" may be the noun with a relative clause)
  if (!lemmaOf(t.lower)) return false;
  if (phrasal && tokens[i + 1]?.lower !== 'out') return false;
  if (tokens[phrasal ? i + 2 : i + 1]?.lower !== 'that') return false;
  // ("The National Institute of Economic and Social Research (NIESR) claims that": initials in brackets end the subject)
  return (
    (/^(?:NOUN|PROPN|PRON|ADJ)$/.test(prev.pos) && !POSSESSIVES.has(prev.lower)) ||
    (prev.lower === ')' && tokens[i - 2]?.pos === 'PROPN')
  );
}

/** Whether the noun phrase ending right before `i` is a verb's object (a gerund the tagger read as a noun included). */
function objectBefore(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && /^(?:NOUN|PROPN|ADJ|DET|NUM)$/.test(tokens[k]!.pos)) {
    if (tokens[k]!.pos === 'NOUN' && tokens[k]!.lower.endsWith('ing')) return true;
    k--;
  }
  return tokens[k]?.pos === 'VERB';
}

// how far past a possessive the verb of its phrase may stand: "its new prices and Prime deals have"
const PHRASE_REACH = 7;

/** Whether a finite verb follows within PHRASE_REACH words of `from`, with only a noun phrase before it. */
function verbAhead(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + PHRASE_REACH; k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing'))) return k > from;
    if (!/^(?:ADJ|NOUN|PROPN|NUM|CCONJ|DET)$/.test(t.pos)) return false;
  }
  return false;
}

/** Whether a plain phrase for unnamed people ("residents", "local civilians") runs from `from` to the sentence's end. */
function peopleToEnd(tokens: Token[], from: number): boolean {
  let k = from;
  while (k < tokens.length && /^(?:ADJ|DET|NUM)$/.test(tokens[k]!.pos)) k++;
  const head = tokens[k];
  if (!head || head.pos !== 'NOUN') return false;
  if (!ANONYMOUS_HEADS.has(head.lower) && !LAY_PEOPLE.has(head.lower)) return false;
  // (the words may be parsed with the paragraph's next sentences after them: a stop ends the phrase)
  return /^[.!?]$/.test(tokens[k + 1]?.lower ?? '');
}

// a closing quotation mark, straight or curly
const CLOSING_MARK = /^["”’']$/;

/** True when only closing marks (a stop, a quotation mark) follow the word at `i`. */
function closesSentence(tokens: Token[], i: number): boolean {
  // (in a whole article's parse the sentence ends at the gap before the next one, sentenceEnd)
  let k = i + 1;
  while (!sentenceEnd(tokens, k) && tokens[k]!.pos === 'PUNCT') k++;
  return k > i + 1 && sentenceEnd(tokens, k);
}

/** A short name or noun phrase between a comma and the word at `i`: "Mr Brown", "the Treasury". */
function subjectFromComma(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && i - k <= 6 && /^(?:PROPN|NOUN|ADJ|DET)$/.test(tokens[k]!.pos)) k--;
  // (… or from words closed on a comma inside their marks: "“The police lacked a plan,” the report states.", blind
  // round 830)
  const closed = CLOSING_MARK.test(tokens[k]?.lower ?? '') && tokens[k - 1]?.lower === ',';
  if (k === i - 1 || (tokens[k]?.lower !== ',' && !closed)) return false;
  const first = tokens[k + 1]!;
  return first.pos === 'PROPN' || (first.pos === 'DET' && tokens[i - 1]!.pos !== 'DET');
}

// subjects that open a clause: "claims this is", "says it will", "insists there is"
const CLAUSE_OPENERS = new Set(['this', 'it', 'he', 'she', 'they', 'there', 'we', 'i']);

/** Whether a noun names someone by title or occupation ("minister", "spokesman", "manager"). */
function holdsRole(noun: string): boolean {
  // (… or a body: "The military claims it is in a “final push”", blind round 351)
  return (
    TITLES.has(noun) || OCCUPATIONS.has(noun) || SUBJECT_EPITHETS.has(noun) || ORG_WORDS.has(noun)
  );
}

/**
 * Whether a name or a noun phrase runs back from the word at `i` to an "as" right before it ("as The Times reports").
 */
function asClauseSubject(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && /^(?:PROPN|DET|NOUN)$/.test(tokens[k]!.pos)) k--;
  return k < i - 1 && tokens[k]?.lower === 'as';
}
