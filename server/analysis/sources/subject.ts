import { personName } from '../grammar/names.ts';
import { isDash, isSpacedDash } from '../grammar/spaced-dashes.ts';
import { QUOTE_TOKEN, type Sentence } from './sentence.ts';
import { isQuoteChar, WH, isNp, npEndingAt, phraseAfter, type Phrase } from '../grammar/phrases.ts';
import { sentenceSubject, subjectBefore } from '../grammar/subjects.ts';
import { BE_FORMS, POSSESSIVES, RELATIVE_WORDS } from '../lexicon/function-words.ts';
import { JUDGING } from '../lexicon/verb-classes.ts';
import { closesRelativeClause, judgedState } from '../grammar/verbs.ts';
import { participleShaped, startsUpper, type Token } from '../grammar/token.ts';

// a past participle's ending, regular or the irregular "-wn" ("well-known", "shown", "drawn"), as participleShaped
// asks its callers to name an irregular one beside it
const pastParticipleShaped = (lower: string) => participleShaped(lower) || lower.endsWith('wn');
import { isFiniteVerb } from '../grammar/finite-verb.ts';
import { isNamingParticiple } from '../grammar/naming-participle.ts';
import { SPEAKING_TEXTS } from '../lexicon/speaking-texts.ts';
import { CLAUSE_PARTICIPLES } from '../lexicon/reporting-verbs.ts';
import { toldHearerThenClause } from '../grammar/told-hearer.ts';
import { promptedObject } from './clause.ts';
import { coordinatedPredicateSubject } from './coordinated-predicate.ts';

const JUDGING_SET: ReadonlySet<string> = new Set(JUDGING);

const NOUNISH = new Set(['NOUN', 'PROPN', 'PRON']);

// days, months and spans that head a time phrase ("on Friday", "in March", "last week")
const TIME_WORDS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|day|week|month|year|morning|afternoon|evening|night|weekend)s?$/;

const CLAUSE_SUBJECT = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART']);

/**
 * "Airlines have attacked the legislation saying they could be forced …": "saying" and a clause after a verb's object
 * report the subject's words, the comma before "saying" left out.
 */
export function saidAfterObject(s: Sentence, i: number): boolean {
  return CLAUSE_PARTICIPLES.has(s.tokens[i]!.lower) && clauseFollows(s, i) && objectBefore(s, i);
}

/**
 * Whether the phrase before "saying" at `i` is a verb's object, nothing that could say the words itself: not a text
 * ("a story from The Onion saying …"), not the subject of a side phrase ("with officials saying …", "…, the judges
 * saying …").
 */
function objectBefore(s: Sentence, i: number): boolean {
  const np = npEndingAt(s.tokens, i - 1, 0);
  if (!np || SPEAKING_TEXTS.has(s.tokens[np.to]!.lower)) return false;
  const before = s.tokens[np.from - 1];
  // (… or a phrase of the verb's after a preposition: "appealed to the Supreme Court saying …", "sued in 2010 claiming
  // …"; not "with": "with officials saying …" is a side phrase)
  const linked =
    before?.pos === 'ADP' && before.lower !== 'with' && s.tokens[np.from - 2]?.pos === 'VERB';
  // (… nor inside a "with" phrase opened further back: "with 90 percent polled in January saying …")
  for (let k = np.from - 1; k >= 0 && s.tokens[k]!.lower !== ','; k--)
    if (s.tokens[k]!.lower === 'with') return false;
  return before?.pos === 'VERB' || linked;
}

