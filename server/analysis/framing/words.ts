import { mannerJudgement } from './manner.ts';
import { MODALITY_WORDS, modality } from './modality.ts';
import { statesRule } from './rules.ts';
import { JUDGING_VERBS } from '../lexicon/judging.ts';
import { PENALTIES } from '../lexicon/procedures.ts';
import { inList, isPastParticiple, type Token } from '../grammar/token.ts';
import { InList } from '../lexicon/word-lists.ts';
import { narrates } from './tense.ts';
import { verdictAt } from './predicates.ts';
import { heldBySource, heldContent, predicted, questionPut, reportedOrPurpose } from './held.ts';
import { compoundHead, insideName, measuredRank, recordName, termHead } from './names.ts';
import { degree, evaluation } from './valence.ts';
import { markCharge, markWeak, withWeight } from './weights.ts';
import type { Evidence } from '../types.ts';
import type { WordCue } from './word-cue.ts';
import { observedState, perceivable } from './observed-state.ts';

// A modal or degree word is shown with the verb, adjective or adverb it governs, never with a noun.
const PAIRED = new Set(['VERB', 'AUX', 'ADJ', 'ADV', 'PART']);

// "began a military offensive into", "the spring offensive": the noun, not the adjective "offensive remarks"
function militaryNoun(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  return (
    tokens[i]!.lower === 'offensive' &&
    !!prev &&
    (prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'NOUN' || prev.pos === 'PROPN') &&
    next?.pos !== 'NOUN' &&
    next?.pos !== 'PROPN'
  );
}

/**
 * Whether a word may carry a cue of wordCues, told from the word alone: a hedge is a word of MODALITY_WORDS (hedgeAt),
 * a degree an adverb or "way" (valence.ts degree), a judgement a word or lemma of JUDGED (valence.ts evaluation), a
 * verdict an adjective (predicates.ts verdictAt).
 */
function mayCue(t: Token): boolean {
  return (
    inList(t, MODALITY_WORDS | InList.JUDGED | InList.JUDGED_LEMMA) ||
    t.pos === 'ADV' ||
    t.pos === 'ADJ' ||
    t.lower === 'way'
  );
}

/** "than if they would have": an "if" among the three words before opens a condition. */
function ifBefore(tokens: Token[], i: number): boolean {
  return tokens.slice(Math.max(0, i - 3), i).some((t) => t.lower === 'if');
}

// "the tract, where they can cause pneumonia": a relative clause describes its noun, it makes no claim of its own
function relativeBefore(tokens: Token[], i: number): boolean {
  const w = tokens[i - 2]?.lower === ',' ? tokens[i - 1] : tokens[i - 2];
  return !!w && (w.lower === 'where' || w.lower === 'which') && tokens[i - 1]?.pos === 'PRON';
}

function judgingVerb(t: Token | undefined): boolean {
  return (
    !!t && JUDGING_VERBS.has(t.lemma) && /(?:ed|found|ruled)$/.test(t.lower) && t.pos !== 'NOUN'
  );
}

/** "considered her best film to be", "rated the new plan as": a judging verb's object runs up to "to be" or "as". */
function judgedObject(tokens: Token[], i: number): boolean {
  const verb = tokens[i - 2];
  if (!/^(?:DET|PRON)$/.test(tokens[i - 1]?.pos ?? '') || !judgingVerb(verb)) return false;
  for (let j = i + 1; j < tokens.length && j <= i + 5; j++) {
    const t = tokens[j]!;
    if (t.lower === 'as' || (t.lower === 'to' && tokens[j + 1]?.lemma === 'be')) return true;
    if (t.pos === 'PUNCT' || t.pos === 'VERB') return false;
  }
  return false;
}

/**
 * True when the adjective at `i` completes a judging verb's participle ("buildings judged unsafe", "deemed too
 * risky"), its object's complement ("deemed the old building unsafe") or grades the object it sets up ("considered
 * her best film to be …"): an assessment someone made, reported, not the writer's. "I found it awful" stays the
 * writer's own.
 */
function judgedBefore(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && tokens[k]!.pos === 'ADV') k--;
  if (k < i && judgingVerb(tokens[k])) return true;
  if (judgedObject(tokens, i)) return !writerBefore(tokens, i - 2);
  // the complement after an object: a determiner or pronoun, then at most three nouns or adjectives, ending in a noun
  let words = 0;
  if (!/^(?:NOUN|PROPN|PRON)$/.test(tokens[k]?.pos ?? '')) return false;
  while (k > 0 && /^(?:NOUN|PROPN|ADJ)$/.test(tokens[k]!.pos) && words < 3) (k--, words++);
  if (words > 0 && !/^(?:DET|PRON)$/.test(tokens[k]?.pos ?? '')) return false;
  return judgingVerb(tokens[k - 1]) && !writerBefore(tokens, k - 1);
}

