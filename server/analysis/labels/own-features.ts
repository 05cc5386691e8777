import { strength, weightOf } from '../framing/index.ts';
import type { Attribution, Cue, Quote } from '../types.ts';
import type { SentenceEvidence } from './evidence.ts';
import { FEATURE_INDEX, setFeature } from './feature-list.ts';
import { wordFeatures } from './word-features.ts';

/** Each framing family's feature: the sum of its cues' weights. */
const FAMILY_CUES: readonly [string, Cue][] = [
  ['frame:evaluative', 'evaluative'],
  ['frame:loaded', 'loaded'],
  ['frame:intensifier', 'intensifier'],
  ['frame:speculation', 'speculation'],
  ['frame:scaffolding', 'scaffolding'],
  ['frame:generalisation', 'generalisation'],
  ['frame:agentless-passive', 'agentless-passive'],
  ['frame:question', 'rhetorical-question'],
  ['frame:scare-quote', 'scare-quote'],
];

/** Flags read off the attribution stage's findings. */
const ATTRIBUTION_FLAGS: readonly [string, (a: Attribution) => boolean][] = [
  ['cue:according-to', (a) => a.cues.some((c) => c.cue === 'according-to')],
  ['cue:reportedly', (a) => a.cues.some((c) => c.cue === 'reportedly')],
  ['source:named', (a) => a.sources.some((s) => s.named)],
  ['source:anonymous', (a) => a.sources.some((s) => !s.named)],
  ['report:inside', (a) => a.upFront === false],
  ['source-words', (a) => a.sourceWords === true],
];

/** Flags read off the sentence's quotations. */
const QUOTE_FLAGS: readonly [string, (q: Quote) => boolean][] = [
  ['quote:term', (q) => q.type === 'term'],
  ['quote:speaker', (q) => q.type === 'speech' && q.speaker !== null],
  ['quote:no-speaker', (q) => q.type === 'speech' && q.speaker === null],
];

/** Flags read off the sentence's text. */
const TEXT_FLAGS: readonly [string, RegExp][] = [
  ['num:any', /\d/],
  ['punct:question', /\?["'”’)]*$/],
  ['punct:colon', /:/],
  ['punct:quote-start', /^["'“‘]/],
];

/** The features of one sentence on its own: the rules' decision, the stages' evidence and the words. */
export function ownFeatures(x: Float64Array, e: SentenceEvidence): void {
  const a = e.attribution;
  setFeature(x, 'bias', 1);
  setFeature(x, 'rules:attributed', e.rules === 'attributed');
  setFeature(x, 'rules:framing', e.rules === 'framing');
  for (const family of a.families ?? []) {
    const i = FEATURE_INDEX.get(`fam:${family}`);
    if (i !== undefined) x[i] = 1;
  }
  for (const [name, test] of ATTRIBUTION_FLAGS) setFeature(x, name, test(a));
  const share = a.speechShare ?? 0;
  setFeature(x, 'speech:share', share);
  setFeature(x, 'speech:mostly', share >= 0.5);
  for (const [name, cue] of FAMILY_CUES) {
    let sum = 0;
    for (const c of e.framing) if (c.cue === cue) sum += weightOf(c);
    setFeature(x, name, sum);
  }
  setFeature(x, 'frame:strength', strength(e.framing));
  setFeature(x, 'frame:strong', strength(e.framing.filter((c) => c.weak !== true)));
  setFeature(x, 'frame:weak', Math.min(3, e.framing.filter((c) => c.weak === true).length));
  for (const [name, test] of QUOTE_FLAGS) setFeature(x, name, e.quotes.some(test));
  setFeature(x, 'kind:headline', e.segment.kind === 'headline');
  setFeature(x, 'kind:caption', e.segment.kind === 'caption');
  for (const [name, re] of TEXT_FLAGS) setFeature(x, name, re.test(e.segment.text));
  wordFeatures(x, e);
}