/** "saying it was dangerous": a subject and a finite verb follow; "demanding a radical escalation" is an object. */
function clauseFollows(s: Sentence, i: number): boolean {
  let k = i + 1;
  // ("saying in a video statement that there are ballots still to be counted": a phrase on where or how it was said
  // may stand before the "that" of the clause)
  if (s.tokens[k]?.pos === 'ADP') {
    let j = k + 1;
    while (j <= k + 5 && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(s.tokens[j]?.pos ?? '')) j++;
    if (j > k + 1 && s.tokens[j]?.lower === 'that') return true;
  }
  // "saying only this group could have done it": an adverb may open the clause
  if (s.tokens[k]?.pos === 'ADV' && s.tokens[k + 1]?.pos !== 'VERB') k++;
  const from = k;
  while (k <= i + 6 && CLAUSE_SUBJECT.has(s.tokens[k]?.pos ?? '')) k++;
  // ("saying it just gives people the same rights": an adverb may stand before the clause's verb)
  const subjectEnd = k;
  while (k > from && k <= i + 8 && s.tokens[k]?.pos === 'ADV') k++;
  const verb = s.tokens[k];
  // "citing their refusal to disclose": a verb after "to" is an infinitive hanging on a noun, not a clause
  return (
    subjectEnd > from &&
    !!verb &&
    (verb.pos === 'VERB' || verb.pos === 'AUX') &&
    !verb.lower.endsWith('ing') &&
    s.tokens[k - 1]?.lower !== 'to'
  );
}

/**
 * "said some of her siblings were …", "urged supporters to remain …": a verb before the next punctuation gives the
 * reporting verb a clause or an object's infinitive, not just an object.
 */
function finiteFollows(s: Sentence, i: number): boolean {
  for (let k = i + 1; k <= i + 10 && k < s.tokens.length; k++) {
    const x = s.tokens[k]!;
    if (x.pos === 'PUNCT') return false;
    if (isFiniteVerb(x)) return true;
  }
  return false;
}

/**
 * "…, his family reported.": a tag closing the sentence after a comma has its subject between the two, even where a
 * name stands earlier ("since Christmas Eve, his family reported").
 */
function closingSubject(s: Sentence, i: number): Phrase | null {
  if (s.tokens.slice(i + 1).some((x) => x.pos !== 'PUNCT')) return null;
  // "…, Next said.": one capitalised word between the comma and the verb is a name, whatever the tagger calls it (the
  // retailer Next read as the adverb "next")
  const one = s.tokens[i - 1];
  if (s.tokens[i - 2]?.lower === ',' && one && one.pos === 'ADV' && startsUpper(s.text, one))
    return { from: i - 1, to: i - 1 };
  let k = i - 1;
  while (k >= 0 && (s.tokens[k]!.pos === 'ADV' || s.tokens[k]!.pos === 'AUX')) k--;
  const np = npEndingAt(s.tokens, k, 0);
  if (!np || s.tokens[np.from - 1]?.lower !== ',' || np.to - np.from > 5) return null;
  return s.tokens.slice(np.from, np.to + 1).some((x) => NOUNISH.has(x.pos)) ? np : null;
}

/**
 * "… and on Friday the council announced": a short time phrase between a conjunction and the subject; returns the
 * index of the word before it, or \`k\` when there is none.
 */
function timePhraseStart(s: Sentence, k: number): number {
  let j = k;
  if (s.tokens[j]?.lower === ',') j--;
  const end = j;
  while (j > end - 3 && j >= 0 && /^(?:PROPN|NOUN|NUM|DET|ADJ)$/.test(s.tokens[j]!.pos)) j--;
  const head = s.tokens[end];
  const prep = s.tokens[j];
  const time =
    j < end &&
    !!head &&
    (head.pos === 'NUM' || TIME_WORDS.test(head.lower)) &&
    !!prep &&
    /^(?:on|in|at|by|since|during)$/.test(prep.lower);
  return time ? j - 1 : k;
}

/**
 * "… and both Ana and Tom claimed victory", "but neither the council nor the mayor would endorse it": a clause
 * joined by a conjunction has its own subject right before its verb.
 */
function joinedSubject(s: Sentence, i: number): Phrase | null {
  let k = i - 1;
  while (k >= 0 && (s.tokens[k]!.pos === 'ADV' || s.tokens[k]!.pos === 'AUX')) k--;
  let np = npEndingAt(s.tokens, k, 0);
  if (!np || k < i - 3) return null;
  // "and on Friday the council announced": the phrase read back from the verb swallows a time phrase's head
  const det = s.tokens.slice(np.from + 1, np.to + 1).findIndex((x) => x.pos === 'DET');
  if (det >= 0 && TIME_WORDS.test(s.tokens[np.from + det]!.lower))
    np = { from: np.from + 1 + det, to: np.to };
  // "Ana and Tom", "the council nor the mayor": one coordinated phrase
  const link = s.tokens[np.from - 1]?.lower ?? '';
  const first = link === 'and' || link === 'nor' ? npEndingAt(s.tokens, np.from - 2, 0) : null;
  if (first) np = { from: first.from, to: np.to };
  let before = np.from - 1;
  if (/^(?:both|neither|either)$/.test(s.tokens[before]?.lower ?? '')) before--;
  before = timePhraseStart(s, before);
  const joint = s.tokens[before];
  return joint && (joint.lower === 'and' || joint.lower === 'but') && before > 0 ? np : null;
}

