import type { Token } from '../grammar/token.ts';
import { sourceOf } from './kind.ts';
import type { Phrase } from '../grammar/phrases.ts';
import type { Cue, Evidence, Source } from '../types.ts';
import { NOT_SOURCES } from '../lexicon/source-kinds.ts';

/** A quote mark as wink-nlp tokenizes it. */
export const QUOTE_TOKEN = /^["“”‘’'«»]$/;

/** One sentence being attributed: its tokens, which are quoted, and the cues and sources found so far. */
export interface Sentence {
  tokens: Token[];
  text: string;
  quoted: boolean[];
  cues: Evidence[];
  sources: Source[];
  /** "start:end" of every cue so far and the start of every source, so a repeat is found without a search. */
  seen: { cues: Set<string>; sources: Set<number> };
}

/** Adds an evidence span over tokens [from, to]. */
export function cue(s: Sentence, from: number, to: number, kind: Cue): void {
  const start = s.tokens[from]!.start;
  const end = s.tokens[to]!.end;
  if (s.seen.cues.has(`${start}:${end}`)) return;
  s.seen.cues.add(`${start}:${end}`);
  s.cues.push({ text: s.text.slice(start, end), start, end, cue: kind });
}

/** Adds the source a phrase names, with its named/anonymous cue; pronouns like "it" and "we" are none. */
export function addSource(s: Sentence, np: Phrase): void {
  const first = s.tokens[np.from]!;
  if (np.from === np.to && NOT_SOURCES.has(first.lower)) return;
  const source = sourceOf(s.tokens, s.text, np);
  if (s.seen.sources.has(source.start)) return;
  s.seen.sources.add(source.start);
  s.seen.cues.add(`${source.start}:${source.end}`);
  s.sources.push(source);
  s.cues.push({
    text: source.text,
    start: source.start,
    end: source.end,
    cue: source.named ? 'named-source' : 'anonymous-source',
  });
}
