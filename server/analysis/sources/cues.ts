import { closesApposition } from '../grammar/closed-apposition.ts';
import { isFiniteVerb } from '../grammar/finite-verb.ts';
import { inSubordinateClause } from '../grammar/side-clause.ts';
import { isDash } from '../grammar/spaced-dashes.ts';
import { askedOfYou } from '../grammar/asked-of-you.ts';
import { CHANGE_WORDS } from '../lexicon/measures.ts';
import {
  NAMING_VERBS,
  QUOTE_TAG_VERBS,
  SPEECH_NOUNS,
  VIEW_VERBS,
} from '../lexicon/reporting-verbs.ts';
import {
  inOpenRelative,
  inRelative,
  infinitive,
  prepositionBefore,
  subordinate,
} from './clause.ts';
import { canSpeak } from '../grammar/can-speak.ts';
import { QUOTE_TOKEN, addSource, cue, type Sentence } from './sentence.ts';
import { isGenericSubject } from '../grammar/generic.ts';
import { saidAfterObject, sourcePhrase, withAbsolute } from './subject.ts';
import { reportWithUnfoundSubject } from './unfound-subject.ts';
import { asSaidClause } from '../grammar/as-said-clause.ts';
import { ledToBelieve } from './led-to-believe.ts';
import { continuativeReport } from './continuative-relative.ts';
import { sentTextSaying } from './text-saying.ts';
import { saidNounObject } from './said-noun-object.ts';
import { cameForward } from './came-forward.ts';
import { CARRYING_VERBS } from '../lexicon/said-nouns.ts';
import { byEstimates } from './by-estimates.ts';
import { inPoll } from './in-poll.ts';
import { isPassiveRequest, isRequest } from './request.ts';
import { authorOf, npEndingAt, phraseAfter } from '../grammar/phrases.ts';
import { linksToReport } from '../grammar/linking-clause.ts';
import { clauseAfter, isPassive, isReportingVerb, specialCaseLemmas } from '../grammar/verbs.ts';
import { HELD_NOT_SO, JUDGING, PREDICTING } from '../lexicon/verb-classes.ts';
import { personName } from '../grammar/names.ts';
import { sentenceSubject } from '../grammar/subjects.ts';
import {
  isPastParticiple,
  inList,
  isPossessiveMark,
  participleOrGerundShaped,
  startsUpper,
  type Token,
} from '../grammar/token.ts';
import { InList } from '../lexicon/word-lists.ts';
import { GUESS_HEDGES, POSSIBILITY_MODALS } from '../lexicon/auxiliaries.ts';
import {
  ANNOUNCING_VERBS,
  QUOTED_AS_ACTS,
  STANCE_TAKEN_VERBS,
} from '../lexicon/reporting-verbs.ts';
import { APPROXIMATORS, DEMONSTRATIVES, POSSESSIVES } from '../lexicon/function-words.ts';
import { COUNT_WORDS } from '../lexicon/counts.ts';
import { DOCUMENT_NOUNS } from '../lexicon/documents.ts';
import { ANONYMOUS_HEADS, ORG_WORDS, PARTY_MEMBERS, TITLES } from '../lexicon/people.ts';
import { OCCUPATIONS } from '../lexicon/occupations.ts';
import { OPINION_FRAME_NOUNS, PER_ARRANGEMENT_NOUNS } from '../lexicon/opinion-frames.ts';
import { ANYONE_WORDS } from '../lexicon/anyone.ts';
import { APPOINTING_BODIES, DONE_BY_VERBS, MEANS_OF_TELLING } from '../lexicon/agents.ts';
import { INSTITUTION_NOUNS, NOT_SOURCES, PERSON_PRONOUNS } from '../lexicon/source-kinds.ts';
import {
  FINDING_VERBS,
  INFERENCE_VERBS,
  IT_SPEAKS_VERBS,
  PERSONAL_STANCE_VERBS,
  SIDE_TAKING_VERBS,
  VOTE_LEMMAS,
  REJECTED_DEALS,
  VOTING_BODIES,
} from '../lexicon/subject-verbs.ts';
import { UPPER_START } from '../grammar/letters.ts';
import { DATE_NAME, MONTH_LEAD, MONTH_NAME, TIME_WORD } from '../lexicon/subject-pieces.ts';
import type { Phrase } from '../grammar/phrases.ts';
import { toldHearerThenClause } from '../grammar/told-hearer.ts';

/**
 * A subject that can take a side: a name, a body or a group of people ("the teachers", "the youth league"), or a
 * share of those asked; "the data support the theory" and "the law supports" hold no view.
 */
function takesSides(s: Sentence, from: number, to: number): boolean {
  const head = s.tokens[to]!;
  if (DOCUMENT_NOUNS.has(head.lower) || DOCUMENT_NOUNS.has(head.lemma)) return false;
  if (head.pos === 'PROPN' || shareOfPeople(s, from, to)) return true;
  const lemma = head.lemma;
  // (office holders too: "The senators welcomed Azar as an experienced hand", round 414)
  return [ANONYMOUS_HEADS, ORG_WORDS, INSTITUTION_NOUNS, OCCUPATIONS, PARTY_MEMBERS, TITLES].some(
    (words) => words.has(head.lower) || words.has(lemma),
  );
}

/**
 * A side taken by a subject that can hold one, outside a vote. The rounds agree on a body, a group or a share of
 * those asked ("the youth league supported the president", "25 percent favoured a delay") and on a welcome from anyone;
 * on a single person's support they split ("she backed his government" attributed in one round, "he has supported
 * land reform" a fact in others), so one person supporting or favouring is left as it was.
 */
function sideTaken(
  s: Sentence,
  np: { from: number; to: number },
  person: boolean,
  lemma: string,
): boolean {
  if (s.tokens.some((x) => VOTE_LEMMAS.has(x.lemma))) return false;
  if (person) return lemma === 'welcome';
  return takesSides(s, np.from, np.to);
}

/**
 * Whether turning something down states a stance: not a deal refused or a measure voted down ("Taft earlier rejected a
 * 145 dlr per share bid", "The Senate rejected the bill", "Voters in Minnesota rejected a ban"; REJECTED_DEALS,
 * VOTING_BODIES).
 */