/** "Some reported wanting to leave", "…, while many argued": a quantifier standing alone as the subject. */
function quantifierSubject(s: Sentence, i: number): Phrase | null {
  const quantifier = (t: { lower: string } | undefined) =>
    !!t && /^(?:some|many|several|most|others)$/.test(t.lower);
  let k = i - 1;
  // "Most said" (tagged an adverb), "Some have long argued"
  while (k >= 0 && !quantifier(s.tokens[k]) && /^(?:ADV|AUX)$/.test(s.tokens[k]!.pos)) k--;
  // "Another 7% said they would not vote": a share of those asked
  if (s.tokens[k]?.lower === '%' && s.tokens[k - 1]?.pos === 'NUM') {
    let from = k - 1;
    // ("The remaining 33% said", "A further 10% said": a determiner and a word placing the share among the rest)
    if (/^(?:remaining|further|other)$/.test(s.tokens[from - 1]?.lower ?? '')) from--;
    if (/^(?:DET|ADV)$/.test(s.tokens[from - 1]?.pos ?? '')) from--;
    const before = s.tokens[from - 1];
    return !before || before.lower === ',' || before.pos === 'CCONJ' ? { from, to: k } : null;
  }
  const q = s.tokens[k];
  if (!quantifier(q)) return null;
  const before = s.tokens[k - 1];
  const opens =
    !before || before.lower === ',' || before.pos === 'CCONJ' || before.lower === 'while';
  return opens ? { from: k, to: k } : null;
}

// what may stand inside a long subject after its head noun phrase: prepositional phrases and their nouns, names
// joined by "&" or "-", adverbs ("Posts on the message board of the club from Friday theorized")
const SUBJECT_TAIL = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV', 'PART']);

/**
 * "Articles in peer-reviewed journals including The Lancet have described …", "Results of two trials, published in
 * 1999, show …": a subject too long for the walk back from the verb, read forward from the sentence's start. Its
 * head is the noun phrase opening the sentence; after it only prepositional phrases, participles ("published",
 * "including") with their objects and a participle phrase set off by commas may stand before the verb, so no other
 * clause can hold the verb's subject.
 */
function openingSubject(s: Sentence, i: number): Phrase | null {
  const tk = s.tokens;
  // ("Meanwhile, a poll carried out by … found": a connective and its comma open the sentence before the subject)
  const from = tk[1]?.lower === ',' && /^(?:ADV|CCONJ)$/.test(tk[0]!.pos) ? 2 : 0;
  let to = from - 1;
  while (to + 1 < i && isNp(tk[to + 1]) && tk[to + 1]!.lower !== 'of') to++;
  if (to < from || !NOUNISH.has(tk[to]!.pos) || i - to < 3) return null;
  let aside = false;
  let k = to + 1;
  // the verb's auxiliaries and adverbs: "have described", "also show"
  let end = i - 1;
  while (end > to && (tk[end]!.pos === 'AUX' || tk[end]!.pos === 'ADV')) end--;
  for (; k <= end; k++) {
    const x = tk[k]!;
    if (x.lower === ',') {
      // a comma opens a participle phrase ("…, published in 1999,") and a second one closes it
      if (!aside && !pastParticipleShaped(tk[k + 1]?.lower ?? '')) return null;
      aside = !aside;
      continue;
    }
    if (WH.has(x.lower) || isQuoteChar(x.lower)) return null;
    // names joined ("Heart & Lung"), not a clause joined before the verb ("repeated the test and confirmed")
    if (x.lower === '-' || x.lower === '&' || (x.lower === 'and' && k < end)) continue;
    // "Figures to be published today": a passive infinitive on the noun
    if (x.lower === 'be' && tk[k - 1]?.lower === 'to') continue;
    // ("An investor group trying to acquire GenCorp Inc said it would move …", Reuters-21578, round 1261): an
    // infinitive after the participle, with its object, still hangs on the noun
    if (
      x.lower === 'to' &&
      tk[k - 1]!.pos === 'VERB' &&
      tk[k - 1]!.lower.endsWith('ing') &&
      tk[k + 1]?.pos === 'VERB' &&
      tk[k + 1]!.lower === tk[k + 1]!.lemma
    ) {
      k++;
      continue;
    }
    // a participle hangs on the noun (or hyphen, or comma) right before it; after an adverb ("then repeated") it
    // may be a finite verb of its own
    if (x.pos === 'VERB' && (pastParticipleShaped(x.lower) || x.lower.endsWith('ing'))) {
      if (!/^(?:NOUN|PROPN|PUNCT|AUX)$/.test(tk[k - 1]!.pos)) return null;
      continue;
    }
    if (!SUBJECT_TAIL.has(x.pos)) return null;
  }
  return aside ? null : { from, to };
}

