import { withoutSideHedges } from './side-hedges.ts';
import type { Document } from 'wink-nlp';
import { isWeak, markWeak, weightOf, withWeight } from './weights.ts';
import { phraseCues, punctuationCues } from './phrases.ts';
import { overlapTest, quotedSpans, scareQuotes } from './quotes.ts';
import { titleSpans } from './titles.ts';
import { absoluteCues } from './absolutes.ts';
import { emphasisCues } from './emphasis.ts';
import { concessionCues } from './concession.ts';
import { personCues } from './person.ts';
import { endorsement } from '../grammar/endorsement.ts';
import { exhortationCues } from './stance.ts';
import { isPastParticiple, tokensOf, type Token } from '../grammar/token.ts';
import { wordCues } from './words.ts';
import { narrates } from './tense.ts';
import { nlp } from '../grammar/nlp.ts';
import type { Evidence, Quote } from '../types.ts';

/**
 * Merges overlapping cues into one span with the strongest cue, so a student sees "marks a stark departure" once
 * as scaffolding and "particularly grim" once as evaluative.
 */
function mergeOverlaps(text: string, cues: Evidence[]): Evidence[] {
  const sorted = [...cues].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Evidence[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (!last || c.start >= last.end) {
      out.push(c);
      continue;
    }
    const end = Math.max(last.end, c.end);
    const strongest = weightOf(c) > weightOf(last) ? c : last;
    const merged = {
      text: text.slice(last.start, end),
      start: last.start,
      end,
      cue: strongest.cue,
    };
    // A merged span is only as strong as its strongest part, weak instances included.
    const w = weightOf(strongest);
    if (isWeak(strongest)) markWeak(merged);
    else if (w !== weightOf(merged)) withWeight(merged, w);
    out[out.length - 1] = merged;
  }
  return out;
}

function endorsementCues(
  text: string,
  masked: (start: number, end: number) => boolean,
): Evidence[] {
  const e = endorsement(text);
  return e && !masked(e.start, e.end) ? [{ ...e, cue: 'scaffolding' }] : [];
}

// "Every team in the contest was sent a kit", "All have received a copy": in a sentence that narrates (a past or
// perfect event, a number), "every" on a noun held to a definite set ("in the contest", "of the league") or "all"
// standing alone for the people just named counts the members of a known set, a tally, not a sweep past the
// evidence like "every parent knows" (Pomerantz's extreme cases claim how things are)
// ("All attempts by the BBC to contact them have failed": or by a named actor; "All the category winners go through":
// or by "the", a set the story has in view)
const DEFINITE_SET =
  /^(?:every [\w’'-]+ (?:in|of|at) the|all [\w’'-]+ by the|all (?:have|had|were|was)|all the)\b/i;
function tally(text: string, tokens: Token[], cues: Evidence[]): Evidence[] {
  const i = cues.findIndex((c) => c.cue === 'generalisation' && c.start === 0);
  if (i < 0 || !(DEFINITE_SET.test(text) || actedOn(tokens))) return cues;
  return narrates(tokens) ? cues.filter((_, j) => j !== i) : cues;
}

/**
 * "All commercial flights were grounded", "Every school has been closed": the set is the object of an act someone
 * did to each member (a passive of the sentence's first verb), so the sentence counts what the act reached, like a
 * tally, where "All politicians are liars" sweeps over how things are.
 */
function actedOn(tokens: Token[]): boolean {
  for (let k = 1; k < tokens.length && k <= 6; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB') return false;
    if (t.pos !== 'AUX' || t.lemma !== 'be') continue;
    let v = k + 1;
    while (tokens[v]?.pos === 'ADV') v++;
    return isPastParticiple(tokens[v]);
  }
  return false;
}

/**
 * "threatened bans if the reform is perceived as stalling": an agentless passive inside a condition ("if", "unless",
 * with no clause break between) asserts no view, it states when something will happen, so it is not the writer's.
 */
