import type { Cue } from '../types.ts';

/** What a word-level detector found: the cue, whether it reads with the next word, whether it is weak alone. */
export interface WordCue {
  cue: Cue;
  /** Read together with the next word: "could provoke", "particularly grim". */
  pair?: boolean;
  weak?: boolean;
  /** Its own weight, when the category shows the writer's voice less surely than its cue's usual instance. */
  weight?: number;
}