/** True when the writer ("I", "we") is the subject of the verb at `v`: the judgement is then the writer's. */
function writerBefore(tokens: Token[], v: number): boolean {
  return /^(?:i|we)$/.test(tokens[v - 1]?.lower ?? '');
}

/** The word before `i`, stepping over a particle ("slowed down dramatically" → "slowed"). */
function verbBefore(tokens: Token[], i: number): Token | undefined {
  const prev = tokens[i - 1];
  // (three comparisons, not a pattern: this runs on every word)
  const particle = prev && (prev.lower === 'down' || prev.lower === 'up' || prev.lower === 'off');
  return particle ? tokens[i - 2] : prev;
}

/**
 * "a system of reporting abuse", "fraud investigators": a valenced noun that is the bare object of a gerund or that
 * modifies the noun after it names the topic of an activity or a kind of thing, a category, not the writer's charge
 * against someone.
 */
function topicNoun(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'NOUN') return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (next?.pos === 'NOUN') return true;
  return (
    !!prev && prev.pos === 'VERB' && prev.lower.endsWith('ing') && tokens[i - 2]?.pos === 'ADP'
  );
}

// The detectors below run first and their exceptions only on a hit: most words are no cue, and the exceptions look
// at the words around (up to 12 back), which on every word cost more than the detectors themselves.

/**
 * "fewer byproducts that could be identified", "variants that might resist the drug": a modal opening a relative
 * clause on a noun says what members of that class can do or undergo, a property of the noun, not the writer's
 * forecast.
 */
function describesNoun(tokens: Token[], i: number): boolean {
  // ("Groups that potentially could lose funding include …", "that could potentially lose": a hedge adverb beside
  // the modal is the relative clause's too)
  const t = tokens[i]!;
  if (t.pos !== 'AUX' && t.pos !== 'ADV') return false;
  const prev = tokens[i - 1];
  const k = prev && /^(?:AUX|ADV)$/.test(prev.pos) && prev.pos !== t.pos ? i - 2 : i - 1;
  const modal = t.pos === 'AUX' || prev?.pos === 'AUX' || tokens[i + 1]?.pos === 'AUX';
  const rel = tokens[k];
  return (
    modal &&
    !!rel &&
    (rel.lower === 'that' || rel.lower === 'which' || rel.lower === 'who') &&
    /^(?:NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? '')
  );
}

/**
 * "a long-term pact under which trade must be balanced", "the practice in which a member can execute orders", "a
 * request …, for which Japan is expected to supply most of the financing" (Reuters-21578, rounds 1152, 1156): a modal
 * or a hedge in a relative clause opened by a preposition and "which" after a noun (a comma may stand between) sets
 * out what the noun provides for or how it works, not the writer's guess or demand.
 */
function termsOfNoun(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k > 1 && k >= i - 8; k--) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' || t.pos === 'VERB') return false;
    if (t.lower !== 'which' && t.lower !== 'whom') continue;
    const link = tokens[k - 1]!;
    const before = tokens[k - 2]?.lower === ',' ? tokens[k - 3] : tokens[k - 2];
    return link.pos === 'ADP' && /^(?:NOUN|PROPN)$/.test(before?.pos ?? '');
  }
  return false;
}

/** "how land should be used", "what must be done": a wh-word inside the sentence, at most three words before `i`. */
function embeddedQuestion(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j > 0 && j >= i - 4; j--)
    if (/^(?:how|what|whether|where|when|which)$/.test(tokens[j]!.lower)) return true;
  return false;
}

/**
 * "potentially toxic fumes", "complex and potentially offsetting effects", "households possibly affected by the
 * spill": a hedge adverb on a modifier inside a noun phrase (before its noun, or a participle with its agent after
 * it) sorts the noun into a class of things that may be so, a property of the noun like the modal of a relative clause
 * on it (`describesNoun`), not the writer's forecast. "…, potentially cutting the cost" (a clause of its own) and
 * "fuel anger and potentially empower gangs" (a verb with its object) still count.
 */
