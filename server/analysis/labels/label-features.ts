import { sentenceContexts } from './context.ts';
import type { SentenceEvidence } from './evidence.ts';
import { FEATURES } from './table.ts';

/**
 * The feature vector of each sentence of one article (or of unrelated lines, when `article` is false: no
 * neighbours, no position). Reads only what the stages already found; allocates one array per sentence.
 */
export function labelFeatures(all: readonly SentenceEvidence[], article = true): Float64Array[] {
  return sentenceContexts(all, article).map((c) => {
    const x = new Float64Array(FEATURES.length);
    FEATURES.forEach((f, i) => {
      x[i] = Number(f.value(c));
    });
    return x;
  });
}