function rejectsStance(s: Sentence, np: { from: number; to: number }, verb: number): boolean {
  const subject = s.tokens.slice(np.from, np.to + 1);
  if (
    subject.some((x) => VOTING_BODIES.has(x.lower)) ||
    s.tokens.some((x) => VOTE_LEMMAS.has(x.lemma))
  )
    return false;
  // the object's head, before any phrase after it ("a 145 dlr per share bid from the investment group")
  for (let k = verb + 1; k < s.tokens.length && k <= verb + 8; k++) {
    const t = s.tokens[k]!;
    // (a price inside the phrase runs on: "a 145 dlr per share bid")
    if ((t.pos === 'ADP' && t.lower !== 'per') || t.pos === 'PUNCT' || t.pos === 'VERB') break;
    if (REJECTED_DEALS.has(t.lemma)) return false;
  }
  return true;
}

/** "62 percent supported the plan", "a third opposed": a share of those asked, which holds the view it is given. */
function shareOfPeople(s: Sentence, from: number, to: number): boolean {
  const head = s.tokens[to]!.lower;
  if (head === 'percent' || head === '%' || head === 'per') return true;
  return from === to && s.tokens[from]!.pos === 'NUM';
}

/** "The ministry did not respond": a source that said nothing is a reported fact, not a claim. */
function negated(s: Sentence, i: number): boolean {
  // "The statement specified no date": words that give nothing relay no claim
  // … unless it opens the subject of a clause ("officials said no such deal had been offered", "said nothing was
  // taken")
  const next = s.tokens[i + 1]?.lower;
  // ("made no secret of" states openly what it keeps no secret)
  // … and "Nominee says no need for full border wall": a headline drops the "there is" of a clause after "says"
  // ("Kohl expected no new initiatives from Venice", Reuters-21578, round 1313: none foreseen is a forecast)
  // … and so is one seen: "INCO SEES NO MAJOR IMPACT FROM DOW REMOVAL", "CFTC OFFICIALS SEE NO MERGER WITH SEC"
  // (Reuters-21578, rounds 1555, 1501 and 1488, labelled attributed every time)
  const lemma = s.tokens[i]!.lemma;
  if (next === 'no' && (PREDICTING.includes(lemma) || lemma === 'see')) return false;
  if (next === 'no')
    return (
      !clauseAfter(s.tokens, i) &&
      s.tokens[i + 2]?.lower !== 'secret' &&
      !(s.tokens[i]!.lemma === 'say' && elidedThereIs(s, i + 1))
    );
  if (next === 'nothing') return !/^(?:AUX|VERB)$/.test(s.tokens[i + 2]?.pos ?? '');
  // ("does not rule out a return": declining to exclude something is a stance stated)
  if (s.tokens[i]!.lemma === 'rule' && next === 'out') return false;
  return s.tokens
    .slice(Math.max(0, i - 2), i)
    .some((t) => t.lower === 'not' || t.lower === "n't" || t.lower === 'never');
}

// "one industry source doesn't think oil prices will hold", "analysts do not believe a sharp rise reflects …"
// (Reuters-21578, rounds 1254 and 1280): a belief denied with its clause is the holder's view that it is not so
function heldNotSo(s: Sentence, i: number): boolean {
  return (
    HELD_NOT_SO.has(s.tokens[i]!.lemma) &&
    (s.tokens[i + 1]?.lower === 'that' || clauseAfter(s.tokens, i) || expectedTo(s, i))
  );
}

// "they do not expect the Administration to retreat from proposed sanctions" (Reuters-21578, round 1398): an
// expectation with its object and infinitive, the clause without "that" or a finite verb; or with a thing alone,
// "Analysts do not expect regulatory hurdles", "U.S. Officials do not expect any Japanese concessions" (rounds 1326
// and 1367): a forecast that none will come
function expectedTo(s: Sentence, i: number): boolean {
  if (s.tokens[i]!.lemma !== 'expect') return false;
  const first = s.tokens[i + 1];
  if (first && /^(?:any|much|major|further|significant|big)$/.test(first.lower)) return true;
  for (let k = i + 1; k <= i + 8 && k + 1 < s.tokens.length; k++) {
    const t = s.tokens[k]!;
    if (t.lower === 'to') return k > i + 1 && /^(?:VERB|AUX)$/.test(s.tokens[k + 1]!.pos);
    if (!/^(?:DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(t.pos))
      return k > i + 1 && s.tokens[k - 1]!.pos === 'NOUN' && s.tokens[k - 1]!.lower.endsWith('s');
  }
  return false;
}

// "says no need for …", "say no evidence of …": "no", a noun and a preposition or "to", the verb of "there is" left out
// (… the noun after its modifiers, and at the end too: "MILLER SAYS NO U.S. TAX HIKES TO CUT DEFICIT", "Miller said
// no new taxes.", Reuters-21578, round 1525; "said no" alone, or "said no to", is a refusal)
function elidedThereIs(s: Sentence, no: number): boolean {
  let k = no + 1;
  while (k < no + 5 && /^(?:ADJ|NOUN|PROPN|NUM)$/.test(s.tokens[k + 1]?.pos ?? '')) k++;
  const noun = s.tokens[k];
  const link = s.tokens[k + 1];
  return (
    noun?.pos === 'NOUN' &&
    (link === undefined || link.pos === 'ADP' || link.lower === 'to' || link.lower === '.')
  );
}

/** `‘…,’ he declared`: a quote mark a few words before makes "declared", "continued", "added" speech tags. */
function afterQuote(s: Sentence, i: number): boolean {
  return s.tokens.slice(Math.max(0, i - 6), i).some((t) => QUOTE_TOKEN.test(t.lower));
}

/** `The notice read: "…"`: a tag verb right before a quotation. */
function beforeQuote(s: Sentence, i: number): boolean {
  // "declared in the majority opinion, “…”": a prepositional phrase may stand between the verb and its comma
  if (s.tokens[i + 1]?.pos === 'ADP') {
    let k = i + 2;
    while (k <= i + 7 && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(s.tokens[k]?.pos ?? '')) k++;
    if (k > i + 2 && s.tokens[k]?.lower === ',') i = k - 1;
  }
  const next = s.tokens[i + 1]?.lower ?? '';
  const mark = next === ',' || next === ':' ? s.tokens[i + 2]?.lower : next;
  return QUOTE_TOKEN.test(mark ?? '');
}

/** "…, the transport secretary declares": a speech tag closing the sentence after a comma. */
function closingTag(s: Sentence, i: number): boolean {
  if (s.tokens.slice(i + 1).some((t) => t.pos !== 'PUNCT')) return false;
  return s.tokens.slice(Math.max(0, i - 6), i).some((t) => t.lower === ',');
}

/** "Several groups claiming …", "anyone claiming …": a participle right after its noun describes it. */
function reducedRelative(s: Sentence, i: number): boolean {
  const prev = s.tokens[i - 1];
  if (!s.tokens[i]!.lower.endsWith('ing') || !prev || !['NOUN', 'PROPN', 'PRON'].includes(prev.pos))
    return false;
  // ("Airlines have attacked the legislation saying they could be forced …": the subject's words, not the object's)
  // (… and "with critics noting that …": after "with", the phrase is the participle's own subject, withAbsolute)
  return !saidAfterObject(s, i) && !withAbsolute(s, i);
}

/**
 * "Coty acquired a 51% stake, a deal announced at the beginning of the week" (AEB page of CNBC, blind round 897): a
 * past participle right after a noun for a thing that cannot speak, inside the clause and with a phrase of time or
 * place after it, is a relative clause in the passive: the thing was announced, it announced nothing.
 */
function reducedPassive(s: Sentence, i: number): boolean {
  const t = s.tokens[i]!;
  if (!t.lower.endsWith('ed') || t.lower === t.lemma || s.tokens[i - 1]?.pos !== 'NOUN')
    return false;
  // (a phrase of time or place after it, not the end of a closing tag: "…, the radio station reported.")
  // (… and no particle of a phrasal verb: "…, the lawsuit pointed out, have no wells")
  if (s.tokens[i + 1]?.pos !== 'ADP' || s.tokens[i + 1]!.lower === 'that') return false;
  if (!/^(?:DET|NUM|PROPN|NOUN|ADJ|PRON)$/.test(s.tokens[i + 2]?.pos ?? '')) return false;
  const np = npEndingAt(s.tokens, i - 1, 0);
  // (not the sentence's subject: "The Post and Courier newspaper reported on …" is the paper's report)
  const before = np ? s.tokens[np.from - 1] : undefined;
  const inside =
    !!before && (before.lower === ',' || before.pos === 'ADP' || before.pos === 'VERB');
  return inside && !canSpeak(s.tokens, np!);
}

/**
 * "it will probably just claim that …", "critics might argue that …": a saying only foreseen or supposed by the
 * writer (an epistemic modal, or "will" with a hedge) has not been said; the sentence is the writer's guess.
 */
function foreseen(s: Sentence, i: number): boolean {
  let will = false;
  let hedge = false;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const x = s.tokens[k]!;
    if (x.pos !== 'AUX' && x.pos !== 'ADV' && x.pos !== 'PART') break;
    if (POSSIBILITY_MODALS.has(x.lower)) return true;
    if (x.lower === 'will' || x.lower === 'would' || x.lower === "'ll") will = true;
    if (GUESS_HEDGES.has(x.lower)) hedge = true;
  }
  return (will && hedge) || (will && announcedLater(s, i)) || stanceToTake(s.tokens[i]!);
}

