import type { Evidence, Quote } from './types.ts';

/** Finds the writer's own framing words outside any quote. STUB. */
export function findFramingCues(text: string, quotes: Quote[]): Evidence[] {
  return [];
}
