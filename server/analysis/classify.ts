import type { Attribution, Evidence, Label, Segment } from './types.ts';

export interface Classification {
  label: Label;
  confidence: number;
  evidence: Evidence[];
}

/** One label per sentence by the documented rule order. STUB. */
export function classifySentence(segment: Segment, attribution: Attribution, framing: Evidence[]): Classification {
  if (attribution.attributed) return { label: 'attributed', confidence: 0.8, evidence: attribution.cues };
  if (framing.length > 0) return { label: 'framing', confidence: 0.7, evidence: framing };
  return { label: 'fact', confidence: 0.6, evidence: [] };
}