/** "will defend his title", "whether to recommend a new system": a side still to take (STANCE_TAKEN_VERBS). */
function stanceToTake(t: Token): boolean {
  return STANCE_TAKEN_VERBS.has(t.lemma) && t.lower === t.lemma;
}

/**
 * "Coach Bernard Laporte will announce his starting line-up next Tuesday": an announcement still to come, of a thing
 * and not of a clause or a quotation, has said nothing yet; a schedule, not a report ("will announce that taxes
 * rise" already tells what).
 */
function announcedLater(s: Sentence, i: number): boolean {
  const t = s.tokens[i]!;
  if (!ANNOUNCING_VERBS.has(t.lemma) || t.lower !== t.lemma) return false;
  if (s.tokens[i + 1]?.lower === 'that' || clauseAfter(s.tokens, i)) return false;
  return !s.tokens.some((x, k) => s.quoted[k] || QUOTE_TOKEN.test(x.lower));
}

/**
 * Whether a phrase after "by" is all time ("late June", "Friday", "next week", "2020"), a deadline; "officials today"
 * names who.
 */
function deadline(tokens: Token[], np: Phrase): boolean {
  for (let k = np.from; k <= np.to; k++) {
    const w = tokens[k]!.lower;
    const time =
      DATE_NAME.test(w) ||
      TIME_WORD.test(w) ||
      MONTH_NAME.test(w) ||
      MONTH_LEAD.test(w) ||
      /^\d{1,4}$/.test(w);
    if (!time) return false;
  }
  return true;
}

/**
 * "cretinism, a condition characterised by severe brain damage": a past participle right after its noun with a
 * "by" phrase is a passive relative clause describing the noun, never a verb whose subject that noun is.
 */
function passiveRelative(s: Sentence, i: number): boolean {
  return (
    s.tokens[i]!.lower.endsWith('ed') &&
    s.tokens[i - 1]?.pos === 'NOUN' &&
    s.tokens[i + 1]?.lower === 'by'
  );
}

// what sets off an aside: commas, or dashes ("The Iraqi government -- supported by Shiite militias from Iran --
// launched …", blind round 569)
function isAsideMark(t: Token | undefined): boolean {
  return t?.lower === ',' || isDash(t);
}

/**
 * "A cargo plane, reported by local press as belonging to the army, crashed into houses": a participle set off by
 * commas after its noun describes it; the sentence's own verb, after the closing comma, carries the claim.
 */
function sideParticiple(s: Sentence, i: number): boolean {
  if (!isAsideMark(s.tokens[i - 1]) || s.tokens[i - 2]?.pos === 'AUX') return false;
  // "Ana Ruiz, of the town council, described seeing smoke": a verb taking an object (or a gerund) after a comma
  // is the sentence's own verb after an apposition; a participle describing a noun takes none ("reported by"),
  // except a naming verb's name ("The device, called a smart lens, uses …")
  const next = s.tokens[i + 1];
  const naming = NAMING_VERBS.has(s.tokens[i]!.lemma);
  const object =
    !!next &&
    (/^(?:DET|NUM|PRON)$/.test(next.pos) || (next.pos === 'VERB' && next.lower.endsWith('ing')));
  if (object && !naming) return false;
  // ("Saucier's lawyer, Ronald Daigle, told Fox News on Monday that the lawsuit, which …, will name …", PTC page, blind
  // round 1045; "Mr Salama, the WHO's deputy director-general, said Mbandaka's location …, raised …": after a name
  // and its apposition, a verb with a name or a noun after it is the sentence's own)
  if (closesApposition(s.tokens, i - 1) && /^(?:PROPN|NOUN)$/.test(next?.pos ?? '')) return false;
  // ("Ana Ruiz, the finance minister, argued that …, given …": a clause of its own makes the verb the sentence's)
  if (next?.lower === 'that') return false;
  for (let k = i + 1; k < s.tokens.length - 1; k++) {
    if (!isAsideMark(s.tokens[k])) continue;
    const verb = s.tokens[k + 1]!;
    if (verb.pos === 'VERB' && verb.lower !== verb.lemma && !verb.lower.endsWith('ing'))
      return true;
    // ("The plan, announced Monday, will cut 500 jobs": or an auxiliary and its verb, WikinewsSum source, round 862)
    if (verb.pos === 'AUX' && s.tokens[k + 2]?.pos === 'VERB') return true;
  }
  return false;
}

