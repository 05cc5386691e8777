import type { Token } from '../../grammar/token.ts';
import type { Segment } from '../../types.ts';
import type { People } from './people.ts';

/** What the speaker search works on: the article's sentences, their tokens, which tokens are quoted, and its people. */
export interface SpeakerContext {
  segments: Segment[];
  tokens: Token[][];
  quoted: boolean[][];
  people: People;
  /**
   * How the latest `speakerOf` call turned its phrase into a speaker ("name", "pronoun" …): read right after the cue
   * that found a speaker, to give the quote its speaker basis. A field rather than a return value because every cue
   * reaches `speakerOf` through a different path.
   */
  form: SpeakerForm;
  /**
   * The name keys of the people named inside the quotation being decided: none of them is its speaker through a
   * pronoun ("He said, “Andy Warhol changed art.”").
   */
  inside?: ReadonlySet<string>;
  /** The speaker of the latest speech quotation decided, and the sentence where it closed ("he added" may continue it). */
  lastQuoted?: { speaker: string; seg: number; at: number };
}

/** How a phrase became a speaker: a name, a resolved pronoun or title, a description pointing back, or as written. */
export type SpeakerForm = 'name' | 'pronoun' | 'title' | 'description' | 'body' | 'phrase';

/** A speaker found in the text, and the token that decided it (a reporting verb, "according", a speech noun). */
export interface SpeakerHit {
  speaker: string | null;
  seg: number;
  cue: number;
  /** Which kind of cue found it: "tag" after the quote, "verb" before it, "according-to" …; part of the basis. */
  how: string;
}
