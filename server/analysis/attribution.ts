import type { Attribution, Quote, Segment } from './types.ts';

/** Decides, per sentence, whether its main claim rests on a source, and names the sources. STUB. */
export function attributeSentences(segments: Segment[], quotes: Quote[][]): Attribution[] {
  return segments.map(() => ({ attributed: false, cues: [], sources: [] }));
}