/**
 * "20 years after originally reporting its famine": a gerund in a time phrase with an object tells when, and reports
 * nothing ("after saying the plan was wrong", with a clause, still reports what was said). So does one joined to
 * such a gerund ("resigned the whip, after criticising the party and stating his ambition to lead it"), a passive
 * one ("forced to resign after being accused of fraud") and one after "without" ("left without saying a word").
 */
function timeGerund(s: Sentence, i: number): boolean {
  const tk = s.tokens;
  if (!tk[i]!.lower.endsWith('ing') && tk[i - 1]?.lower !== 'being') return false;
  if (tk[i + 1]?.lower === 'that' || clauseAfter(tk, i) || toldHearerThenClause(tk, i))
    return false;
  for (let k = i - 1; k >= 0 && k >= i - 12; k--) {
    const t = tk[k]!;
    if (t.pos === 'PUNCT') return false;
    if (/^(?:after|before|since|while|upon|on|without)$/.test(t.lower)) {
      let g = k + 1;
      while (tk[g]?.pos === 'ADV') g++;
      return (tk[g]?.lower ?? '').endsWith('ing');
    }
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !t.lower.endsWith('ing')) return false;
  }
  return false;
}

/**
 * "The votes will take place around 5 May, widely expected to be the date of the election": a participle with its
 * infinitive after a comma, once the sentence has its own verb, describes the noun before it; a side detail.
 */
function sideExpectation(s: Sentence, i: number): boolean {
  if (!s.tokens[i]!.lower.endsWith('ed') || s.tokens[i + 1]?.lower !== 'to') return false;
  let k = i - 1;
  while (k > 0 && s.tokens[k]!.pos === 'ADV') k--;
  if (s.tokens[k]?.lower !== ',') return false;
  // ("Powell, who has held jobs in government, law and finance, pledged to …": the verbs of a relative clause on the
  // subject, which the comma closes, are not the sentence's own)
  let end = k;
  for (let r = k - 1; r > 0; r--) {
    if (s.tokens[r]!.lower === ';') break;
    if (s.tokens[r]!.lower === ',' && /^(?:who|which)$/.test(s.tokens[r + 1]?.lower ?? '')) {
      end = r;
      break;
    }
  }
  return s.tokens
    .slice(0, end)
    .some((x) => x.pos === 'AUX' || (x.pos === 'VERB' && !x.lower.endsWith('ing')));
}

// "with reportedly over 1,000 in Poland": a hedge on a figure qualifies the figure, not the sentence's claim
function onFigure(s: Sentence, i: number): boolean {
  const next = s.tokens[i + 1];
  const after = s.tokens[i + 2];
  const prev = s.tokens[i - 1];
  // "There are reportedly 1.3 billion people" hedges the claim itself; "with reportedly over 1,000" a phrase in it,
  // and so does "stabbed reportedly several people": the hedge stands between a verb and the count it qualifies
  const inPhrase = !!prev && (prev.pos === 'ADP' || prev.pos === 'VERB' || prev.lower === ',');
  const figure =
    next?.pos === 'NUM' ||
    (!!next && COUNT_WORDS.has(next.lower)) ||
    (!!next && APPROXIMATORS.has(next.lower) && after?.pos === 'NUM');
  return inPhrase && figure;
}

/**
 * "The police stopped him, reportedly outside a bank, at noon": a hedge opening a place or time phrase set off by
 * commas qualifies that phrase, not the sentence's claim (a hedge on a phrase with no comma, "injuries reportedly
 * from glass", still hedges the claim).
 */
function onSidePhrase(s: Sentence, i: number): boolean {
  if (s.tokens[i - 1]?.lower !== ',' || s.tokens[i + 1]?.pos !== 'ADP') return false;
  for (let k = i + 2; k < s.tokens.length && k <= i + 10; k++) {
    const x = s.tokens[k]!;
    if (x.lower === ',') return true;
    if (x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'PUNCT') return false;
  }
  return false;
}

/**
 * "a crash involving allegedly stolen cars", "Dozens died in the blast, reportedly set off by a rebel group.": a
 * hedge on a modifier inside a noun phrase, or on a participle describing the noun before its comma, qualifies that
 * phrase, not the sentence's claim (a hedge before the sentence's own verb, "was reportedly dismissed", still does).
 */
function onModifier(s: Sentence, i: number): boolean {
  const prev = s.tokens[i - 1];
  if (!prev || prev.pos === 'AUX') return false;
  let k = i + 1;
  if (s.tokens[k]?.pos === 'ADV') k++;
  const word = s.tokens[k];
  if (!word) return false;
  // a reduced relative right after its noun, no comma between, then a preposition: "cheques totalling £365,000
  // allegedly stolen from the company", "Money allegedly stolen from Polly Peck by Nadir was paid into …" (Dragnet page
  // of the Guardian, blind round 954; "three former employees allegedly involved in the scandal", round 794), when the
  // sentence has a verb of its own ("ISIL allegedly attacked Iraqi soldiers" has no other, and an object after it)
  if (
    /^(?:NOUN|PROPN|NUM)$/.test(prev.pos) &&
    isPastParticiple(word) &&
    s.tokens[k + 1]?.pos === 'ADP'
  )
    return s.tokens.some((x, j) => j !== k && isFiniteVerb(x));
  if (i < 3) return false;
  // attributive: "allegedly stolen cars", "allegedly politically motivated chaos"
  const attributive =
    (word.pos === 'ADJ' || isPastParticiple(word)) &&
    /^(?:NOUN|ADJ)$/.test(s.tokens[k + 1]?.pos ?? '') &&
    /^(?:DET|ADP|VERB)$/.test(prev.pos);
  if (attributive) return true;
  // a reduced relative closing the sentence: ", reportedly set off by …"
  if (prev.lower !== ',' || !isPastParticiple(word)) return false;
  const before = s.tokens.slice(0, i - 1);
  const finite = before.some(isFiniteVerb);
  const after = s.tokens.slice(k + 1);
  // … and nothing after it is a finite verb of its own
  return (
    finite &&
    after.every((x) => x.pos !== 'AUX' && (x.pos !== 'VERB' || participleOrGerundShaped(x.lower)))
  );
}

