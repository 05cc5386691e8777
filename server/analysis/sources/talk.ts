import { cue, type Sentence } from './sentence.ts';
import { HEARD_NOUNS, RECEIVING_VERBS, REPORT_WAYS, TALK_NOUNS } from '../lexicon/agents.ts';
import { sentenceSubject } from '../grammar/subjects.ts';

/** "By reports he won five seats", "By all accounts, the fire began in the kitchen": the claim rests on reports. */
function byReports(s: Sentence): boolean {
  const [by, first, second] = s.tokens;
  if (by?.lower !== 'by' || !first) return false;
  const quantified = /^(?:all|some|most|many)$/.test(first.lower) && !!second;
  const way = quantified ? second! : first;
  if (!REPORT_WAYS.has(way.lower)) return false;
  cue(s, 0, quantified ? 2 : 1, 'reportedly');
  return true;
}

/**
 * "There have been many complaints about landlords not repairing roofs", "As of May there had been reports of
 * looting": talk that others put about, stated as existing, carries the sentence (not "no reports of injuries").
 */
function thereWasTalk(s: Sentence, i: number): boolean {
  const tokens = s.tokens;
  if (tokens[i]!.lower !== 'there' || s.quoted[i]) return false;
  // before "there" only a fronted phrase ("As of May"), no clause of its own
  if (tokens.slice(0, i).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return false;
  let k = i + 1;
  // ("There have also been reports of …": an adverb may stand inside the auxiliaries)
  const auxiliary = (t: (typeof tokens)[number] | undefined) =>
    t?.pos === 'AUX' || t?.lower === 'been';
  while (
    auxiliary(tokens[k]) ||
    (tokens[k]?.pos === 'ADV' && k > i + 1 && auxiliary(tokens[k + 1]))
  )
    k++;
  if (k === i + 1) return false;
  while (/^(?:DET|ADJ|NUM|ADV)$/.test(tokens[k]?.pos ?? '')) {
    if (tokens[k]!.lower === 'no') return false;
    k++;
  }
  const noun = tokens[k];
  // after "been" the tagger may read a plural noun as a verb ("had been reports of")
  const nounLike = noun?.pos === 'NOUN' || (noun?.pos === 'VERB' && noun.lower.endsWith('s'));
  if (!noun || !nounLike || !TALK_NOUNS.has(noun.lemma)) return false;
  if (!/^(?:about|of|that|over)$/.test(tokens[k + 1]?.lower ?? '')) return false;
  cue(s, i, k, 'reporting-verb');
  return true;
}

/**
 * "The claim that the US used phosphorus bombs comes from a doctor at a burn hospital": talk said to come from
 * someone names its source, so what it claims is theirs.
 */
function talkFrom(s: Sentence): boolean {
  // (a subject that carries a clause, "The claim that the US used …", is read up to its noun)
  const subject = sentenceSubject(s.tokens) ?? openingNoun(s);
  if (!subject) return false;
  // (… and "The claim of fraud": the noun before "of" heads it)
  const of = s.tokens.findIndex((t, i) => i > subject.from && i <= subject.to && t.lower === 'of');
  const head = of > 0 ? of - 1 : subject.to;
  if (!TALK_NOUNS.has(s.tokens[head]!.lemma)) return false;
  let k = subject.to + 1;
  // (past the clause the noun carries: "The claim that the US used phosphorus bombs come from")
  if (s.tokens[k]?.lower === 'that' || s.tokens[k]?.lower === 'of')
    while (k < s.tokens.length && s.tokens[k]!.lemma !== 'come' && k < subject.to + 16) k++;
  while (s.tokens[k]?.pos === 'AUX' || s.tokens[k]?.pos === 'ADV') k++;
  if (s.tokens[k]?.lemma !== 'come' || s.tokens[k + 1]?.lower !== 'from') return false;
  cue(s, k, k + 1, 'according-to');
  return true;
}

/**
 * "On Monday, UNHCR received information from authorities that 41 people had been rescued", "Police received reports
 * that …": talk taken in by the sentence's subject, with the claim after "that", passes on what others told it. The
 * verb is the sentence's first, so the talk carries it.
 */
function talkReceived(s: Sentence, i: number): boolean {
  const tokens = s.tokens;
  const t = tokens[i]!;
  if (t.pos !== 'VERB' || !RECEIVING_VERBS.has(t.lemma) || s.quoted[i]) return false;
  if (tokens.slice(0, i).some((x) => x.pos === 'VERB')) return false;
  let k = i + 1;
  while (/^(?:DET|ADJ|NUM)$/.test(tokens[k]?.pos ?? '')) k++;
  const noun = tokens[k];
  if (!noun || noun.pos !== 'NOUN' || !(TALK_NOUNS.has(noun.lemma) || HEARD_NOUNS.has(noun.lemma)))
    return false;
  let end = k + 1;
  // ("… from authorities that", "… from local officials in the province that": who passed it on may stand between)
  if (tokens[end]?.lower === 'from')
    while (end < tokens.length && end <= k + 8 && tokens[end]!.lower !== 'that') end++;
  if (tokens[end]?.lower !== 'that') return false;
  cue(s, i, k, 'reporting-verb');
  return true;
}

/** The noun phrase opening the sentence before "that" or "of" ("The claim that …"), or null. */
function openingNoun(s: Sentence): { from: number; to: number } | null {
  let k = 0;
  while (/^(?:DET|ADJ)$/.test(s.tokens[k]?.pos ?? '')) k++;
  if (s.tokens[k]?.pos !== 'NOUN' || !/^(?:that|of)$/.test(s.tokens[k + 1]?.lower ?? ''))
    return null;
  return { from: 0, to: k };
}

/** Finds a claim resting on reports or talk with no speaker; returns true when one carries the sentence. */
export function talkCues(s: Sentence): boolean {
  if (byReports(s) || talkFrom(s)) return true;
  return s.tokens.some((_, i) => thereWasTalk(s, i) || talkReceived(s, i));
}