function classHedge(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  if (t.pos !== 'ADV' || !next || (after?.pos !== 'NOUN' && after?.pos !== 'ADP')) return false;
  const prev = tokens[i - 1];
  // a participle after its noun with the agent or a place after it: a reduced relative clause
  if (after.pos === 'ADP') return prev?.pos === 'NOUN' && isPastParticiple(next);
  if (next.pos === 'ADJ') return true;
  // an -ing form before a noun is a modifier only inside a noun phrase already open: after a determiner or an
  // adjective ("complex and potentially offsetting effects")
  if (next.pos !== 'VERB' || !next.lower.endsWith('ing') || !prev) return false;
  const before = prev.pos === 'CCONJ' || prev.lower === ',' ? tokens[i - 2] : prev;
  return before?.pos === 'DET' || before?.pos === 'ADJ';
}

/**
 * "The price tag would change if Maserati was stripped out": "would" on a verb with an "if" clause after it (within ten
 * words) or opening the sentence forecasts what follows from a condition, the writer's speculation. Alone, "would" is
 * as often reported speech shifted back ("said prices would rise") or a past habit, so it needs the condition.
 */
function conditionalWould(tokens: Token[], i: number): WordCue | null {
  const t = tokens[i]!;
  // (the verb may be "be", or one the tagger reads as an adjective after the modal: "would double")
  if (
    t.lower !== 'would' ||
    t.pos !== 'AUX' ||
    !/^(?:VERB|AUX|ADJ)$/.test(tokens[i + 1]?.pos ?? '')
  )
    return null;
  // "If Fox chose it too, it would mean …": the condition opens the sentence ("If they stay six months, they would
  // have to have an x-ray" sets out what a rule or a plan requires)
  const requirement = tokens[i + 1]?.lower === 'have' && tokens[i + 2]?.lower === 'to';
  if (tokens[0]?.lower === 'if' && tokens.slice(1, i).some((x) => x.lower === ',') && !requirement)
    return { cue: 'speculation', pair: true };
  for (let k = i + 2; k < tokens.length && k <= i + 11; k++) {
    const x = tokens[k]!;
    if (x.lower === 'if') return { cue: 'speculation', pair: true };
    if (x.pos === 'PUNCT' && x.lower !== '-') return null;
  }
  return null;
}

/**
 * "If convicted, he could face a prison term of up to six years", "may face a fine": a modal on "face" with a penalty
 * within the next six words states what the law allows a court to impose, not the writer's guess.
 */
function penaltyFaced(tokens: Token[], i: number): boolean {
  if (tokens[i]!.pos !== 'AUX' || tokens[i + 1]?.lemma !== 'face') return false;
  return tokens.slice(i + 2, i + 8).some((t) => PENALTIES.has(t.lower));
}

/**
 * "The House could vote as soon as Wednesday", "Senate Republicans could name delegates as early as Wednesday": a
 * modal before the earliest date something is set for gives the schedule, not the writer's guess (blind rounds 467,
 * 470).
 */
function scheduled(tokens: Token[], i: number): boolean {
  if (tokens[i]!.pos !== 'AUX') return false;
  for (let k = i + 2; k < tokens.length && k <= i + 8; k++) {
    if (tokens[k]!.pos === 'PUNCT') return false;
    if (
      tokens[k]!.lower === 'as' &&
      /^(?:soon|early)$/.test(tokens[k + 1]?.lower ?? '') &&
      tokens[k + 2]?.lower === 'as'
    )
      return true;
  }
  return false;
}

/** A modal or hedge at `i`, unless it is a proposition's own, names what a forecast predicts, or a source's. */
function hedgeAt(tokens: Token[], i: number): WordCue | null {
  const t = tokens[i]!;
  // (most words are none: answered before the words around are read)
  if (!inList(t, MODALITY_WORDS)) return null;
  const backward = inList(t, InList.BACKWARD_MODAL);
  const found =
    modality(
      t,
      tokens[i + 1],
      tokens[i - 1],
      tokens[i + 2],
      backward && ifBefore(tokens, i),
      backward && relativeBefore(tokens, i),
    ) ?? conditionalWould(tokens, i);
  if (
    !found ||
    heldContent(tokens, i) ||
    questionPut(tokens, i) ||
    predicted(tokens, i) ||
    statesRule(tokens, i)
  )
    return null;
  if (found.cue === 'speculation' && (penaltyFaced(tokens, i) || scheduled(tokens, i))) return null;
  if (found.cue === 'speculation' && (observedState(tokens, i) || perceivable(tokens, i)))
    return null;
  if (found.cue === 'speculation' && classHedge(tokens, i)) return null;
  // a deontic modal judges in a relative clause too ("a rule that should be scrapped")
  if (found.cue !== 'evaluative' && describesNoun(tokens, i)) return null;
  // … but not in one opened by a preposition and "which", which sets out a thing's terms or workings
  if (termsOfNoun(tokens, i)) return null;
  // "plans setting out how land should be used": an embedded question gives the content of a plan or a debate, so
  // its prescription is weighed as an ordinary judgement, not as the writer's own demand
  if (found.cue === 'evaluative' && embeddedQuestion(tokens, i))
    return { ...found, weight: undefined };
  // "warned the delay could potentially be": a hedge adverb in a source's clause is the source's, like its modal
  return (t.pos === 'AUX' || t.pos === 'ADV') && reportedOrPurpose(tokens, i) ? null : found;
}