/**
 * "…, with Senator Chuck Schumer calling for the agency to turn over a new leaf": a participle of saying after "with"
 * and a person's name reports for that person, the news the sentence adds (after a comma, or after a clause with no
 * comma: "Republicans were supportive with Lamar Alexander describing …"). Unnamed sources there ("…, with officials
 * saying this is for security reasons", "with local media reporting …") give the routine source of a reported fact,
 * which the gold labels fact, so only a name counts.
 */
export function withAbsolute(s: Sentence, i: number): Phrase | null {
  if (!s.tokens[i]!.lower.endsWith('ing')) return null;
  const np = npEndingAt(s.tokens, i - 1, 0);
  if (!np || s.tokens[np.from - 1]?.lower !== 'with' || np.from - 1 === 0) return null;
  return personName(s.tokens, s.text, np) ? np : null;
}

/**
 * "Communist hitmen known as sparrows have claimed …" (Reuters-21578, round 1196): a name given with "known as",
 * "called", "dubbed" or "nicknamed" closes the subject's phrase, which opens on the noun it names; null when no such
 * name stands before the verb.
 */
function namedAside(s: Sentence, np: Phrase): Phrase | null {
  const at = s.tokens[np.from - 1]?.lower === 'as' ? np.from - 2 : np.from - 1;
  if (at < 1 || !isNamingParticiple(s.tokens, s.text, at)) return null;
  const head = npEndingAt(s.tokens, at - 1, 0);
  return head ? { from: head.from, to: np.to } : null;
}

