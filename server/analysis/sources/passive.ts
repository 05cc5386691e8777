import { isFiniteVerb } from '../grammar/finite-verb.ts';
import { addSource, cue, QUOTE_TOKEN, type Sentence } from './sentence.ts';
import { phraseAfter } from '../grammar/phrases.ts';
import { clauseAfter, isPassive } from '../grammar/verbs.ts';
import { inList, isPastParticiple, isPossessiveMark } from '../grammar/token.ts';
import { InList } from '../lexicon/word-lists.ts';
import {
  BELIEF_PASSIVES,
  DENYING_SUBJECTS,
  HEARSAY_PASSIVES,
  OPINION_VERBS,
  SWEEPING_ADVERBS,
  TOLD_PASSIVES,
  REPORT_DEFINED,
  VOICED_VIEWS,
  VOICING_PASSIVES,
} from '../lexicon/hearsay.ts';
import { AMONG_WORDS, SUBJECT_PRONOUNS } from '../lexicon/function-words.ts';
import { BARE_DAY, TIME_LEAD } from '../lexicon/subject-pieces.ts';

/** "was praised in the West": an opinion verb's passive with a place or group where the opinion is held. */
function heldIn(s: Sentence, i: number): boolean {
  const t = s.tokens[i]!;
  const next = s.tokens[i + 1];
  if (!OPINION_VERBS.has(t.lemma) || !next || !AMONG_WORDS.has(next.lower)) return false;
  if (next.lower === 'abroad') return true;
  let k = i + 2;
  while (s.tokens[k]?.pos === 'DET' || s.tokens[k]?.pos === 'ADJ') k++;
  return (
    s.tokens[k]?.pos === 'PROPN' ||
    /^(?:public|press|media|west|east)$/.test(s.tokens[k]?.lower ?? '')
  );
}

/** "It is believed that", "it was reported the ship had sunk": a claim of unnamed others, hedged by nobody. */
function itIsSaid(s: Sentence, i: number): boolean {
  // ("it was initially reported that …", "it was later confirmed": an adverb of time may stand before the participle;
  // "it is widely believed" sweeps over everyone, the writer's generalisation, and is left to framing/phrases)
  let b = i - 1;
  while (b > 0 && s.tokens[b]!.pos === 'ADV' && !SWEEPING_ADVERBS.has(s.tokens[b]!.lower)) b--;
  const be = s.tokens[b];
  const next = s.tokens[i + 1];
  // ("it has been confirmed": the auxiliaries of a perfect stand between "it" and the participle)
  let it = b;
  while (it > 0 && s.tokens[it]!.pos === 'AUX') it--;
  if (s.tokens[it]?.lower !== 'it' || be?.pos !== 'AUX' || !next) return false;
  // "The former head … overstated earnings, it was claimed in court.", "…, it has been confirmed.": a tag closing the
  // sentence after a comma, at most a short phrase of where or when after it
  // ("By the middle of 2005, it is estimated that …" opens its clause after a fronted phrase: no tag)
  // ("Due to his medical background, it is believed his mission was …": a phrase with no verb before the comma is
  // fronted, so the clause opens at "it" as it does at the start)
  const fronted = !s.tokens.slice(0, it - 1).some((x, k) => !s.quoted[k] && isFiniteVerb(x));
  if (s.tokens[it - 1]?.lower === ',' && next.lower !== 'that' && !fronted) {
    const rest = s.tokens.slice(i + 1).filter((x) => x.pos !== 'PUNCT');
    return rest.length <= 4 && rest.every((x) => x.pos !== 'VERB' && x.pos !== 'AUX');
  }
  // ("It was alleged before Norwich Crown Court that he had confessed": a short phrase of place before "that")
  if (next.pos === 'ADP' && next.lower !== 'that') {
    let k = i + 2;
    while (k <= i + 6 && /^(?:DET|ADJ|NOUN|PROPN)$/.test(s.tokens[k]?.pos ?? '')) k++;
    if (k > i + 2 && s.tokens[k]?.lower === 'that') return true;
  }
  // ("It was announced last July that …", "It was confirmed earlier this year that …": a time phrase before it)
  if (TIME_LEAD.has(next.lower) || BARE_DAY.test(next.lower)) {
    let k = i + 2;
    while (k <= i + 4 && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(s.tokens[k]?.pos ?? '')) k++;
    if (s.tokens[k]?.lower === 'that') return true;
  }
  // "it is widely believed" sweeps over everyone: the writer's generalisation (framing/phrases)
  // ("It is understood meetings will be held": a bare noun may open the clause)
  return (
    next.lower === 'that' ||
    next.pos === 'PRON' ||
    next.pos === 'DET' ||
    next.pos === 'PROPN' ||
    // ("it is claimed several authors … can be prosecuted": a quantifier may open it too)
    ((next.pos === 'NOUN' || next.pos === 'NUM' || next.pos === 'ADJ') && clauseAfter(s.tokens, i))
  );
}