function unasserted(text: string, cues: Evidence[]): Evidence[] {
  return cues.filter((c) => {
    if (c.cue !== 'agentless-passive') return true;
    const clause = text.slice(0, c.start).split(/[,;:]/).pop() ?? '';
    return !CONDITION.test(clause);
  });
}
// a condition's opening word
const CONDITION = /\b(?:if|unless)\b/i;

/**
 * Finds the writer's own framing words outside any quote: evaluative and loaded words, intensifiers, speculation,
 * scaffolding, generalisations, agentless evaluative passives, rhetorical questions and scare quotes.
 * Pass the sentence's wink-nlp parse or its tokens (`tokensOf`) when already made, so it is parsed only once.
 * `asked`: the sentence is an interviewer's turn ("((WN)) What is your role?"), so its "you" is the one interviewed,
 * not the reader, and its question is put to them, not asked for effect.
 */
export function findFramingCues(
  text: string,
  quotes: Quote[],
  parsed?: Document | Token[],
  asked = false,
): Evidence[] {
  const tokens = Array.isArray(parsed) ? parsed : tokensOf(text, parsed ?? nlp.readDoc(text));
  return framingCuesOfSentences([{ text, quotes, tokens, asked }])[0]!;
}

/** One sentence as `framingCuesOfSentences` reads it: its text, quotes and tokens, and whether it is asked. */
export interface FramedSentence {
  text: string;
  quotes: Quote[];
  tokens: Token[];
  asked: boolean;
}

/**
 * `findFramingCues` of each of an article's sentences. Each kind of cue is looked for in every sentence before the
 * next kind: run one sentence at a time, the dozen passes' code and word lists took turns in the processor's caches,
 * and the same passes cost about a tenth more. A sentence still meets the passes in the order below, so its cues come
 * out in the same order.
 */
export function framingCuesOfSentences(sentences: readonly FramedSentence[]): Evidence[][] {
  // a work's title ("Never Tell Anyone") is a name, not the writer's words, like a quotation
  const masks = sentences.map(({ text, quotes, tokens }) =>
    overlapTest([...quotedSpans(text, quotes), ...titleSpans(text, tokens)]),
  );
  const phrased = sentences.map(({ text, tokens }, n) =>
    unasserted(text, tally(text, tokens, phraseCues(text, masks[n]!))),
  );
  const punctuated = sentences.map(({ text }, n) => punctuationCues(text, masks[n]!));
  const worded = sentences.map(({ text, tokens }, n) => wordCues(text, tokens, masks[n]!));
  const endorsed = sentences.map(({ text }, n) => endorsementCues(text, masks[n]!));
  const exhorted = sentences.map(({ text, tokens }, n) => exhortationCues(text, tokens, masks[n]!));
  const personal = sentences.map(({ text, tokens, asked }, n) =>
    asked ? [] : personCues(text, tokens, masks[n]!),
  );
  const absolute = sentences.map(({ text, tokens }, n) => absoluteCues(text, tokens, masks[n]!));
  const emphatic = sentences.map(({ text, tokens }, n) => emphasisCues(text, tokens, masks[n]!));
  const conceded = sentences.map(({ text }, n) => concessionCues(text, masks[n]!));
  const scare = sentences.map(({ text, quotes }) => scareQuotes(text, quotes));
  return sentences.map(({ text, asked }, n) => {
    const cues = mergeOverlaps(text, [
      ...phrased[n]!,
      ...punctuated[n]!,
      ...worded[n]!,
      ...endorsed[n]!,
      ...exhorted[n]!,
      ...personal[n]!,
      ...absolute[n]!,
      ...emphatic[n]!,
      ...conceded[n]!,
      ...scare[n]!,
    ]);
    const kept = withoutSideHedges(text, cues);
    return asked ? kept.filter((c) => c.cue !== 'rhetorical-question') : kept;
  });
}