/** "polymers that Wang described as resembling hairs": a report inside a relative clause on a noun is a side detail. */
function objectRelative(s: Sentence, from: number): boolean {
  const rel = s.tokens[from - 1];
  // "… silicone, that Wang described as": a comma may stand before the relative word
  const noun = s.tokens[from - 2]?.lower === ',' ? s.tokens[from - 3] : s.tokens[from - 2];
  return (
    !!rel &&
    /^(?:that|which|whom)$/.test(rel.lower) &&
    !!noun &&
    (noun.pos === 'NOUN' || noun.pos === 'PROPN') &&
    // "claims that Democrat states discriminate": the content of a claim, not a relative clause
    !SPEECH_NOUNS.has(noun.lower) &&
    noun.lower !== 'fact'
  );
}

/**
 * "Per the contract signed by both clubs, …", "…, per the census office": "per" opening the sentence or after a comma
 * works as "according to" ("3 per cent", "per person" stand elsewhere). Returns the index of the word before the
 * source, or -1.
 */
function perSource(s: Sentence, i: number): number {
  const next = s.tokens[i + 1];
  // (… and a named source closing the sentence with no comma: "earned USD 864 million per Box Office Mojo's statistics")
  if (i > 0 && s.tokens[i - 1]!.lower !== ',')
    return next?.pos === 'PROPN' && namedToEnd(s, i + 1) ? i : -1;
  return next && next.pos !== 'NUM' && /^(?:DET|NOUN|PROPN|ADJ)$/.test(next.pos) ? i : -1;
}

/** Whether a name opening at `from` runs, with at most its possessive and a noun or two, to the sentence's end. */
function namedToEnd(s: Sentence, from: number): boolean {
  let k = from;
  // ("Box Office Mojo": the tagger reads a capitalised common word inside a name as a noun)
  while (s.tokens[k]?.pos === 'PROPN' || (k > from && startsUpper(s.text, s.tokens[k]))) k++;
  if (s.tokens[k]?.lower === "'s" || s.tokens[k]?.lower === '’s') k++;
  for (let n = 0; n < 2 && /^(?:NOUN|ADJ)$/.test(s.tokens[k]?.pos ?? ''); n++) k++;
  return k >= s.tokens.length || /^[.!?]$/.test(s.tokens[k]!.lower);
}

/** Whether the sentence's subject is a person ("Judge Robart", "he", "the nominee"), as a confirmation appoints. */
function personConfirmed(s: Sentence): boolean {
  const np = sentenceSubject(s.tokens);
  if (!np) return false;
  const head = s.tokens[np.to]!;
  return (
    (np.from === np.to && PERSON_PRONOUNS.has(head.lower)) ||
    !!personName(s.tokens, s.text, np) ||
    OCCUPATIONS.has(head.lower) ||
    TITLES.has(head.lower)
  );
}

/**
 * "In the view of the auditors, …", "In the mayor's opinion, …": an opening judgement noun names whose claim the
 * sentence is. Returns the index of "of" (the source follows), or of the possessive's last word for "X's view", or -1.
 */
function opinionFrame(
  s: Sentence,
  i: number,
): { of: number; owner?: { from: number; to: number } } | null {
  if (i > 0) return null;
  const tk = s.tokens;
  // "In the view of X"
  if (
    tk[i + 1]?.lower === 'the' &&
    OPINION_FRAME_NOUNS.has(tk[i + 2]?.lower ?? '') &&
    tk[i + 3]?.lower === 'of'
  )
    return { of: i + 3 };
  // "In the mayor's opinion," / "In his view,"
  for (let k = i + 1; k <= i + 6 && k < tk.length - 1; k++) {
    if (tk[k]!.lower === ',') return null;
    if (OPINION_FRAME_NOUNS.has(tk[k]!.lower) && tk[k + 1]?.lower === ',') {
      const poss = tk.slice(i + 1, k).findIndex((x) => isPossessiveMark(x) || x.lower === "'");
      if (poss > 0) return { of: -1, owner: { from: i + 1, to: i + poss } };
      if (k === i + 2 && /^(?:his|her|their|its)$/.test(tk[i + 1]!.lower))
        return { of: -1, owner: { from: i + 1, to: i + 1 } };
      return null;
    }
  }
  return null;
}

/**
 * "the Harbour Coast Express in the west": a capitalised word after a capitalised name inside a sentence is part of
 * the name, whatever the tagger says; not in a headline written in title case (fewer than two lower-case words).
 */
function inName(s: Sentence, i: number): boolean {
  const prev = s.tokens[i - 1];
  if (i < 2 || !startsUpper(s.text, s.tokens[i])) return false;
  // "the Chevrolet Avalanche, Express, Kodiak": a capitalised word inside a list of names is one of them
  const next = s.tokens[i + 1];
  const listed =
    (prev?.lower === ',' || prev?.pos === 'CCONJ') &&
    (next?.lower === ',' || next?.pos === 'CCONJ') &&
    s.tokens[i - 2]?.pos === 'PROPN';
  if (!listed && (prev?.pos !== 'PROPN' || !startsUpper(s.text, prev))) return false;
  const words = s.tokens.filter((t) => /^\p{L}{4,}$/u.test(t.lower));
  return words.filter((t) => !startsUpper(s.text, t)).length >= 2;
}

/**
 * "Devices that let people carry video are set to have a big year, according to industry experts.": "according to"
 * after a comma with its source running to the sentence's end closes the whole sentence, whatever relative clause
 * stood in its subject.
 */