/**
 * "Details were agreed at a meeting on Sunday, the BBC News website was told.": the passive closing the sentence
 * after a comma and its subject tags the clause before it as what someone told that hearer.
 */
function toldTag(s: Sentence, i: number): boolean {
  const next = s.tokens[i + 1];
  if (next && !/^[.!?]$/.test(next.lower)) return false;
  let k = i - 1;
  while (k > 0 && s.tokens[k]!.pos === 'AUX') k--;
  for (let n = 0; k > 0 && n < 6; k--, n++) {
    const t = s.tokens[k]!;
    // (the words before the comma must be a clause: "After the crash, the family was told." tells nothing)
    if (t.lower === ',')
      return n > 0 && s.tokens.slice(0, k).some((x) => /^(?:VERB|AUX)$/.test(x.pos));
    if (!/^(?:DET|ADJ|NOUN|PROPN|PART)$/.test(t.pos)) return false;
  }
  return false;
}

/**
 * "The court was told that the driver had fled", "He was quoted as saying the plan had failed": words passed to a
 * hearer, or quoted, with nobody named who said them are still someone's words ("residents were told to stay
 * indoors" is an instruction, an act, and stays a fact).
 */
function toldOrQuoted(s: Sentence, i: number): boolean {
  const t = s.tokens[i]!;
  const next = s.tokens[i + 1];
  // (and "The jury was told the driver had been drinking", "The court was told he kept the money": a clause
  // without "that", its subject a noun phrase or a pronoun)
  if (TOLD_PASSIVES.has(t.lemma))
    return (
      next?.lower === 'that' ||
      toldTag(s, i) ||
      clauseAfter(s.tokens, i) ||
      // ("was initially told it was an offence")
      (!!next &&
        (SUBJECT_PRONOUNS.has(next.lower) || next.lower === 'it') &&
        /^(?:VERB|AUX)$/.test(s.tokens[i + 2]?.pos ?? ''))
    );
  // (and "…, the foreign minister has been reported as saying.")
  return (
    (t.lemma === 'quote' || t.lemma === 'report') &&
    next?.lower === 'as' &&
    (s.tokens[i + 2]?.lower ?? '').endsWith('ing')
  );
}

/**
 * "At least 24 people have been reported injured", "two climbers are feared dead": a passive report whose
 * complement is the subject's state (the passive of "report them injured", like "is said to be injured") passes on
 * what others said of the subject. The complement is one participle or adjective closing its phrase ("was announced
 * last Monday" is a time phrase); a denial ("no one was reported hurt") is left alone.
 */
function reportedState(s: Sentence, i: number): boolean {
  const next = s.tokens[i + 1];
  if (!next || (next.pos !== 'ADJ' && !isPastParticiple(next))) return false;
  const after = s.tokens[i + 2];
  if (after && !/^(?:PUNCT|ADP|CCONJ)$/.test(after.pos)) return false;
  return !s.tokens.slice(0, i).some((x) => DENYING_SUBJECTS.has(x.lower));
}

const PLACE_OR_TIME = /^(?:in|on|at|near|across|from)$/;
const AFTER_PLACE = /^(?:in|on|at|near|across|from|of|during|over|since|against)$/;

/**
 * "One attack by counter-demonstrators was reported.": a thing reported with nobody named, closing the sentence (a
 * place or a time after it at most), is someone's report of it; a denial ("No damage was reported") is left alone,
 * as in reportedState.
 */
function reportedAlone(s: Sentence, i: number): boolean {
  if (s.tokens[i]!.lemma !== 'report') return false;
  let k = i + 1;
  // (… and a few such phrases in a row: "have been reported in the Gaza Strip in the now-fourteen days of Israel's
  // offensive against Hamas")
  for (let phrases = 0; phrases < 4; phrases++) {
    const first = phrases === 0 ? PLACE_OR_TIME : AFTER_PLACE;
    if (!first.test(s.tokens[k]?.lower ?? '')) break;
    k++;
    while (
      k < s.tokens.length &&
      (/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(s.tokens[k]!.pos) ||
        s.tokens[k]!.lower === '-' ||
        (s.tokens[k]!.pos === 'ADV' && s.tokens[k + 1]?.lower === '-') ||
        isPossessiveMark(s.tokens[k]))
    )
      k++;
  }
  if (!/^[.!]$/.test(s.tokens[k]?.lower ?? '') || k !== s.tokens.length - 1) return false;
  // (the subject opens the sentence: "…; no deaths were reported on the ground" is a clause after another)
  if (s.tokens.slice(0, i).some((x) => /^[;:,]$/.test(x.lower))) return false;
  return !s.tokens.slice(0, i).some((x) => DENYING_SUBJECTS.has(x.lower));
}

/**
 * "Fears had been expressed that a flood of students would …", "Concerns were raised that …": a view voiced by
 * unnamed people (its verb passive, its content a that-clause) is theirs, as "it was claimed that" is.
 */