/**
 * "crop-damaging storms", "a user-friendly form", "environmentally friendly farming": the first part of a compound
 * modifier names the domain, and the whole sorts the noun into a kind (a classifying adjective, Biber et al. 1999),
 * as "gas-powered" does. A hyphen glued to a noun before it, or a domain adverb in -ally before a mild judgement and
 * its noun; "economically disastrous plans" (a strong word) still judges.
 */
function domainCompound(tokens: Token[], i: number, found: WordCue): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (!prev) return false;
  if (prev.lower === '-' && prev.end === t.start) {
    const head = tokens[i - 2];
    // (a name as the domain too: "an Academy Award-winning film", "Oscar-winning director", the award won)
    const award = head?.pos === 'PROPN' && t.lower === 'winning';
    return (head?.pos === 'NOUN' || award) && head!.end === prev.start;
  }
  return (
    found.cue === 'evaluative' &&
    t.pos === 'ADJ' &&
    prev.pos === 'ADV' &&
    prev.lower.endsWith('ally') &&
    tokens[i + 1]?.pos === 'NOUN'
  );
}

/** An evaluative or loaded word at `i`, unless it is part of a name or completes a judging verb. */
function judgementAt(text: string, tokens: Token[], i: number): WordCue | null {
  const found = evaluation(
    tokens[i]!,
    tokens[i + 1],
    i === 0,
    verbBefore(tokens, i),
    tokens[i + 2],
  );
  if (!found) return null;
  const named =
    termHead(tokens, i) ||
    compoundHead(tokens, i) ||
    recordName(tokens, i) ||
    measuredRank(tokens, i) ||
    insideName(text, tokens, i) ||
    domainCompound(tokens, i, found);
  return named || judgedBefore(tokens, i) ? null : found;
}

/**
 * Word-level framing cues: modality and hedges, degree words, amplifiers and AFINN-valenced words (valenced nouns
 * and verbs are weak in a sentence that narrates events or gives numbers).
 */
export function wordCues(
  text: string,
  tokens: Token[],
  masked: (start: number, end: number) => boolean,
): Evidence[] {
  const out: Evidence[] = [];
  const generic = !narrates(tokens);
  tokens.forEach((t, i) => {
    // (a word none of the four readings below can take, mayCue: most of a sentence, passed over before the tests)
    if (!mayCue(t)) return;
    // (a superlative ranked against a scope is no degree word either: "its worst economic crisis in decades")
    // … nor is "best" naming an award's category ("was named best new international artist")
    if (
      masked(t.start, t.end) ||
      militaryNoun(tokens, i) ||
      measuredRank(tokens, i) ||
      recordName(tokens, i)
    )
      return;
    const next = tokens[i + 1];
    const found =
      hedgeAt(tokens, i) ??
      degree(t, next, tokens[i - 1], tokens[i + 2]) ??
      judgementAt(text, tokens, i) ??
      verdictAt(tokens, i) ??
      mannerJudgement(tokens, i);
    // ("examining allegations that the firm bears an unfair share": the judgement inside a claim noun's clause is
    // the claim's, as a hedge there is)
    if (!found || heldBySource(tokens, i) || heldContent(tokens, i)) return;
    const joined = found.pair && next && PAIRED.has(next.pos) && !masked(next.start, next.end);
    const end = joined ? next.end : t.end;
    const e: Evidence = { text: text.slice(t.start, end), start: t.start, end, cue: found.cue };
    if (found.weight !== undefined) withWeight(e, found.weight);
    // A valenced noun or verb names an event in a narrating sentence ("the fire caused damage"), but in a
    // present-tense claim ("greed drives the market") it is the writer's own charge: just enough to decide.
    // "a system of reporting abuse" names a topic even in the present tense, so the noun stays weak
    const charge = found.weak && generic && !topicNoun(tokens, i);
    if (charge) markCharge(withWeight(e, 0.5));
    out.push(found.weak && !charge ? markWeak(e) : e);
  });
  return out;
}