/** A verb's source: its subject, or the sentence's subject for "…, stating that" and "… and said". */
export function sourcePhrase(s: Sentence, i: number): Phrase | null {
  const prev = s.tokens[i - 1];
  // "That prompted some charities to say …": whoever was prompted speaks
  const prompted = prev?.lower === 'to' ? promptedObject(s.tokens, i - 1) : null;
  if (prompted) return prompted;
  if (
    prev &&
    (QUOTE_TOKEN.test(prev.lower) ||
      (prev.lower === ',' && QUOTE_TOKEN.test(s.tokens[i - 2]?.lower ?? '')))
  ) {
    return phraseAfter(s.tokens, i); // `"…," said a protester`
  }
  // "It is not for the court to decide, argued the government's lawyer.": an inverted tag closing the sentence;
  // "…, say scientists" (a bare plural); "Because warm water is lighter, says the study, it rises": one set off
  // by commas inside the sentence
  const rest = s.tokens.slice(i + 1);
  const comma = rest.findIndex((x) => x.lower === ',');
  const tag = comma > 0 ? rest.slice(0, comma) : rest;
  if (
    prev?.lower === ',' &&
    !s.tokens[i]!.lower.endsWith('ing') &&
    tag.length > 0 &&
    // ("Barclays, which owns the Woolwich, forecast a fall": the verb after a relative clause is the subject's)
    !closesRelativeClause(s.tokens, i - 1) &&
    (comma > 0 ? tag.length <= 6 : rest.length > 1 || rest[0]!.pos !== 'DET') &&
    // ("…, said our correspondent": a possessive opens the tag's subject too)
    (rest[0]!.pos === 'DET' ||
      rest[0]!.pos === 'PROPN' ||
      rest[0]!.pos === 'NOUN' ||
      // ("…, said one lead author, David Fahey …, the administration …")
      rest[0]!.lower === 'one' ||
      POSSESSIVES.has(rest[0]!.lower)) &&
    tag.every((x) => x.pos !== 'VERB' && x.pos !== 'AUX') &&
    (comma > 0 || rest.every((x) => x.pos !== 'VERB' && x.pos !== 'AUX')) &&
    // ("The plan, announced Monday, will cut 500 jobs": a day after a participle set off by commas tells when, no
    // one announces; WikinewsSum source, blind round 862)
    !(comma > 0 && TIME_WORDS.test(tag[tag.length - 1]!.lower))
  ) {
    const after = phraseAfter(s.tokens, i);
    if (after) return after;
  }
  const closing = closingSubject(s, i);
  if (closing) return closing;
  const t = s.tokens[i]!;
  // ", citing their refusal": a participle after a comma reports for the sentence subject, and only with content
  // (below); the phrase just before the comma is not its subject
  // (… or after a spaced dash: "The government refuses to publish his advice - saying such papers have always been
  // kept confidential", BBC, blind round 989)
  const setOff = prev?.lower === ',' || (isSpacedDash(s.tokens, i - 1) && prev!.end < t.start);
  const trailing = setOff && t.lower.endsWith('ing');
  const np = trailing
    ? null
    : (subjectBefore(s.tokens, s.text, i) ??
      joinedSubject(s, i) ??
      quantifierSubject(s, i) ??
      openingSubject(s, i) ??
      coordinatedPredicateSubject(s, i));
  // "Those who have spoken to the directors said …": "those" with its relative clause is the people it describes
  if (
    np &&
    np.from === np.to &&
    s.tokens[np.from]!.lower === 'those' &&
    s.tokens[np.from + 1]?.lower === 'who'
  )
    return { from: np.from, to: i - 1 };
  if (np) return namedAside(s, np) ?? np;
  const absolute = withAbsolute(s, i);
  if (absolute) return absolute;
  const next = s.tokens[i + 1];
  // "…, saying it was dangerous": a reporting participle after a comma reports for the subject
  // ", calling for the killers to be tried", ", urging residents to leave": a call made by the subject
  // (… and ", calling it a giveaway to corporations": what the subject called something, in their words)
  const call =
    (t.lemma === 'call' &&
      (next?.lower === 'for' ||
        (/^(?:it|them|him|her|this|that)$/.test(next?.lower ?? '') &&
          /^(?:DET|ADJ|NOUN)$/.test(s.tokens[i + 2]?.pos ?? '')))) ||
    (/^(urge|ask|encourage)$/.test(t.lemma) &&
      s.tokens.slice(i + 2, i + 7).some((x) => x.lower === 'to'));
  // ", accusing the tenants of damage", ", blaming the storm for": a charge laid by the subject
  const charge = JUDGING_SET.has(t.lemma) && chargeFollows(s.tokens, i);
  const participle =
    t.lower.endsWith('ing') &&
    !!next &&
    (next.lower === 'that' ||
      call ||
      (setOff && charge) ||
      // "…, finding it to be unlawful": a verdict reached by the subject
      (setOff && judgedState(s.tokens, i)) ||
      (setOff && clauseFollows(s, i)) ||
      toldHearerThenClause(s.tokens, i) ||
      saidAfterObject(s, i) ||
      QUOTE_TOKEN.test(next.lower) ||
      s.quoted[i + 1] === true ||
      (next.lower === ',' && QUOTE_TOKEN.test(s.tokens[i + 2]?.lower ?? '')));
  // "was more forceful in blaming Iran", "joined them in calling for": the sentence subject reports
  // "tried to have him released by saying they forgave him": a means of saying a clause reports too
  const by =
    t.lower.endsWith('ing') &&
    s.tokens[i - 1]?.lower === 'by' &&
    (/^(?:that|he|she|they|we|it)$/.test(s.tokens[i + 1]?.lower ?? '') || finiteFollows(s, i));
  // ("joined other members … in openly warning North Korea": an adverb may stand after "in")
  const inAt = s.tokens[i - 1]?.pos === 'ADV' ? i - 2 : i - 1;
  const gerund = t.lower.endsWith('ing') && (s.tokens[inAt]?.lower === 'in' || by);
  let k = i - 1;
  while (
    k >= 0 &&
    (s.tokens[k]!.pos === 'AUX' ||
      s.tokens[k]!.pos === 'ADV' ||
      QUOTE_TOKEN.test(s.tokens[k]!.lower))
  )
    k--;
  // "… and again observed that", "… but has since said": adverbs and auxiliaries may stand after the conjunction
  const coordinated = ['and', 'but'].includes(s.tokens[k]?.lower ?? '') || gerund;
  // "Mast, whose … bags, has framed": the subject stands before a long interruption
  // … set off by commas or by dashes ("Mr Herron - who gained fame as … - said")
  const mark = s.tokens[k];
  const interrupted =
    (mark?.lower === ',' || mark?.lower === '-' || isDash(mark)) && !t.lower.endsWith('ing');
  const subject = participle || coordinated || interrupted ? sentenceSubject(s.tokens) : null;
  if (!subject || subject.to >= i) return null;
  // "She was drug tested and questioned": a verb joined to a passive is passive too
  const joined = s.tokens[i - 2];
  const passive = !!joined && joined.pos === 'VERB' && /(ed|en|wn)$/.test(joined.lower);
  // … but not "wept upon hearing her son had been convicted and said": that passive has its own subject
  let be = -1;
  for (let k = subject.to + 1; k < i && be < 0; k++) {
    const x = s.tokens[k]!;
    if (x.pos === 'AUX' && BE_FORMS.has(x.lower)) be = k;
  }
  const own = be > 0 && s.tokens.slice(subject.to + 1, be).every((x) => !NOUNISH.has(x.pos));
  if (coordinated && passive && own) return null;
  // "… a conference in which he expressed no regret and mentioned …": the verb is joined inside the relative clause
  const relative = s.tokens.slice(subject.to + 1, i).some((x) => RELATIVE_WORDS.has(x.lower));
  if (coordinated && !gerund && relative) return null;
  // "… and confirmed their conclusion" reports an act; "… and observed that the flies …" reports a claim
  const content =
    next?.lower === 'that' ||
    QUOTE_TOKEN.test(next?.lower ?? '') ||
    s.quoted[i + 1] === true ||
    next?.lower === ',' ||
    next?.lower === ':' ||
    finiteFollows(s, i) ||
    // "… has quit the party and accused it of betraying its supporters": a charge laid
    charge ||
    // "…, and describes itself as a “trusted community resource”": a description given in the subject's words
    (t.lemma === 'describe' && s.tokens.slice(i + 1, i + 5).some((x) => x.lower === 'as')) ||
    // "…, and stressed the continued importance of civil liberties": a point pressed, the stress its content
    s.tokens.slice(i + 1, i + 5).some((x) => /^(?:importance|need|necessity|value)$/.test(x.lower));
  if (coordinated && !gerund && !content) return null;
  return subject;
}

// the words of the one charged, between a verb of judging and its "of" or "for" ("accused Braun, Borchetta and Big
// Machine of …")
const CHARGED_WORDS = /^(?:PROPN|NOUN|DET|ADJ|PRON|NUM|CCONJ)$/;

/**
 * True when "of" or "for" follows the verb of judging at `i` after its object: a few words ("accusing the tenants of
 * damage") or a list of names ("accused Braun, Borchetta and Big Machine of also disallowing …", AEB page of Fox
 * News, blind round 920).
 */
function chargeFollows(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 2; k < tokens.length && k < i + 14; k++) {
    const x = tokens[k]!;
    if (x.lower === 'of' || x.lower === 'for') return true;
    if (k >= i + 7 && !(CHARGED_WORDS.test(x.pos) || x.lower === ',')) return false;
  }
  return false;
}
