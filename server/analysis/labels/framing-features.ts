import { strength, weightOf } from '../framing/index.ts';
import type { Cue } from '../types.ts';
import type { LabelFeature } from './feature.ts';

// each framing cue family whose weights are summed into one feature, with its name and why it should matter
const CUE_SUMS: readonly [name: string, cue: Cue, why: string][] = [
  ['frame:evaluative', 'evaluative', 'sum of evaluative cue weights (judging adjectives)'],
  ['frame:loaded', 'loaded', 'sum of loaded word weights'],
  ['frame:intensifier', 'intensifier', 'sum of intensifier weights ("very", "extremely")'],
  ['frame:speculation', 'speculation', 'sum of speculation weights (the writer guesses outcomes)'],
  ['frame:scaffolding', 'scaffolding', 'sum of scaffolding weights ("marks a turning point")'],
  [
    'frame:generalisation',
    'generalisation',
    'sum of generalisation weights ("always", "everyone")',
  ],
  ['frame:agentless-passive', 'agentless-passive', 'sum of agentless evaluative passive weights'],
  ['frame:question', 'rhetorical-question', 'a rhetorical question is the writer asking'],
  ['frame:scare-quote', 'scare-quote', 'scare quotes distance the writer from a word'],
];

/** The writer's voice: each cue family's summed weight, then the rules' combined strengths. */
export const FRAMING_FEATURES: readonly LabelFeature[] = [
  ...CUE_SUMS.map(([name, cue, why]): LabelFeature => ({
    name,
    why,
    value: (c) => {
      let sum = 0;
      for (const f of c.e.framing) if (f.cue === cue) sum += weightOf(f);
      return sum;
    },
  })),
  {
    name: 'frame:strength',
    why: 'the rules’ combined framing strength 1 − Π(1 − w)',
    value: (c) => strength(c.e.framing),
  },
  {
    name: 'frame:strong',
    why: 'combined strength of the non-weak cues alone',
    value: (c) => strength(c.e.framing.filter((f) => f.weak !== true)),
  },
  {
    name: 'frame:weak',
    why: 'how many weak cues (valenced nouns and verbs), at most 3',
    value: (c) => Math.min(3, c.e.framing.filter((f) => f.weak === true).length),
  },
];