function closingSource(s: Sentence, i: number): boolean {
  // ("… to provide information,” according to a court document": the comma may stand inside a closing quote mark)
  const comma =
    s.tokens[i - 1]?.lower === ',' ||
    (QUOTE_TOKEN.test(s.tokens[i - 1]?.lower ?? '') && s.tokens[i - 2]?.lower === ',');
  if (s.tokens[i]!.lower !== 'according' || !comma) return false;
  const np = phraseAfter(s.tokens, i + 1, true);
  // ("…, according to their doctrine.": a possessive makes it the rule someone follows, as "according to his wishes")
  if (!np || POSSESSIVES.has(s.tokens[np.from]!.lower)) return false;
  // ("according to a Reuters/Ipsos poll released on Tuesday": a slash joins two names into one)
  let to = np.to;
  while (s.tokens[to + 1]?.lower === '/' && /^(?:PROPN|NOUN)$/.test(s.tokens[to + 2]?.pos ?? '')) {
    to += 2;
    while (/^(?:PROPN|NOUN)$/.test(s.tokens[to + 1]?.pos ?? '')) to++;
  }
  const rest = s.tokens.slice(to + 1);
  if (rest.every((t) => t.pos === 'PUNCT')) return true;
  // ("Verizon has struck a provisional agreement with unions representing … employees who walked off the job in
  // mid-April, according to the Labor Department, taking a step toward ending a weeks-long strike …", PolNeAR round
  // 1751: a participle after the source's comma goes on with the sentence's subject, so the source still closes the
  // main clause)
  if (rest[0]?.lower === ',' && rest[1]?.pos === 'VERB' && rest[1].lower.endsWith('ing'))
    return true;
  // ("…, according to a new study released this month by the journal Clinical Pediatrics.": a participle's phrase on
  // the source, running to the end with no clause of its own, still closes the sentence with its source)
  // (an irregular participle too: "according to the bill made public on Thursday")
  const participle =
    isPastParticiple(rest[0]) ||
    (rest[0]?.pos === 'VERB' &&
      rest[0].lower !== rest[0].lemma &&
      !/(?:ing|s)$/.test(rest[0].lower));
  return (
    participle && rest.slice(1).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && t.lower !== ',')
  );
}

/** "quoted sources as saying": the index of the word of saying after "as", within a short phrase; else -1. */
function quotedAsSaying(s: Sentence, i: number): number {
  for (let k = i + 1; k < s.tokens.length - 1 && k <= i + 12; k++) {
    const x = s.tokens[k]!;
    if (x.lower === 'as') return QUOTED_AS_ACTS.has(s.tokens[k + 1]!.lower) ? k + 1 : -1;
    // (a participle before a noun describes the ones quoted: "quoted highly placed sources as saying", Reuters-21578)
    const describing = /ed$/.test(x.lower) && /^(?:NOUN|ADJ|PROPN)$/.test(s.tokens[k + 1]!.pos);
    if ((x.pos === 'VERB' && !describing) || x.pos === 'AUX' || x.lower === ',' || x.lower === ';')
      return -1;
  }
  return -1;
}

/** The "by" of an agent after the "as" phrase at `as` ("… as an example of waste by critics"), or -1. */
function agentAfterAs(s: Sentence, as: number): number {
  for (let k = as + 2; k <= as + 11 && k < s.tokens.length; k++) {
    const t = s.tokens[k]!;
    if (t.lower === 'by') return k;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || s.quoted[k]) return -1;
  }
  return -1;
}

// The lemmas mayOpenReport finds in a list: VIEW_VERBS, those with a special case, JUDGING and CARRYING_VERBS, in one
// set, as it asks every verb, noun and adjective of every sentence (four look-ups a word, and JUDGING an array)
const OPENING_LEMMAS: ReadonlySet<string> = new Set([
  ...VIEW_VERBS,
  ...specialCaseLemmas(),
  ...JUDGING,
  ...CARRYING_VERBS,
]);

// the tags a reporting verb may have (isReportingVerb); compared, not looked up in a set, as every word is asked
function reportingTag(pos: string): boolean {
  return pos === 'VERB' || pos === 'AUX' || pos === 'NOUN' || pos === 'ADJ';
}

/**
 * Whether a verb, auxiliary, noun or adjective may open one of reportingCues' constructions other than those its own
 * word opens ("according", "per", "by", "in", "as"), told from the word alone: each reads the word as a reporting
 * verb (by lemma, with no list of extra verbs or with VIEW_VERBS, SIDE_TAKING_VERBS or QUOTE_TAG_VERBS, or by a
 * special case, isReportingVerb; an adjective by its -ed form), a judging participle (JUDGING), "quote" or "lead".
 */
function mayOpenReport(t: Token): boolean {
  return (
    t.pos === 'ADJ' ||
    inList(
      t,
      InList.REPORTING_VERB_LEMMA | InList.SIDE_TAKING_VERB_LEMMA | InList.QUOTE_TAG_VERB_LEMMA,
    ) ||
    OPENING_LEMMAS.has(t.lemma) ||
    t.lemma === 'quote' ||
    t.lemma === 'lead' ||
    t.lemma === 'come'
  );
}

