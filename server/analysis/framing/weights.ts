import type { Cue, Evidence } from '../types.ts';

/**
 * How strongly one cue, alone, shows the writer's own voice. Scaffolding and agentless evaluative passives have no
 * neutral reading; a single intensifier or scare quote can be descriptive, so it needs company to decide.
 */
export const CUE_WEIGHT: Record<Cue, number> = {
  scaffolding: 0.9,
  'agentless-passive': 0.85,
  generalisation: 0.8,
  'rhetorical-question': 0.8,
  loaded: 0.75,
  evaluative: 0.65,
  speculation: 0.6,
  intensifier: 0.4,
  'scare-quote': 0.35,
  'speech-quote': 0.9,
  'according-to': 0.9,
  'reporting-verb': 0.8,
  'named-source': 0.8,
  'anonymous-source': 0.7,
  reportedly: 0.6,
};

/** The weight of a weak instance of a cue, e.g. a valenced noun, which news also uses to name events. */
export const WEAK_WEIGHT = 0.35;

// A weak instance or a cue with its own weight says so in its own fields (`weak`, `weight`, `charge`), so a copy made
// with a spread keeps them; code that shows evidence to people picks {text, start, end, cue}.

/** Marks a cue as a weak instance of its kind, returning it. */
export function markWeak(e: Evidence): Evidence {
  e.weak = true;
  return e;
}

/**
 * Gives one cue its own weight, for a category that shows the writer's voice less surely than its kind's usual
 * instance ("we" addresses the reader, it doesn't judge by itself).
 */
export function withWeight(e: Evidence, w: number): Evidence {
  e.weight = w;
  return e;
}

/** Marks a valenced noun or verb that counts in full only because its sentence speaks in the present tense. */
export function markCharge(e: Evidence): Evidence {
  e.charge = true;
  return e;
}

/**
 * The cue as read in a headline or caption, whose present tense reports a past event ("Fire destroys town hall"):
 * a present-tense charge goes back to being a weak cue; any other cue is returned as it is.
 */
export function asReported(e: Evidence): Evidence {
  return e.charge ? markWeak({ text: e.text, start: e.start, end: e.end, cue: e.cue }) : e;
}

/** True for a weak instance of its cue (see `markWeak`). */
export function isWeak(e: Evidence): boolean {
  return e.weak === true;
}

/** The weight of one piece of evidence. */
export function weightOf(e: Evidence): number {
  const w = e.weight ?? CUE_WEIGHT[e.cue];
  return e.weak ? Math.min(WEAK_WEIGHT, w) : w;
}

/**
 * Combined strength of independent cues: 1 − Π(1 − w), so two weak cues outweigh one. Weak instances together
 * count at most as one weak cue: "counts of torture, abuse and cruelty" names charges, it doesn't judge them.
 */
export function strength(cues: Evidence[]): number {
  let weakRest = 1;
  let rest = 1;
  for (const c of cues) {
    if (c.weak) weakRest *= 1 - weightOf(c);
    else rest *= 1 - weightOf(c);
  }
  return 1 - rest * Math.max(weakRest, 1 - WEAK_WEIGHT);
}
