import {
  FEATURES,
  FEATURE_INDEX as F,
  RULE_FEATURES,
} from '../../server/analysis/quotes/speakers/learned/features.ts';
import { family, speakerKey } from '../../server/analysis/quotes/speakers/learned/candidates.ts';
import { sameSpeaker } from '../quote-metrics.ts';
import type { Example } from './speakers-examples.ts';

/**
 * The candidates with the rule-pick features moved from today's answer to the first-contact one (a candidate of its
 * own when no phrase around gave it; a quotation first contact typed as a term had no speaker).
 */
export function asFirstContact(
  today: Example,
  cands: readonly { speaker: string | null }[],
  gold: string | null,
  old: { speaker: string | null; type: string; speakerBasis?: string } | null | undefined,
): { features: Float64Array[]; positive: boolean[]; rule: number } {
  const features = today.features!.map((f) => {
    const copy = Float64Array.from(f);
    for (const j of RULE_FEATURES) copy[j] = 0;
    return copy;
  });
  const positive = [...today.positive!];
  const speaker = old && old.type === 'speech' ? old.speaker : null;
  let rule = cands.findIndex((c) => speakerKey(c.speaker) === speakerKey(speaker));
  if (rule < 0) {
    rule = features.length;
    features.push(new Float64Array(FEATURES.length));
    positive.push(sameSpeaker(gold, speaker));
  }
  const v = features[rule]!;
  v[F.rulePick] = 1;
  if (speaker) v[family(old?.speakerBasis ?? '')] = 1;
  else {
    const none = cands.findIndex((c) => c.speaker === null);
    if (none >= 0) features[none]![F.noneRuleNone] = 1;
  }
  return { features, positive, rule };
}