function voicedView(s: Sentence, i: number): boolean {
  if (!VOICING_PASSIVES.has(s.tokens[i]!.lemma)) return false;
  // ("Concerns have also been raised by “pro-choice” groups that …": the voicers may stand before the clause)
  let that = i + 1;
  if (s.tokens[that]?.lower === 'by') {
    that++;
    while (
      that <= i + 9 &&
      (/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(s.tokens[that]?.pos ?? '') ||
        QUOTE_TOKEN.test(s.tokens[that]?.lower ?? ''))
    )
      that++;
  }
  if (s.tokens[that]?.lower !== 'that') return false;
  let k = i - 1;
  while (k > 0 && (s.tokens[k]!.pos === 'AUX' || s.tokens[k]!.pos === 'ADV')) k--;
  return k < i - 1 && VOICED_VIEWS.has(s.tokens[k]!.lower);
}

/**
 * "Among those reported to have serious reservations were …": a hearsay participle right after a pronoun it
 * describes, before "to" and a verb, is a passive without its "be": others' report of them.
 */
function reducedHearsay(s: Sentence, i: number): boolean {
  const prev = s.tokens[i - 1];
  if (!inList(s.tokens[i], InList.REDUCED_HEARSAY) || !prev) return false;
  // (only after a pronoun the report alone defines: in "a man alleged to have fled was arrested" the arrest is told)
  if (!REPORT_DEFINED.has(prev.lower)) return false;
  return s.tokens[i + 1]?.lower === 'to' && /^(?:VERB|AUX)$/.test(s.tokens[i + 2]?.pos ?? '');
}

/** Finds "X is said/reported/believed to …" without a named agent; returns true when one carries the sentence. */
export function hearsayCues(s: Sentence): boolean {
  let found = false;
  s.tokens.forEach((t, i) => {
    if (!s.quoted[i] && reducedHearsay(s, i)) {
      cue(s, i, i + 1, 'reporting-verb');
      found = true;
      return;
    }
    // (only a verb or an adjective read for a participle can be one: a cheap test before the walk back)
    if (s.quoted[i] || (t.pos !== 'VERB' && t.pos !== 'ADJ') || !isPassive(s.tokens, i)) return;
    // "the man is alleged to have …": the tagger reads some of these participles as adjectives
    const lemma = t.pos === 'ADJ' && t.lower.endsWith('ed') ? t.lower.replace(/d$/, '') : t.lemma;
    if (t.pos !== 'VERB' && !(t.pos === 'ADJ' && HEARSAY_PASSIVES.has(lemma))) return;
    if (voicedView(s, i)) {
      cue(s, i - 1, i + 1, 'reporting-verb');
      found = true;
      return;
    }
    if (toldOrQuoted(s, i)) {
      // (the deciding words: "was told that", "was told" before a clause, "was quoted as")
      const that = /^(?:that|as)$/.test(s.tokens[i + 1]?.lower ?? '');
      cue(s, i - 1, that ? i + 1 : i, 'reporting-verb');
      found = true;
      return;
    }
    const said = HEARSAY_PASSIVES.has(lemma) && itIsSaid(s, i);
    if (said || heldIn(s, i)) {
      cue(s, said ? i - 2 : i, i + (said ? 0 : 1), 'reporting-verb');
      found = true;
      return;
    }
    if (!HEARSAY_PASSIVES.has(lemma)) return;
    if (!BELIEF_PASSIVES.has(lemma) && (reportedState(s, i) || reportedAlone(s, i))) {
      cue(s, i - 1, i + 1, 'reporting-verb');
      found = true;
      return;
    }
    // "was projected by several networks to have won": the agent may stand before the infinitive, and so may a
    // time phrase ("was projected on Friday to win")
    const by = s.tokens[i + 1]?.lower;
    const side = by === 'by' || by === 'on' || by === 'in' ? phraseAfter(s.tokens, i + 1) : null;
    const agent = by === 'by' ? side : null;
    const at = side ? side.to : i;
    const next = s.tokens[at + 1];
    const after = s.tokens[at + 2];
    // "was accused of inciting": an accusation made by others; "had been widely tipped as a possibility": a tip
    if (
      (t.lemma === 'accuse' && next?.lower === 'of') ||
      (t.lemma === 'tip' && next?.lower === 'as')
    ) {
      cue(s, i - 1, i + 1, 'reporting-verb');
      found = true;
      return;
    }
    if (next?.lower !== 'to' || !after || (after.pos !== 'VERB' && after.pos !== 'AUX')) return;
    // "the ship is believed to be a trawler", "two of the pumps are thought to work": a belief with nobody named to
    // hold it is the writer's own view dressed as others' (labelling guide rule 2); left to framing/lexicon/passives
    if (!agent && BELIEF_PASSIVES.has(t.lemma)) return;
    cue(s, i - 1, side ? i : i + 1, 'reporting-verb');
    if (agent) addSource(s, agent);
    found = true;
  });
  return found;
}
