import type { Cue, Evidence } from './types.ts';

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

/** Combined strength of independent cues: 1 − Π(1 − w), so two weak cues outweigh one. */
export function strength(cues: Evidence[]): number {
  return 1 - cues.reduce((rest, c) => rest * (1 - CUE_WEIGHT[c.cue]), 1);
}
