import type { Token } from '../grammar/token.ts';
import type { Attribution, Evidence, Label, Quote, Segment } from '../types.ts';

/** What the label model reads of one sentence: the stages' evidence and the rules' own decision. */
export interface SentenceEvidence {
  segment: Segment;
  tokens: Token[];
  quotes: Quote[];
  attribution: Attribution;
  /** Framing cues as classify weighs them (a headline's present tense already read as reported). */
  framing: Evidence[];
  /** The label the rules gave (classify.ts). */
  rules: Label;
}
