import type { SentenceContext } from './context.ts';

/**
 * One named feature of the label model, with why it should matter and how to read it off a sentence. A flag is
 * true/false (1/0); a count or share is a number. The trainer standardises them, so a count and a flag weigh alike.
 */
export interface LabelFeature {
  name: string;
  why: string;
  value: (c: SentenceContext) => number | boolean;
}
