import type { Token } from '../../grammar/token.ts';
import type { Segment } from '../../types.ts';
import type { People } from './people.ts';

/** What the speaker search works on: the article's sentences, their tokens, which tokens are quoted, and its people. */
export interface SpeakerContext {
  segments: Segment[];
  tokens: Token[][];
  quoted: boolean[][];
  people: People;
}

/** A speaker found in the text, and the token that decided it (a reporting verb, "according", a speech noun). */
export interface SpeakerHit {
  speaker: string | null;
  seg: number;
  cue: number;
}