/** Finds the reporting constructions of one sentence; returns true when one carries its main claim. */
export function reportingCues(s: Sentence): boolean {
  let main = false;
  let said: ReturnType<typeof asSaidClause> = null;
  let saying = -1;
  let led: ReturnType<typeof ledToBelieve> = null;
  let told: ReturnType<typeof continuativeReport> = null;
  let estimated = -1;
  let polled = -1;
  s.tokens.forEach((t, i) => {
    if (s.quoted[i]) return;
    const hearsay = inList(t, InList.HEARSAY_ADVERB);
    // ("…, who said the election fell short of their standards, Mugabe was reportedly warmly received": a relative
    // clause a comma has closed holds the hedge no longer)
    // (asked only of the two words it concerns: the question scans back to the sentence's start)
    const relative =
      (hearsay || t.lower === 'according') &&
      (hearsay ? inOpenRelative(s.tokens, i, false) : inRelative(s.tokens, i));
    if (relative && !closingSource(s, i)) return;
    if (hearsay && (onFigure(s, i) || onSidePhrase(s, i) || onModifier(s, i))) return;
    // "two helicopters crashed after they reportedly collided": a hedge in a clause of time, cause or concession
    // qualifies that side clause, not the sentence's claim
    if (hearsay && inSubordinateClause(s.tokens, i)) return;
    // a word that opens none of the constructions below, told by its tag and its own form: most of a sentence
    // (only a verb, an auxiliary, a noun or an adjective can be a reporting verb, isReportingVerb)
    const opens =
      t.lower === 'according' ||
      t.lower === 'per' ||
      t.lower === 'in' ||
      t.lower === 'as' ||
      t.lower === 'by';
    if (!hearsay && !opens && !reportingTag(t.pos) && t.lemma !== 'quote') return;
    // (… nor can one whose word no construction reads, mayOpenReport: most verbs and nouns, passed over before the
    // dozen tests of the words around them)
    if (!hearsay && !opens && !mayOpenReport(t)) return;
    if (askedOfYou(s.tokens, i)) return;
    if (hearsay) {
      cue(s, i, i, 'reportedly');
      main = true;
    } else if (
      t.lower === 'according' &&
      s.tokens[i + 1]?.lower === 'to' &&
      s.tokens[i - 1]?.pos !== 'VERB' &&
      // "signed a treaty, according to which the strait stays open": a relative clause on the treaty gives its
      // terms, a side detail; the sentence's claim is the signing
      !/^(?:which|whom)$/.test(s.tokens[i + 2]?.lower ?? '')
    ) {
      const np = phraseAfter(s.tokens, i + 1, true);
      // "According to his wishes, there will be no funeral": in keeping with someone's wish, no one's report (a plan
      // or a schedule still tells what its makers say will happen)
      if (np && /^wish(?:es)?$/.test(s.tokens[np.to]!.lower)) return;
      cue(s, i, i + 1, 'according-to');
      if (np) addSource(s, authorOf(s.tokens, np));
      main = true;
    } else if (t.lemma === 'quote' && t.pos === 'VERB' && (saying = quotedAsSaying(s, i)) > 0) {
      // "Reuters quoted sources as saying …", "Anelka was quoted in a French paper as saying …": words reported
      // through the outlet that quoted them
      cue(s, i, saying, 'reporting-verb');
      const np = isPassive(s.tokens, i) ? sourcePhrase(s, i) : phraseAfter(s.tokens, i);
      if (np) addSource(s, np);
      main = true;
    } else if (t.lower === 'per' && perSource(s, i) >= 0) {
      const np = phraseAfter(s.tokens, i, true);
      if (!np || PER_ARRANGEMENT_NOUNS.has(s.tokens[np.to]!.lower)) return;
      // "Per the agency's emergency use framework, …": the arrangement noun may end a long phrase before the comma
      for (let k = i + 1; k < s.tokens.length && k <= i + 15 && s.tokens[k]!.lower !== ','; k++)
        if (PER_ARRANGEMENT_NOUNS.has(s.tokens[k]!.lower)) return;
      cue(s, i, i, 'according-to');
      addSource(s, authorOf(s.tokens, np));
      main = true;
    } else if (t.lower === 'by' && (estimated = byEstimates(s, i)) > 0) {
      cue(s, i, estimated, 'according-to');
      main = true;
    } else if (
      (told =
        continuativeReport(s, i) ??
        sentTextSaying(s, i) ??
        saidNounObject(s, i) ??
        cameForward(s, i))
    ) {
      cue(s, i, i, 'reporting-verb');
      addSource(s, told);
      main = true;
    } else if ((led = ledToBelieve(s, i))) {
      cue(s, i, led.verb, 'reporting-verb');
      addSource(s, led.np);
      main = true;
    } else if (t.lower === 'in' && (polled = inPoll(s, i)) > 0) {
      cue(s, i, polled, 'according-to');
      main = true;
    } else if (t.lower === 'in' && i === 0) {
      const frame = opinionFrame(s, i);
      if (!frame) return;
      const np = frame.owner ?? phraseAfter(s.tokens, frame.of);
      if (!np) return;
      cue(s, i, frame.owner ? np.to + 1 : frame.of, 'according-to');
      addSource(s, np);
      main = true;
    } else if (isReportingVerb(s.tokens, i, VIEW_VERBS) && isPassive(s.tokens, i)) {
      let by = -1;
      for (let k = i + 1; k <= i + 3 && k < s.tokens.length && by < 0; k++)
        if (s.tokens[k]!.lower === 'by') by = k;
      // ("criticized as an example of the EU's bureaucracy by critics": the agent may follow the "as" phrase)
      if (by < 0 && s.tokens[i + 1]?.lower === 'as') by = agentAfterAs(s, i + 1);
      const np = by > 0 ? phraseAfter(s.tokens, by) : null;
      if (!np || subordinate(s.tokens, i) || sideParticiple(s, i)) return;
      // "names being considered by the net's oversight body": a matter under way, weighed, no view held yet
      if (s.tokens[i - 1]?.lower === 'being' && t.lemma === 'consider') return;
      // "The song was written by Lionel Richie", "has been invited by championship organisers to compete": the
      // agent made or did something, no words of theirs are told
      if (DONE_BY_VERBS.has(t.lemma) || isPassiveRequest(s.tokens, i, np)) return;
      // "Judge Robart … was confirmed by a strong majority vote in the U.S. Senate": a person confirmed is appointed,
      // an act ("The death was confirmed by police" keeps its report)
      if (
        t.lemma === 'confirm' &&
        APPOINTING_BODIES.has(s.tokens[np.to]!.lower) &&
        personConfirmed(s)
      )
        return;
      // "Parents were told by text message": a means of telling after "by" is how, not who
      if (MEANS_OF_TELLING.has(s.tokens[np.to]!.lower)) return;
      // "A decision is expected by late June", "by Friday", "by 2020": a deadline after "by" is when, not who
      if (deadline(s.tokens, np)) return;
      // "could be seen by anyone": people at large hold no view
      if (np.from === np.to && ANYONE_WORDS.has(s.tokens[np.from]!.lower)) return;
      // "denied by some desperate defending": an agent whose head is no noun (a gerund the phrase stops before) is
      // an act, not a source
      let head = np.to + 1;
      while (/^(?:ADJ|ADV)$/.test(s.tokens[head]?.pos ?? '')) head++;
      const after = s.tokens[head];
      if (after?.pos === 'VERB' && after.lower.endsWith('ing')) return;
      // "can be explained by an increase in the working population": a change in a quantity explains, nobody speaks
      if (CHANGE_WORDS.has(s.tokens[np.to]!.lemma)) return;
      // "dismissed by the senate" is a vote; "dismissed by critics as a stunt" a view
      const as =
        s.tokens[i + 1]?.lower === 'as' ||
        s.tokens.slice(by + 1, by + 8).some((x) => x.lower === 'as');
      // (… and so is the talk it dismisses, opening the sentence: "Speculation that the outage was caused by rebels was
      // dismissed by officials")
      if (t.lemma === 'dismiss' && !as && !isReportingVerb(s.tokens, i)) return;
      cue(s, i, i, 'reporting-verb');
      addSource(s, np);
      main = true;
    } else if (
      t.lower === 'as' &&
      isReportingVerb(s.tokens, i + 1) &&
      /ed$|^said$|^told$/.test(s.tokens[i + 1]!.lower)
    ) {
      cue(s, i, i + 1, 'reporting-verb'); // "As revealed at trial, …"
      main = true;
    } else if (t.lower === 'as' && (said = asSaidClause(s.tokens, i))) {
      cue(s, i, said.verb, 'reporting-verb'); // "As Lee told the Daily Star, …"
      addSource(s, said.np);
      main = true;
    } else if (
      (isReportingVerb(s.tokens, i) ||
        // "the league welcomed the verdict" (a finite verb only: "with 40 members supporting it" is a vote)
        (inList(t, InList.SIDE_TAKING_VERB_LEMMA) &&
          !t.lower.endsWith('ing') &&
          isReportingVerb(s.tokens, i, SIDE_TAKING_VERBS)) ||
        (inList(t, InList.QUOTE_TAG_VERB_LEMMA) &&
          (afterQuote(s, i) || beforeQuote(s, i) || closingTag(s, i)) &&
          isReportingVerb(s.tokens, i, QUOTE_TAG_VERBS))) &&
      !isPassive(s.tokens, i) &&
      !reducedRelative(s, i) &&
      !passiveRelative(s, i) &&
      !reducedPassive(s, i) &&
      !sideExpectation(s, i) &&
      !timeGerund(s, i) &&
      !foreseen(s, i) &&
      !inName(s, i) &&
      // "did not find the officer had lied": a negated finding with its clause is still the finder's claim
      (!negated(s, i) || FINDING_VERBS.has(t.lemma) || heldNotSo(s, i)) &&
      !infinitive(s.tokens, i)
    ) {
      const np = sourcePhrase(s, i);
      // "It said the plane …", "It cited the air force": a body or publication named before speaks as "it"
      const it =
        !!np &&
        np.from === np.to &&
        s.tokens[np.from]!.lower === 'it' &&
        IT_SPEAKS_VERBS.has(t.lemma);
      // "The account for the show, which …, tweeted: “…”": a verb of saying before a colon and a quotation
      // reports it even where the subject is too long to find
      if (!np && s.tokens[i + 1]?.lower === ':' && beforeQuote(s, i) && t.pos === 'VERB') {
        cue(s, i, i, 'reporting-verb');
        main = true;
        return;
      }
      if (!np && reportWithUnfoundSubject(s, i)) {
        cue(s, i, i, 'reporting-verb');
        main = true;
        return;
      }
      if (!np || (np.from === np.to && NOT_SOURCES.has(s.tokens[np.from]!.lower) && !it)) return;
      if (isGenericSubject(s.tokens, np)) return;
      // "Because of an editing error, an earlier version of this post said that …": a correction, the writer's own
      // notice of what the piece got wrong, reports no one (BASIL round 1788)
      if (earlierVersion(s.tokens, np)) return;
      if (
        (NOT_SOURCES.has(s.tokens[np.to]!.lower) && !it) ||
        (INFERENCE_VERBS.has(t.lemma) && !canSpeak(s.tokens, np)) ||
        // ("This raised concerns about …", "The delay raised questions": a thing's effect, no one voicing doubt)
        (t.lemma === 'raise' &&
          (!canSpeak(s.tokens, np) ||
            DEMONSTRATIVES.has(s.tokens[np.to]!.lower) ||
            s.tokens[np.to]!.lower === 'it'))
      )
        return;
      // ("It comes after the minister said …": the words reported are all the sentence tells, linksToReport; "came
      // after Yukos accused Gazprom", "after France and Germany vowed": an act, and the sentence a fact)
      // ("The news comes as media reports of recent weeks have highlighted spikes …": what reports show is their words)
      const shown =
        INFERENCE_VERBS.has(t.lemma) &&
        s.tokens.slice(np.from, np.to + 1).some((x) => DOCUMENT_NOUNS.has(x.lower));
      const words = t.lemma === 'say' || t.lemma === 'tell' || t.lemma === 'report' || shown;
      const side =
        subordinate(s.tokens, np.from) &&
        !prepositionBefore(s.tokens, np.from) &&
        !(words && linksToReport(s.tokens, np.from - 1));
      if (side || sideParticiple(s, i) || objectRelative(s, np.from)) return;
      // (… and a party's members: "The Lib Dems also oppose the plans")
      const head = s.tokens[np.to]!;
      const person =
        PERSON_PRONOUNS.has(s.tokens[np.from]!.lower) ||
        !!personName(s.tokens, s.text, np) ||
        (PARTY_MEMBERS.has(head.lower) && UPPER_START.test(s.text.slice(head.start)));
      // ("The Roman Catholic Church and the Church of Scotland both oppose the Bill": opposing, in the present, is a
      // standing position whoever holds it; "The Senate rejected the bill" is a vote)
      const standing = /^opposes?$/.test(t.lower);
      if (t.lemma === 'reject' && !rejectsStance(s, np, i)) return;
      // (… and a country, a firm or a group turning one down states its stance as a person does: "Kuwait today
      // rejected charges that …", "The National Wildlife Federation rejected an Interior Department draft plan")
      const bodyRejects = t.lemma === 'reject' && takesSides(s, np.from, np.to);
      if (PERSONAL_STANCE_VERBS.has(t.lemma) && !person && !standing && !bodyRejects) return;
      if (SIDE_TAKING_VERBS.has(t.lemma) && !sideTaken(s, np, person, t.lemma)) return;
      if (isRequest(s.tokens, i, np)) return;
      cue(s, i, i, 'reporting-verb');
      addSource(s, np);
      main = true;
    }
  });
  return main;
}

/** "an earlier version of this article": the piece itself, as it stood before a correction. */
function earlierVersion(tokens: Token[], np: Phrase): boolean {
  for (let k = np.from; k + 2 <= np.to; k++)
    if (
      tokens[k]!.lower === 'version' &&
      tokens[k + 1]!.lower === 'of' &&
      tokens[k + 2]!.lower === 'this'
    )
      return true;
  return false;
}
