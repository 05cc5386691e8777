import type { LabelFeature } from './feature.ts';
import { FAMILY_FEATURES } from './family-features.ts';

/** The rules' decision and what the sources stage found: families, cues, sources, speech. */
export const ATTRIBUTION_FEATURES: readonly LabelFeature[] = [
  { name: 'bias', why: 'the base rate of each label', value: () => 1 },
  {
    name: 'rules:attributed',
    why: 'the rules found a source: strong, tuned evidence',
    value: (c) => c.e.rules === 'attributed',
  },
  {
    name: 'rules:framing',
    why: 'the rules found enough of the writer’s voice',
    value: (c) => c.e.rules === 'framing',
  },
  ...FAMILY_FEATURES,
  {
    name: 'cue:according-to',
    why: '"according to" always names where a claim comes from',
    value: (c) => c.e.attribution.cues.some((q) => q.cue === 'according-to'),
  },
  {
    name: 'cue:reportedly',
    why: '"reportedly" hedges a claim onto unnamed reports',
    value: (c) => c.e.attribution.cues.some((q) => q.cue === 'reportedly'),
  },
  {
    name: 'source:named',
    why: 'a named source is surer than an unnamed one',
    value: (c) => c.e.attribution.sources.some((s) => s.named),
  },
  {
    name: 'source:anonymous',
    why: 'an unnamed source ("officials") still reports',
    value: (c) => c.e.attribution.sources.some((s) => !s.named),
  },
  {
    name: 'speech:share',
    why: 'share of the sentence inside speech quotes (0–1)',
    value: (c) => c.e.attribution.speechShare ?? 0,
  },
  {
    name: 'speech:mostly',
    why: 'half or more of the sentence is someone’s words',
    value: (c) => (c.e.attribution.speechShare ?? 0) >= 0.5,
  },
  {
    name: 'report:inside',
    why: 'the report cue follows another verb, so it may carry only a side detail',
    value: (c) => c.e.attribution.upFront === false,
  },
  {
    name: 'source-words',
    why: 'a word that often reports stands outside quotes though no rule fired',
    value: (c) => c.e.attribution.sourceWords === true,
  },
];
